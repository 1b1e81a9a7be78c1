import { LIMITS } from '@/lib/messages/limits';
import type { PageEvent } from '@/lib/messages/schemas';
import type { ListVisit } from './list-visit';

/** What the lens says about one response it read (see `LensBatch.seen`). */
interface SeenPage {
  op: string;
  known: boolean;
  users?: number;
  next?: boolean;
}

/**
 * Follows X's pages of your followers list as the lens reads them, and says when the list was
 * read whole: its first page (asked without a cursor) and every page after it read this visit,
 * then a page asked with the bottom cursor that adds nobody, which is how X ends a list (the DOM
 * shows no end marker of its own). A list restored from X's cache, a page the lens could not read,
 * or facts lost on the way never end it, so a partial scroll marks no one.
 */
export function followersPageRead(visit: ListVisit, page: SeenPage): boolean {
  if (page.op !== 'Followers') return false;
  const pages = visit.pages;
  if (!page.known || page.users === undefined || page.next === undefined) {
    pages.broken = true;
    return false;
  }
  if (!page.next) pages.top = true;
  pages.users += page.users;
  if (!page.next || page.users > 0 || pages.ended) return false;
  if (!pages.top || pages.broken || pages.users === 0) return false;
  pages.ended = true;
  return true;
}

/** The event that tells the background who was in the list; none when the list is too long to name. */
export function listEndEvent(visit: ListVisit, at: number): PageEvent | undefined {
  if (visit.listed.size > LIMITS.listedFollowers) return undefined;
  return { type: 'list-end', list: 'followers', at, since: visit.start, listed: [...visit.listed] };
}
