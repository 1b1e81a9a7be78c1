import { HANDLE_SOURCE, PROFILE_HREF_RE, STATUS_HREF_RE } from '@/lib/text/handle';
import { X } from './selectors';

export interface TweetInfo {
  tweetId?: string;
  author?: { handle: string; name?: string };
  text: string;
}

const HANDLE_HREF = PROFILE_HREF_RE;
const STATUS_HREF = STATUS_HREF_RE;
const AT_HANDLE_RE = new RegExp(`^@(${HANDLE_SOURCE})$`);

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
    const text = link.textContent?.trim();
    if (text && !text.startsWith('@')) name ??= text;
  }
  const permalink =
    nameBlock?.querySelector('a[href*="/status/"]') ?? firstOwn(root, 'a[href*="/status/"]:has(time)');
  const status = STATUS_HREF.exec(permalink?.getAttribute('href') ?? '');
  handle ??= status?.[1] ?? handleFromSpan(nameBlock);
  const text = firstOwn(root, X.tweetText.css)?.textContent ?? '';
  return {
    ...(status?.[2] && { tweetId: status[2] }),
    ...(handle && { author: { handle, ...(name && { name }) } }),
    text,
  };
}

/** The first match that is not inside a quoted post nested in `root`. */
function firstOwn(root: Element, css: string): Element | null {
  for (const el of root.querySelectorAll(css)) {
    const quote = el.closest('[role="link"]');
    if (!quote || !root.contains(quote) || quote === root) return el;
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
  for (const link of root.querySelectorAll('[role="link"]')) {
    if (link.querySelector(X.userName.css)) return readTweet(link);
  }
  return undefined;
}

/** The id of your post named by X's "Your post was sent" note, if one is showing. */
export function toastPostId(me: string, doc: Document = document): string | undefined {
  for (const link of doc.querySelectorAll(`${X.toast.css} a[href*="/status/"]`)) {
    const m = STATUS_HREF_RE.exec(link.getAttribute('href') ?? '');
    if (m?.[1]?.toLowerCase() === me && m[2]) return m[2];
  }
  return undefined;
}
