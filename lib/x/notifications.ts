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
