import type { InteractionKind } from '@/lib/messages/schemas';
import { fnv1a } from '@/lib/text/fnv1a';
import type { Said } from './summary';

/**
 * The daily handful (design.md): a few unmet followers to meet today, picked from the unmet,
 * those who engaged with you first, then mutuals, then recent followers. Pure functions: the
 * background reads the rows and stores the day's pick; tests run these directly.
 */

export const DAY_MS = 86_400_000;
/** A follower counts as "recent" for this long after they were first seen following you. */
export const RECENT_MS = 30 * DAY_MS;

/** Why a person is in today's handful, most compelling first. */
export const TIERS = ['engaged', 'mutual', 'recent', 'follower'] as const;
export type Tier = (typeof TIERS)[number];

/** Things you do that count as meeting a pick: you replied to, mentioned or wrote to them. */
export const MEETING_KINDS: ReadonlySet<InteractionKind> = new Set(['reply_out', 'mention_out', 'dm_out']);

export interface Candidate {
  key: string;
  engagedMe?: number;
  iFollow?: boolean;
  followerSince?: number;
}

export interface HandfulPick {
  key: string;
  tier: Tier;
}

/** The local calendar day, YYYY-MM-DD: the pick changes when the user's day does. */
export function localDate(now: number | Date = Date.now()): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight of the day `now` falls in. */
export function startOfLocalDay(now: number = Date.now()): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export function tierOf(c: Candidate, now: number): Tier {
  if ((c.engagedMe ?? 0) > 0) return 'engaged';
  if (c.iFollow) return 'mutual';
  if (c.followerSince !== undefined && now - c.followerSince <= RECENT_MS) return 'recent';
  return 'follower';
}

/**
 * Picks `size` candidates for `date`: by tier (engaged, mutual, recent, other followers), and within
 * a tier by a hash of the date and the contact's key, so the pick is the same all day and another
 * one tomorrow. `keep` are picks already made today (kept first, in order); `exclude` are never picked.
 */
export function pickHandful(
  candidates: Iterable<Candidate>,
  {
    date,
    size,
    now,
    keep = [],
    exclude = new Set<string>(),
  }: {
    date: string;
    size: number;
    now: number;
    keep?: readonly HandfulPick[];
    exclude?: ReadonlySet<string>;
  },
): HandfulPick[] {
  const picks: HandfulPick[] = keep.filter((p) => !exclude.has(p.key)).slice(0, size);
  if (picks.length >= size) return picks;
  const taken = new Set(picks.map((p) => p.key));
  // Keep only the best `size - picks.length` scored candidates: one pass, no full sort of 100k rows.
  const need = size - picks.length;
  const best: { key: string; tier: Tier; score: number }[] = [];
  for (const c of candidates) {
    if (taken.has(c.key) || exclude.has(c.key)) continue;
    const tier = tierOf(c, now);
    const score = TIERS.indexOf(tier) * 2 ** 32 + fnv1a(`${date}|${c.key}`);
    if (best.length === need && score >= (best[need - 1]?.score ?? Number.POSITIVE_INFINITY)) continue;
    let i = best.length;
    while (i > 0 && (best[i - 1]?.score ?? 0) > score) i--;
    best.splice(i, 0, { key: c.key, tier, score });
    if (best.length > need) best.pop();
  }
  return [...picks, ...best.map(({ key, tier }) => ({ key, tier }))];
}

/**
 * Why a person is in today's handful, as facts: the popup puts them in words in the interface's
 * language. (The message schema, lib/messages/protocol-popup PickReason, validates the same shape.)
 */
export type PickReason =
  | { kind: 'wrote-to-you'; count: number; at?: number; snippet?: string; answered: boolean }
  | {
      kind: 'latest-post';
      via: 'reply' | 'mention' | 'quote';
      count: number;
      at?: number;
      snippet?: string;
      answered: boolean;
    }
  | { kind: 'liked'; likes: number; reposts: number }
  | { kind: 'bio'; bio: string; at?: number; mutual: boolean }
  | { kind: 'followed'; at?: number; mutual: boolean };

/** Where "Reply" goes on X: their latest post, the chat they wrote in, or their profile. */
export interface ReplyTarget {
  to: 'post' | 'chat' | 'profile';
  url: string;
}

/** What a person's history says, enough to explain a pick and to know where to reply. */
export interface ReasonInput {
  counts: Partial<Record<string, number>>;
  iFollow?: boolean;
  followerSince?: number;
  lastOutAt?: number;
  bio?: string;
  /** The last thing they said to you (the contact summary's `lastIn`). */
  lastIn?: Said;
  /**
   * When Dinner Table first saw the account. A follower first seen within a day of it was following
   * before anyone looked: when they followed is unknown, and "followed you just now" would be wrong.
   */
  watchingSince?: number;
}

const BIO_SNIPPET = 140;

/**
 * Why them, as facts, most specific first: what they wrote to you (chat, then a post to you), what
 * they liked, their bio, when they followed. The popup puts it in words in the interface's language.
 */
export function reasonFor(c: ReasonInput): PickReason {
  const n = (kind: string) => c.counts[kind] ?? 0;
  const answered = c.lastOutAt !== undefined;
  const last = c.lastIn;
  const said = last && { at: last.at, ...(last.text && { snippet: last.text }) };
  if (n('dm_in') > 0)
    return { kind: 'wrote-to-you', count: n('dm_in'), answered, ...(last?.kind === 'dm_in' && said) };
  const talked = n('reply_in') + n('mention_in') + n('quote_in');
  if (talked > 0) {
    const via = VIA[last?.kind ?? ''] ?? (n('reply_in') ? 'reply' : n('mention_in') ? 'mention' : 'quote');
    return { kind: 'latest-post', via, count: n(`${via}_in`), answered, ...(last && VIA[last.kind] && said) };
  }
  if (n('like_in') + n('repost_in') > 0)
    return { kind: 'liked', likes: n('like_in'), reposts: n('repost_in') };
  const known =
    c.followerSince !== undefined &&
    (c.watchingSince === undefined || c.followerSince > c.watchingSince + DAY_MS);
  const at = known ? { at: c.followerSince } : {};
  const bio = c.bio?.replace(/\s+/g, ' ').trim();
  if (bio) return { kind: 'bio', bio: cut(bio, BIO_SNIPPET), mutual: Boolean(c.iFollow), ...at };
  return { kind: 'followed', mutual: Boolean(c.iFollow), ...at };
}

const VIA: Partial<Record<string, 'reply' | 'mention' | 'quote'>> = {
  reply_in: 'reply',
  mention_in: 'mention',
  quote_in: 'quote',
};

const cut = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/**
 * Where "Reply" goes: the chat they wrote in, the post of theirs you last saw (to you), else their
 * profile, where their latest post is the first thing shown.
 */
export function replyTarget(c: { handle?: string; id?: string; key: string; lastIn?: Said }): ReplyTarget {
  const profile = c.handle
    ? `https://x.com/${encodeURIComponent(c.handle)}`
    : `https://x.com/i/user/${c.id ?? c.key.replace(/^@/, '')}`;
  const last = c.lastIn;
  if (last?.kind === 'dm_in')
    return {
      to: 'chat',
      url: last.thread
        ? `https://x.com/messages/${encodeURIComponent(last.thread)}`
        : 'https://x.com/messages',
    };
  if (last?.tweetId && VIA[last.kind])
    return {
      to: 'post',
      url: c.handle ? `${profile}/status/${last.tweetId}` : `https://x.com/i/web/status/${last.tweetId}`,
    };
  return { to: 'profile', url: profile };
}
