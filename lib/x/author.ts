import { PROFILE_HREF_RE } from '@/lib/text/handle';
import { followState } from './people';
import { X } from './selectors';
import { shownText } from './shown-text';
import { inQuoteWithin } from './tweet';

const HANDLE_HREF = PROFILE_HREF_RE;

export interface AuthorAnchor {
  handle: string;
  name?: string;
  /** The link whose href names the author: when X recycles the article, its href changes. */
  link: Element;
  /** Where the badge goes: the row with the handle and the time. */
  row: Element;
}

/** The post's own author block, not one of a quoted post (X renders those as `[role=link]`). */
function ownUserName(article: Element): Element | null {
  for (const el of article.querySelectorAll(X.userName.css)) if (!inQuoteWithin(el, article)) return el;
  return null;
}

/** A post's author and the place for the badge, with as few DOM reads as possible. */
export function articleAuthor(article: Element): AuthorAnchor | undefined {
  const block = ownUserName(article);
  if (!block) return undefined;
  let link: Element | undefined;
  let handle: string | undefined;
  let name: string | undefined;
  for (const a of block.querySelectorAll('a[href]')) {
    const m = HANDLE_HREF.exec(a.getAttribute('href') ?? '');
    if (!m?.[1]) continue;
    if (!link) {
      link = a;
      handle = m[1];
    }
    const text = shownText(a).trim();
    if (text && !text.startsWith('@')) name ??= text.slice(0, 200);
  }
  if (!link || !handle) return undefined;
  const row = block.childElementCount > 1 ? (block.lastElementChild ?? block) : block;
  return { handle, link, row, ...(name && { name }) };
}

/** A person in a follower/following list: handle, the link naming them, the row for the mark. */
export function userCellAnchor(
  cell: Element,
): (AuthorAnchor & { followsMe: boolean; id?: string }) | undefined {
  let link: Element | undefined;
  let handle: string | undefined;
  let name: string | undefined;
  let handleLink: Element | undefined;
  for (const a of cell.querySelectorAll('a[href]')) {
    const m = HANDLE_HREF.exec(a.getAttribute('href') ?? '');
    if (!m?.[1]) continue;
    if (!link) {
      link = a;
      handle = m[1];
    }
    if (m[1] !== handle) continue;
    const text = shownText(a).trim();
    if (text?.startsWith('@')) handleLink ??= a;
    else if (text) name ??= text.slice(0, 200);
  }
  if (!link || !handle) return undefined;
  const indicator = cell.querySelector(X.followsYou.css);
  const row = indicator?.parentElement ?? handleLink?.parentElement ?? link.parentElement ?? cell;
  const { id } = followState(cell);
  return { handle, link, row, followsMe: Boolean(indicator), ...(name && { name }), ...(id && { id }) };
}
