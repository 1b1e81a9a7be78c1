import { describe, expect, it } from 'vitest';
import {
  type Candidate,
  DAY_MS,
  hash,
  localDate,
  pickHandful,
  reasonFor,
  tierOf,
} from '@/lib/relationships/handful';

const now = new Date(2025, 4, 20, 9, 30).getTime();
const many = (n: number, extra: (i: number) => Partial<Candidate> = () => ({})): Candidate[] =>
  Array.from({ length: n }, (_, i) => ({
    key: String(3000 + i),
    followerSince: now - 100 * DAY_MS,
    ...extra(i),
  }));

describe('the daily handful', () => {
  it('uses the local calendar date', () => {
    expect(localDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(localDate(new Date(2025, 0, 6, 0, 1))).toBe('2025-01-06');
  });

  it('hashes stably and spreads', () => {
    expect(hash('2025-05-20|123')).toBe(hash('2025-05-20|123'));
    expect(hash('2025-05-20|123')).not.toBe(hash('2025-05-21|123'));
  });

  it('picks engaged first, then mutuals, then recent followers, then the rest', () => {
    const candidates = [
      ...many(50),
      { key: 'recent', followerSince: now - 2 * DAY_MS },
      { key: 'mutual', iFollow: true },
      { key: 'engaged', engagedMe: 2 },
    ];
    const picks = pickHandful(candidates, { date: '2025-05-20', size: 4, now });
    expect(picks.slice(0, 3)).toEqual([
      { key: 'engaged', tier: 'engaged' },
      { key: 'mutual', tier: 'mutual' },
      { key: 'recent', tier: 'recent' },
    ]);
    expect(picks[3]?.tier).toBe('follower');
    expect(picks).toHaveLength(4);
  });

  it('is the same pick all day, whatever the order rows arrive in, and another one the next day', () => {
    const pool = many(500);
    const a = pickHandful(pool, { date: '2025-05-20', size: 5, now });
    const b = pickHandful([...pool].reverse(), { date: '2025-05-20', size: 5, now });
    const c = pickHandful(pool, { date: '2025-05-21', size: 5, now });
    expect(b).toEqual(a);
    expect(c.map((p) => p.key)).not.toEqual(a.map((p) => p.key));
  });

  it('keeps picks already made and never picks the excluded', () => {
    const pool = many(100);
    const first = pickHandful(pool, { date: '2025-05-20', size: 5, now });
    const gone = new Set([first[1]?.key ?? '']);
    const keep = first.filter((p) => !gone.has(p.key));
    const next = pickHandful(pool, { date: '2025-05-20', size: 5, now, keep, exclude: gone });
    expect(next.slice(0, 4)).toEqual(keep);
    expect(next).toHaveLength(5);
    expect(next.map((p) => p.key)).not.toContain(first[1]?.key);
  });

  it('returns fewer than asked when there are fewer unmet followers', () => {
    expect(pickHandful(many(2), { date: '2025-05-20', size: 5, now })).toHaveLength(2);
    expect(pickHandful([], { date: '2025-05-20', size: 5, now })).toEqual([]);
  });

  // How fast is measured in `npm run bench` (popup first content); here only what a pool of 100k yields.
  it('picks 5 engaged people out of 100k', () => {
    const pool = many(100_000, (i) => ({ engagedMe: i % 7 === 0 ? 1 : 0, iFollow: i % 11 === 0 }));
    const picks = pickHandful(pool, { date: '2025-05-20', size: 5, now });
    expect(picks).toHaveLength(5);
    expect(picks.every((p) => p.tier === 'engaged')).toBe(true);
  });

  it('tells tiers apart', () => {
    expect(tierOf({ key: '1', engagedMe: 1, iFollow: true }, now)).toBe('engaged');
    expect(tierOf({ key: '1', iFollow: true }, now)).toBe('mutual');
    expect(tierOf({ key: '1', followerSince: now - 29 * DAY_MS }, now)).toBe('recent');
    expect(tierOf({ key: '1', followerSince: now - 31 * DAY_MS }, now)).toBe('follower');
    expect(tierOf({ key: '1' }, now)).toBe('follower');
  });
});

describe('why them, in words', () => {
  it.each([
    [{ counts: { reply_in: 2 } }, 'replied to you twice, you never answered'],
    [{ counts: { reply_in: 1 }, lastOutAt: now - DAY_MS }, 'replied to you once'],
    [{ counts: { dm_in: 3 } }, 'wrote to you 3 times, you never answered'],
    [{ counts: { reply_in: 1, mention_in: 1 } }, 'talked to you twice, you never answered'],
    [{ counts: { like_in: 3 } }, 'liked 3 posts of yours'],
    [{ counts: { like_in: 1, repost_in: 2 } }, 'liked 1 post and reposted 2 posts of yours'],
    [{ counts: {}, followerSince: now - 3 * DAY_MS }, 'followed you 3 days ago'],
    [{ counts: {}, followerSince: now - 1 * DAY_MS }, 'followed you yesterday'],
    [{ counts: {}, followerSince: now - 90 * DAY_MS }, 'followed you 3 months ago'],
    [
      { counts: {}, iFollow: true, followerSince: now - 3 * DAY_MS },
      'you follow each other, never talked · followed you 3 days ago',
    ],
    [{ counts: {} }, 'follows you'],
  ])('%j → %s', (input, expected) => {
    expect(reasonFor(input, now)).toBe(expected);
  });
});
