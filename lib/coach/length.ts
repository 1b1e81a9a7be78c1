import { parseTweet } from '../text/twitter-text';
import { readablePart } from './prepare';

/** twitter-text's v3 weighting: these code point ranges count 1, everything else 2, a link 23. */
const LIGHT: readonly [number, number][] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const LINK = /https?:\/\/\S+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}\/\S*/gi;
const LINK_WEIGHT = 23;

function codePointWeight(cp: number): number {
  for (const [a, b] of LIGHT) if (cp >= a && cp <= b) return 1;
  return 2;
}

/**
 * The draft's length as X counts it. Exact (twitter-text) over the part the coach reads; past it, a linear
 * count with the same weights (links 23, wide characters 2) that twitter-text's full parse would take
 * milliseconds for at 25,000 characters. The tail is only ever past the 280 limit, so "how far over" may be
 * off by an emoji sequence or two, never whether the draft fits.
 */
export function weightedLength(text: string): number {
  const head = readablePart(text);
  let n = parseTweet(head).weightedLength;
  if (head.length === text.length) return n;
  const tail = text.slice(head.length);
  let linked = 0;
  const bare = tail.replace(LINK, () => {
    linked++;
    return '';
  });
  n += linked * LINK_WEIGHT;
  for (const ch of bare) n += codePointWeight(ch.codePointAt(0) ?? 0);
  return n;
}
