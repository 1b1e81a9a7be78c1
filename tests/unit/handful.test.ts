import { describe, expect, it } from 'vitest';
import { type PickReason, PickReason as PickReasonSchema } from '@/lib/messages/protocol-popup';
import {
  type Candidate,
  DAY_MS,
  localDate,
  pickHandful,
  type ReasonInput,
  reasonFor,
  replyTarget,
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

describe('why them, as facts the popup puts in words', () => {
  const said = (kind: string, at: number, extra = {}) => ({ kind, at, ...extra }) as ReasonInput['lastIn'];
  it.each<[ReasonInput, PickReason]>([
    [
      {
        counts: { reply_in: 2 },
        lastIn: said('reply_in', now - DAY_MS, { text: 'Great thread', tweetId: '9' }),
      },
      {
        kind: 'latest-post',
        via: 'reply',
        count: 2,
        answered: false,
        at: now - DAY_MS,
        snippet: 'Great thread',
      },
    ],
    [
      { counts: { reply_in: 1 }, lastOutAt: now - DAY_MS },
      { kind: 'latest-post', via: 'reply', count: 1, answered: true },
    ],
    [
      { counts: { reply_in: 1, mention_in: 2 }, lastIn: said('mention_in', now - 2 * DAY_MS) },
      { kind: 'latest-post', via: 'mention', count: 2, answered: false, at: now - 2 * DAY_MS },
    ],
    [
      { counts: { dm_in: 3, reply_in: 1 }, lastIn: said('dm_in', now - DAY_MS, { text: 'hi!' }) },
      { kind: 'wrote-to-you', count: 3, answered: false, at: now - DAY_MS, snippet: 'hi!' },
    ],
    // Their last words were a reply, not the chat: the chat is still the reason, without the reply's words.
    [
      { counts: { dm_in: 1, reply_in: 1 }, lastIn: said('reply_in', now, { text: 'a reply' }) },
      { kind: 'wrote-to-you', count: 1, answered: false },
    ],
    [{ counts: { like_in: 3 } }, { kind: 'liked', likes: 3, reposts: 0 }],
    [{ counts: { like_in: 1, repost_in: 2 } }, { kind: 'liked', likes: 1, reposts: 2 }],
    [
      { counts: {}, followerSince: now - 3 * DAY_MS, bio: '  Builds   databases\nin Rust ' },
      { kind: 'bio', bio: 'Builds databases in Rust', at: now - 3 * DAY_MS, mutual: false },
    ],
    [
      { counts: {}, iFollow: true, followerSince: now - 3 * DAY_MS },
      { kind: 'followed', at: now - 3 * DAY_MS, mutual: true },
    ],
    [{ counts: {} }, { kind: 'followed', mutual: false }],
    // Seen following on the first look at the account (or before it): when they followed is unknown.
    [
      { counts: {}, followerSince: now - 3 * DAY_MS, watchingSince: now - 3 * DAY_MS - 5000 },
      { kind: 'followed', mutual: false },
    ],
    [
      { counts: {}, followerSince: now - 3 * DAY_MS, watchingSince: now },
      { kind: 'followed', mutual: false },
    ],
    // A follower who arrived later than a day after Dinner Table started looking.
    [
      { counts: {}, followerSince: now - 3 * DAY_MS, watchingSince: now - 10 * DAY_MS },
      { kind: 'followed', mutual: false, at: now - 3 * DAY_MS },
    ],
  ])('%j → %j', (input, expected) => {
    expect(reasonFor(input)).toEqual(expected);
    expect(PickReasonSchema.safeParse(expected).success).toBe(true);
  });

  it('cuts a long bio to a snippet the message schema accepts', () => {
    const reason = reasonFor({ counts: {}, bio: 'word '.repeat(200) });
    expect(reason.kind === 'bio' && reason.bio.length).toBe(140);
    expect(PickReasonSchema.safeParse(reason).success).toBe(true);
  });
});

describe('where Reply goes', () => {
  it.each<[Parameters<typeof replyTarget>[0], ReturnType<typeof replyTarget>]>([
    [
      { key: '7', id: '7', handle: 'ada', lastIn: { kind: 'reply_in', at: now, tweetId: '1800' } },
      { to: 'post', url: 'https://x.com/ada/status/1800' },
    ],
    [
      { key: '7', id: '7', lastIn: { kind: 'quote_in', at: now, tweetId: '1800' } },
      { to: 'post', url: 'https://x.com/i/web/status/1800' },
    ],
    [
      { key: '7', handle: 'ada', lastIn: { kind: 'dm_in', at: now, thread: '7-1' } },
      { to: 'chat', url: 'https://x.com/messages/7-1' },
    ],
    [
      { key: '7', id: '7', handle: 'ada' },
      { to: 'profile', url: 'https://x.com/ada' },
    ],
    [
      { key: '7', id: '7' },
      { to: 'profile', url: 'https://x.com/i/user/7' },
    ],
  ])('%j → %j', (input, expected) => {
    expect(replyTarget(input)).toEqual(expected);
  });
});
