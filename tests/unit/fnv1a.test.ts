import { describe, expect, it } from 'vitest';
import { bucketOf, HASH_BITS } from '@/lib/coach/model/features';
import { FNV1A_SEED, fnv1a, fnv1aMore } from '@/lib/text/fnv1a';
import { notifiedPost } from '@/lib/x/notifications';

// Three copies (the handful's `hash`, the coach's `fnv1a`, the notifications' base-36 `hash`) became
// lib/text/fnv1a. Their outputs were identical, so nothing stored needed a migration. These values
// were produced by the old copies before the merge: a change here would re-key stored likes,
// reshuffle every handful and scramble the trained coach model's features.
const PINNED: [string, number, string][] = [
  ['', 2166136261, 'ztntfp'],
  ['a', 3826002220, '1r9wi7g'], // 0xe40c292c, FNV's own test vector
  ['foobar', 3214735720, '1h5yxyg'], // 0xbf9cf968, FNV's own test vector
  ['2026-11-30|1234567890', 2711792673, '18uj4m9'],
  ['w|launch', 4259695705, '1yg428p'],
  ['Thanks for the tip! 🎉 日本語で', 1208813555, 'jzp2ib'],
  ['Our new course is live! https://danawhitfield.dev', 1901640521, 'vg6r7t'],
];

describe('the one string hash', () => {
  it.each(PINNED)('hashes %j as it always did', (text, number, base36) => {
    expect(fnv1a(text)).toBe(number);
    expect(fnv1a(text).toString(36)).toBe(base36);
  });

  it('continued piece by piece equals the whole string (the coach hashes features that way)', () => {
    const pieces = fnv1aMore(fnv1aMore(FNV1A_SEED, 'w|'), 'xlaunchx', 1, 7);
    expect(pieces >>> 0).toBe(fnv1a('w|launch'));
    expect(bucketOf('w|launch')).toBe(4259695705 & ((1 << HASH_BITS) - 1));
  });

  it('keys a like known only by its post’s text the same as before (stored interaction keys)', () => {
    const article = document.createElement('article');
    article.textContent = 'Dana liked your post Thanks for the tip! 🎉 日本語で';
    expect(notifiedPost(article, 'dana_builds')).toBe('hjzp2ib');
  });

  it('spreads: one day apart, the same person gets another place in the handful', () => {
    expect(fnv1a('2025-05-20|123')).not.toBe(fnv1a('2025-05-21|123'));
  });
});
