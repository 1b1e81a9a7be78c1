import type { Person } from '@/lib/messages/schemas';
import { PROFILE_HREF_RE } from '@/lib/text/handle';
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
  // The bio is the last `dir=auto` block that is not the name or the handle, nor the hidden
  // "Click to Follow <handle>" that describes the follow button to screen readers.
  // (The cell itself is a button on X.)
  const blocks = [...cell.querySelectorAll('[dir="auto"]')].filter((el) => {
    const within = el.closest('a, button, [style*="display: none"]');
    return !within || within === cell || !cell.contains(within);
  });
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

/** People linked by name in a block (a notification's "A and B liked your post"). */
export function linkedPeople(root: Element): Person[] {
  const people = new Map<string, Person>();
  for (const link of root.querySelectorAll('a[href]')) {
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
