import { HANDLE_SOURCE, PROFILE_HREF_RE, STATUS_HREF_RE } from '@/lib/text/handle';
import { X } from './selectors';
import { shownText } from './shown-text';

export interface TweetInfo {
  tweetId?: string;
  author?: { handle: string; name?: string };
  text: string;
}

const HANDLE_HREF = PROFILE_HREF_RE;
const STATUS_HREF = STATUS_HREF_RE;
const AT_HANDLE_RE = new RegExp(`^@(${HANDLE_SOURCE})$`);
/** A quoted post's block: a `div[role=link]` (links are `a[role=link]`). */
const QUOTE = '[role="link"]:not(a)';

/** Whether `el` sits in a quoted post nested in `root` (not `root` itself when it is the quote). */
export function inQuoteWithin(el: Element, root: Element): boolean {
  const quote = el.closest(QUOTE);
  return quote !== null && quote !== root && root.contains(quote);
}

/**
 * Reads a post as X shows it: the author from the User-Name block, the id from the permalink that
 * wraps its `<time>`, the text from tweetText. `root` is an article or a quoted post's block.
 */
export function readTweet(root: Element): TweetInfo {
  const nameBlock = firstOwn(root, X.userName.css);
  let handle: string | undefined;
  let name: string | undefined;
  for (const link of nameBlock?.querySelectorAll('a[href]') ?? []) {
    const m = HANDLE_HREF.exec(link.getAttribute('href') ?? '');
    if (!m?.[1]) continue;
    handle ??= m[1];
    const text = shownText(link).trim();
    if (text && !text.startsWith('@')) name ??= text;
  }
  // The time's link: in the name row on a timeline, under the text on a post's own page. An ad has
  // no time and a quoted post's time may be no link: then the post's other links to itself (its
  // views, `/status/<id>/analytics`; a photo, `/status/<id>/photo/1`), by the author's own handle.
  const permalink =
    nameBlock?.querySelector(STATUS_LINK) ??
    firstOwn(root, `${STATUS_LINK}:has(time)`) ??
    ownStatusLink(root, handle ?? handleFromSpan(nameBlock));
  const status = STATUS_HREF.exec(permalink?.getAttribute('href') ?? '');
  handle ??= status?.[1] ?? handleFromSpan(nameBlock);
  const text = shownText(firstOwn(root, X.tweetText.css));
  return {
    ...(status?.[2] && { tweetId: status[2] }),
    ...(handle && { author: { handle, ...(name && { name }) } }),
    text,
  };
}

/**
 * The first match that is not inside a quoted post nested in `root`. X draws a quoted post as a
 * `div[role=link]`; its plain links carry `role="link"` too, and are no quote.
 */
function firstOwn(root: Element, css: string): Element | null {
  for (const el of root.querySelectorAll(css)) if (!inQuoteWithin(el, root)) return el;
  return null;
}

const STATUS_LINK = 'a[href*="/status/"]';

/** The first link of `root`'s own (not a quoted post's) to a post by `handle`, or by anyone without one. */
function ownStatusLink(root: Element, handle: string | undefined): Element | null {
  const wanted = handle?.toLowerCase();
  for (const link of root.querySelectorAll(STATUS_LINK)) {
    if (inQuoteWithin(link, root)) continue;
    const by = STATUS_HREF.exec(link.getAttribute('href') ?? '')?.[1]?.toLowerCase();
    if (by && (!wanted || by === wanted)) return link;
  }
  return null;
}

function handleFromSpan(block: Element | null): string | undefined {
  for (const span of block?.querySelectorAll('span') ?? []) {
    const m = AT_HANDLE_RE.exec(span.textContent?.trim() ?? '');
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/** The quoted post inside an article or a composer (X renders it as a `div[role=link]`). */
export function quotedTweetIn(root: Element): TweetInfo | undefined {
  for (const link of root.querySelectorAll(QUOTE)) {
    if (link.querySelector(X.userName.css)) return readTweet(link);
  }
  return undefined;
}

/** Status links in the "Your post was sent" note: X draws it with the toast test id or as a bare alert. */
const TOAST_STATUS_LINKS = [X.toast.css, X.layerAlert.css].map((css) => `${css} ${STATUS_LINK}`).join(', ');

/** The id of your post named by X's "Your post was sent" note, if one is showing (only your own post counts). */
export function toastPostId(me: string, doc: Document = document): string | undefined {
  for (const link of doc.querySelectorAll(TOAST_STATUS_LINKS)) {
    const m = STATUS_HREF_RE.exec(link.getAttribute('href') ?? '');
    if (m?.[1]?.toLowerCase() === me && m[2]) return m[2];
  }
  return undefined;
}
