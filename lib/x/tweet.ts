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
/**
 * A clickable block: a `div[role=link]` (links are `a[role=link]`). X draws a quoted post as one,
 * but may wrap the post's own header and text in one too: see `isQuoteBlock`.
 */
const QUOTE = '[role="link"]:not(a)';
const STATUS_LINK = 'a[href*="/status/"]';

/**
 * The post's own name row: the first in `root` when `root` is a post (an article, or a quoted
 * post read on its own), as X draws it above any quote. A dialog is no post: it has none. X links
 * the time in a post's own name row, never in a quote's: a first row inside a clickable block
 * without that link is a quote's, and the post shows no name row of its own.
 */
function ownNameRow(root: Element): Element | null {
  const first = root.matches(`article, ${QUOTE}`) ? root.querySelector(X.userName.css) : null;
  const block = first?.parentElement?.closest(QUOTE);
  const inBlock = block && block !== root && root.contains(block);
  return inBlock && !first?.querySelector(STATUS_LINK) ? null : first;
}

/** Whether a clickable `block` is a quoted post: it names another post's author, not the post's own. */
function isQuoteBlock(block: Element, own: Element | null): boolean {
  if (own && block.contains(own)) return false;
  return block.querySelector(X.userName.css) !== null;
}

/** Whether `el` sits in a quoted post nested in `root` (not `root` itself when it is the quote). */
export function inQuoteWithin(el: Element, root: Element): boolean {
  const own = ownNameRow(root);
  // Clickable blocks may nest (a wrapper of the post's own, a quote inside it): any one may be the quote.
  for (let block = el.closest(QUOTE); block && block !== root && root.contains(block); ) {
    if (isQuoteBlock(block, own)) return true;
    block = block.parentElement?.closest(QUOTE) ?? null;
  }
  return false;
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
  const own = ownNameRow(root);
  for (const block of root.querySelectorAll(QUOTE)) if (isQuoteBlock(block, own)) return readTweet(block);
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
