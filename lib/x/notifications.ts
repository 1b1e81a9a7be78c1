import { fnv1a } from '@/lib/text/fnv1a';
import { PROFILE_HREF_RE, STATUS_HREF_RE } from '@/lib/text/handle';
import { X } from './selectors';
import { inQuoteWithin } from './tweet';
/**
 * What a grouped notification is about. X localises the words, so the icon decides, as other
 * extensions found (x-anatomy.md §1.6): each kind has its own SVG path. English words back it up.
 */
export type NotificationKind = 'like' | 'repost' | 'follow';

const ICON_PREFIXES: [NotificationKind, string][] = [
  ['like', 'M20.884 13.19c'],
  ['follow', 'M17.863 13.44c'],
  ['repost', 'M4.75 3.79l'],
];

const WORDS: [NotificationKind, RegExp][] = [
  ['like', /\bliked\b/i],
  ['repost', /\b(?:reposted|retweeted)\b/i],
  ['follow', /\bfollowed you\b/i],
];

export function notificationKind(article: Element): NotificationKind | undefined {
  for (const path of article.querySelectorAll('svg path')) {
    const d = path.getAttribute('d') ?? '';
    for (const [kind, prefix] of ICON_PREFIXES) if (d.startsWith(prefix)) return kind;
  }
  const text = article.textContent ?? '';
  return WORDS.find(([, re]) => re.test(text))?.[0];
}

/**
 * "Replying to @you" above a post's text. X words it in the reader's language and wraps the link
 * as it pleases, so the place decides: the reply line is the links "@handle" in the post that are
 * not in its text, its author's name or a quoted post. Its first handle is the one replied to (as
 * X's own data says it, lens/to-events.ts); "Replying to @carol @you" is carol's, and names you.
 */
export function isReplyToMe(article: Element, me: string): boolean {
  for (const link of article.querySelectorAll('a[href]')) {
    const handle = PROFILE_HREF_RE.exec(link.getAttribute('href') ?? '')?.[1];
    // The reply line names people as "@handle"; an avatar's link has no text.
    if (!handle || !link.textContent?.trim().startsWith('@')) continue;
    if (link.closest(NOT_A_REPLY_LINE) || inQuoteWithin(link, article)) continue;
    return handle.toLowerCase() === me;
  }
  return false;
}

const NOT_A_REPLY_LINE = `${X.tweetText.css}, ${X.userName.css}`;

/**
 * What a like or repost notification is about, stable as more people join it ("and 3 others"):
 * the liked post's id when the notification links it, else a hash of the post's text, never of
 * the names above it.
 */
export function notifiedPost(article: Element, me: string): string {
  for (const link of article.querySelectorAll('a[href*="/status/"]')) {
    const m = STATUS_HREF_RE.exec(link.getAttribute('href') ?? '');
    if (m?.[1]?.toLowerCase() === me && m[2]) return m[2];
  }
  const text = article.textContent ?? '';
  // In English the post is what follows "liked your post", as it has been since the first stored
  // like. Not the preview's text: "posts?" also takes a preview's first "s" ("Shipped" hashes as
  // "hipped"), so the preview would re-key English likes already stored. Other languages word it
  // elsewhere, and only the preview leaves their names out; without one, the whole text as before.
  const post = ENGLISH_VERB.test(text)
    ? (text.split(ENGLISH_VERB).pop() ?? text)
    : (previewOf(article)?.textContent ?? text);
  // A short stable hash (base 36): the key of a stored like, so it must never change.
  return `h${fnv1a(post.trim().slice(0, 280)).toString(36)}`;
}

const ENGLISH_VERB = /(?:liked|reposted) your (?:post|reply|repost)s?/i;

/**
 * The liked post's preview: X draws it as the notification's last `dir=auto` block, below the
 * sentence. A block that names someone by a link (not "@handle", as a post mentions people) is
 * the sentence itself, drawn as `dir=auto`: there is no preview then.
 */
export function previewOf(article: Element): Element | undefined {
  const blocks = [...article.querySelectorAll('[dir="auto"]')];
  const last = blocks.at(-1);
  // A preview may hold blocks of its own: the whole of it is the outermost block around the last.
  const preview = last && blocks.find((block) => block.contains(last));
  return preview && !namesSomeone(preview) ? preview : undefined;
}

/** Whether `block` links a person by name ("Marta Vélez"), as a notification's sentence does. */
function namesSomeone(block: Element): boolean {
  return [...block.querySelectorAll('a[href]')].some(
    (link) =>
      PROFILE_HREF_RE.test(link.getAttribute('href') ?? '') && !link.textContent?.trim().startsWith('@'),
  );
}

/**
 * X's "Discover more" heading under a thread, if the page shows one: below it X recommends other
 * people's posts. X words it in the reader's language, so besides the English words its place
 * names it: a heading in a cell of its own in the main column's timeline, below `post` (your post,
 * on its page). Never above it nor in a post's cell: a false heading above replies would hide them.
 */
export function discoverMoreHeading(doc: Document = document, post?: Element): Element | undefined {
  const headings = [...doc.querySelectorAll('h2, [role="heading"]')];
  const english = headings.find((el) => /^\s*discover more\s*$/i.test(el.textContent ?? ''));
  return english ?? (post && headings.find((el) => isHeadingCellBelow(el, post)));
}

/**
 * Whether `heading` is in a timeline cell of its own (one holding no post) in the main column,
 * after `post`. The column's title ("Post") and the side bar's headings are in no cell.
 */
function isHeadingCellBelow(heading: Element, post: Element): boolean {
  const cell = heading.closest(X.cell.css);
  if (!cell?.closest(X.primaryColumn.css) || cell.querySelector(X.tweet.css)) return false;
  return Boolean(post.compareDocumentPosition(cell) & Node.DOCUMENT_POSITION_FOLLOWING);
}
