/**
 * How long each stored field may be, in UTF-16 code units (what JavaScript's `length` counts).
 * Longer values are clipped to these limits, never refused: a record with a shortened text is
 * worth more than no record. The schemas in `schemas.ts` check the same numbers.
 */
export const LIMITS = {
  /** A post's or message's text. X allows 25,000 characters for subscribers; notes are apart. */
  text: 25_000,
  /** One link. Tracking links can run long; the start says where it goes. */
  link: 2_000,
  /** Links and mentions kept per post. */
  linksPerPost: 50,
  mentionsPerPost: 50,
  /** A person's display name (X allows 50; the page may add emoji and badges). */
  name: 200,
  /** The logged-in account's display name. */
  accountName: 100,
  bio: 1_000,
  /** A person's website as their profile shows it. */
  url: 500,
  /** A nudge's rule ids. */
  rule: 60,
  rulesPerNudge: 30,
  /** Followers one "end of the followers list" may name; a longer list is not used to mark anyone. */
  listedFollowers: 200_000,
} as const;

/** Cuts `text` to `max` UTF-16 units without splitting a surrogate pair (no half emoji). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return text.slice(0, cut);
}
