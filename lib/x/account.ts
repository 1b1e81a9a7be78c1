import { HANDLE_SOURCE, isHandle, PROFILE_HREF_RE } from '@/lib/text/handle';
import { $, X } from './selectors';
import { shownText } from './shown-text';

export interface XAccount {
  /** Numeric user id, from the `twid` cookie. Absent when the cookie is not readable. */
  id?: string;
  handle: string;
  name?: string;
}

/** `twid=u%3D1234` -> '1234'. X sets it for the logged-in user. */
export function idFromCookie(cookie: string): string | undefined {
  for (const part of cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== 'twid') continue;
    const value = decodeURIComponent(rest.join('='));
    return /^u=(\d+)$/.exec(value)?.[1];
  }
  return undefined;
}

/** How far after `"session":{` the signed-in id may sit in X's inline state (it is among the first keys). */
const SESSION_SPAN = 4_000;
// JSON as X writes it, or spaced as another writer may.
const SESSION = /"session"\s*:\s*\{/;
// The first `user_id` after "session" is the session's own, even when it is null (signed out).
const SESSION_USER_ID = /"user_id"\s*:\s*(?:"(\d{1,20})"|null)/;
/** The key of the next user entity: where the signed-in user's own entity ends at the latest. */
const NEXT_ENTITY = /"\d{1,20}"\s*:\s*\{/;
const SCREEN_NAME = new RegExp(`"screen_name"\\s*:\\s*"(${HANDLE_SOURCE})"`);

/** X's inline state (`window.__INITIAL_STATE__`, a script after #react-root), as text. */
function initialStateText(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (text.includes('__INITIAL_STATE__') && SESSION.test(text)) return text;
  }
  return undefined;
}

/**
 * The signed-in id from the state X inlines in its page: `"session":{…"user_id":"1234"…}`. Read as
 * text, as any reader of the DOM can; for when the `twid` cookie cannot be read. It is the state the
 * page was loaded with, and X reloads the page when you switch accounts.
 */
export function idFromInitialState(doc: Document): string | undefined {
  return sessionIdIn(initialStateText(doc) ?? '');
}

function sessionIdIn(text: string): string | undefined {
  const at = text.search(SESSION);
  return at < 0 ? undefined : SESSION_USER_ID.exec(text.slice(at, at + SESSION_SPAN))?.[1];
}

/**
 * The signed-in handle from the same state: the `screen_name` of the user entity keyed by the
 * session's id. For a page without the side bar (a narrow window's layout has none).
 */
function screenNameIn(text: string, id: string): string | undefined {
  const key = new RegExp(`"${id}"\\s*:\\s*\\{`).exec(text);
  if (!key) return undefined;
  // Only the entity's own text: never the next user's screen_name.
  const rest = text.slice(key.index + key[0].length);
  const next = rest.search(NEXT_ENTITY);
  return SCREEN_NAME.exec(next < 0 ? rest : rest.slice(0, next))?.[1];
}

/** The signed-in id: the `twid` cookie, or else the page's inline state. */
export const accountIdOf = (doc: Document = document): string | undefined =>
  idFromCookie(doc.cookie) ?? idFromInitialState(doc);

/**
 * The logged-in account: the handle from the side bar's profile link, or else from the account
 * switcher's avatar container (`UserAvatar-Container-<handle>`); the id from the `twid` cookie, or
 * else X's inline state.
 */
export function detectAccount(doc: Document = document): XAccount | undefined {
  const handle = handleFromProfileLink(doc) ?? handleFromSwitcher(doc);
  if (!handle) return undefined;
  const id = accountIdOf(doc);
  const name = nameFromSwitcher(doc, handle);
  return { handle, ...(id && { id }), ...(name && { name }) };
}

/** The side bar's profile link: `/handle`, or whole (`https://x.com/handle`) as a saved page spells it. */
function handleFromProfileLink(doc: Document): string | undefined {
  const href = $<HTMLAnchorElement>('profileLink', doc)?.getAttribute('href') ?? '';
  // A trailing slash names the same profile.
  return PROFILE_HREF_RE.exec(href.replace(/\/$/, ''))?.[1];
}

function handleFromSwitcher(doc: Document): string | undefined {
  const avatar = $('switcherAvatar', doc);
  const handle = avatar?.getAttribute('data-testid')?.slice(X.switcherAvatar.testIdPrefix.length);
  return handle && isHandle(handle) ? handle : undefined;
}

function nameFromSwitcher(doc: Document, handle: string): string | undefined {
  const switcher = $('accountSwitcher', doc);
  for (const span of switcher?.querySelectorAll('span') ?? []) {
    const text = shownText(span).trim();
    // The innermost span with text that is not the @handle is the display name.
    if (text && !text.startsWith('@') && text !== handle && !span.querySelector('span'))
      return text.slice(0, 100);
  }
  return undefined;
}

/**
 * The logged-in account from X's inline state alone, for a page without the side bar (a narrow
 * window's layout): no display name. The side bar, when there is one, is read first (start.ts).
 */
export function accountFromInitialState(doc: Document = document): XAccount | undefined {
  // One read of the page's scripts: this runs on every change of the page while the account is sought.
  const text = initialStateText(doc);
  const stateId = text ? sessionIdIn(text) : undefined;
  const handle = text && stateId ? screenNameIn(text, stateId) : undefined;
  const id = idFromCookie(doc.cookie) ?? stateId;
  return handle && id ? { handle, id } : undefined;
}
