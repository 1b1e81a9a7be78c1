import type { Person } from '@/lib/messages/schemas';
import { PROFILE_HREF_RE } from '@/lib/text/handle';
import { previewOf } from './notifications';
import { FOLLOW_TESTID, X } from './selectors';
import { shownText } from './shown-text';

const HANDLE_HREF = PROFILE_HREF_RE;
const clip = (text: string | null | undefined, max: number) => (text ?? '').trim().slice(0, max);

/**
 * `<id>-follow` / `-unfollow` / `-cancel` (a request pending) / `-unblock` inside `root`: the
 * person's numeric id and whether you follow them.
 */
export function followState(root: ParentNode): { id?: string; iFollow?: boolean } {
  const button = root.querySelector(X.followButton.css);
  const m = FOLLOW_TESTID.exec(button?.getAttribute('data-testid') ?? '');
  if (!m?.[1]) return {};
  return { id: m[1], iFollow: m[2] === 'unfollow' };
}

/** A person in a follower/following list (`UserCell`). */
export function readUserCell(cell: Element): Person | undefined {
  let handle: string | undefined;
  let name: string | undefined;
  for (const link of cell.querySelectorAll('a[href]')) {
    const m = HANDLE_HREF.exec(link.getAttribute('href') ?? '');
    if (!m?.[1]) continue;
    handle ??= m[1];
    const text = shownText(link).trim();
    if (text && !text.startsWith('@') && !name) name = text;
  }
  if (!handle) return undefined;
  const { id, iFollow } = followState(cell);
  const blocks = [...cell.querySelectorAll('[dir="auto"]')].filter((el) => isBioBlock(el, cell));
  const bio = clip(shownText(blocks.at(-1)), 1000);
  return {
    handle,
    ...(id && { id }),
    ...(name && { name: clip(name, 200) }),
    ...(bio && bio !== name && { bio }),
    followsMe: Boolean(cell.querySelector(X.followsYou.css)),
    ...(iFollow !== undefined && { iFollow }),
  };
}

/**
 * What in a list's cell is never the bio: the name and handle (links), the follow control (a
 * `button`, or a `div[role=button]` reading "Follow back"), the "Follows you" mark, and what
 * screen readers alone get ("Click to Follow <handle>", hidden).
 */
const NOT_BIO = `a, button, [role="button"], [hidden], [aria-hidden="true"], ${X.followsYou.css}`;

/**
 * Whether a `dir=auto` block of `cell` may be its bio: the bio is the last block that is none of
 * `NOT_BIO` nor inside one (the cell itself, a button on X, does not count).
 */
function isBioBlock(el: Element, cell: Element): boolean {
  const within = el.closest(NOT_BIO);
  if (within && within !== cell && cell.contains(within)) return false;
  return !hiddenByStyle(el, cell);
}

/** `display: none` however it is spelled ("display:none", "display: none;"). */
const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\b/i;

/** Whether `el` or one of its parents within `cell` is hidden by its inline style. */
function hiddenByStyle(el: Element, cell: Element): boolean {
  for (let node: Element | null = el; node && node !== cell; node = node.parentElement)
    if (DISPLAY_NONE.test(node.getAttribute('style') ?? '')) return true;
  return false;
}

interface ProfileSchema {
  mainEntity?: {
    identifier?: unknown;
    additionalName?: unknown;
    givenName?: unknown;
    description?: unknown;
    url?: unknown;
  };
}

/**
 * The person on a profile page: id from the JSON-LD or the follow button, handle from the JSON-LD
 * or the URL, name, bio, website, and the "Follows you" mark in the header.
 */
export function readProfile(doc: Document, routeHandle: string): Person | undefined {
  const schema = parseSchema(doc.querySelector(X.profileSchema.css)?.textContent);
  const entity = schema?.mainEntity;
  const header = doc.querySelector(X.profileUserName.css)?.closest(X.primaryColumn.css) ?? doc;
  const handleFromSchema = typeof entity?.additionalName === 'string' ? entity.additionalName : undefined;
  // The JSON-LD may still describe the previous profile right after an SPA navigation.
  if (handleFromSchema && handleFromSchema.toLowerCase() !== routeHandle.toLowerCase()) return undefined;
  const idFromSchema =
    typeof entity?.identifier === 'string' && /^\d+$/.test(entity.identifier) ? entity.identifier : undefined;
  const follow = followState(doc.querySelector(X.profileFollowArea.css) ?? header);
  const id = idFromSchema ?? follow.id;
  const userName = doc.querySelector(X.profileUserName.css);
  const name = clip(
    typeof entity?.givenName === 'string' ? entity.givenName : shownText(userName?.querySelector('span')),
    200,
  );
  const bio = clip(
    shownText(doc.querySelector(X.profileDescription.css)) || (entity?.description as string),
    1000,
  );
  const urlEl = doc.querySelector(X.profileUrl.css);
  const url = clip(urlEl?.textContent || (typeof entity?.url === 'string' ? entity.url : ''), 500);
  return {
    handle: handleFromSchema ?? routeHandle,
    ...(id && { id }),
    ...(name && { name }),
    ...(bio && { bio }),
    ...(url && { url }),
    followsMe: Boolean(
      userName?.parentElement?.parentElement?.querySelector(X.followsYou.css) ??
        doc.querySelector(`${X.profileUserName.css} ${X.followsYou.css}`),
    ),
    ...(follow.iFollow !== undefined && { iFollow: follow.iFollow }),
  };
}

function parseSchema(text: string | null | undefined): ProfileSchema | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as ProfileSchema;
  } catch {
    return undefined;
  }
}

/**
 * People linked in a notification (its avatars and "A and B liked your post"). Not those the
 * liked post's preview mentions ("thanks @carol"): they did not like it.
 */
export function linkedPeople(root: Element): Person[] {
  const people = new Map<string, Person>();
  const preview = previewOf(root);
  for (const link of root.querySelectorAll('a[href]')) {
    if (preview?.contains(link)) continue;
    const m = HANDLE_HREF.exec(link.getAttribute('href') ?? '');
    if (!m?.[1]) continue;
    const key = m[1].toLowerCase();
    const name = clip(shownText(link), 200);
    const named = name && !name.startsWith('@') ? name : undefined;
    // A person's first link is often the avatar, with no text: the name comes from the next.
    const known = people.get(key);
    if (known) {
      if (!known.name && named) known.name = named;
      continue;
    }
    people.set(key, { handle: m[1], ...(named && { name: named }) });
  }
  return [...people.values()];
}
