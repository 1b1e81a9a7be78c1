import type { InteractionKind } from '@/lib/messages/schemas';

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

/** FNV-1a, 32 bits: a stable, well-spread number for a string. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
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
    const score = TIERS.indexOf(tier) * 2 ** 32 + hash(`${date}|${c.key}`);
    if (best.length === need && score >= (best[need - 1]?.score ?? Number.POSITIVE_INFINITY)) continue;
    let i = best.length;
    while (i > 0 && (best[i - 1]?.score ?? 0) > score) i--;
    best.splice(i, 0, { key: c.key, tier, score });
    if (best.length > need) best.pop();
  }
  return [...picks, ...best.map(({ key, tier }) => ({ key, tier }))];
}

/** What a person's history says, enough to explain a pick in words. */
export interface ReasonInput {
  counts: Partial<Record<string, number>>;
  iFollow?: boolean;
  followerSince?: number;
  lastOutAt?: number;
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 days ago", "yesterday", "today", "2 months ago". */
export function ago(at: number, now: number): string {
  const days = Math.floor((startOfLocalDay(now) - startOfLocalDay(at)) / DAY_MS);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.round(days / 7)} weeks ago`;
  if (days < 730) return `${Math.round(days / 30)} months ago`;
  return `${Math.round(days / 365)} years ago`;
}

/** Why them, in one short sentence: "replied to you twice, you never answered". */
export function reasonFor(c: ReasonInput, now: number): string {
  const n = (kind: string) => c.counts[kind] ?? 0;
  const answered = c.lastOutAt !== undefined;
  const talked = n('reply_in') + n('mention_in') + n('quote_in');
  if (n('dm_in') > 0) return `wrote to you ${times(n('dm_in'))}${answered ? '' : ', you never answered'}`;
  if (n('reply_in') > 0 && talked === n('reply_in'))
    return `replied to you ${times(n('reply_in'))}${answered ? '' : ', you never answered'}`;
  if (talked > 0) return `talked to you ${times(talked)}${answered ? '' : ', you never answered'}`;
  const passive = n('like_in') + n('repost_in');
  if (passive > 0) {
    const parts = [
      n('like_in') && `liked ${plural(n('like_in'), 'post')}`,
      n('repost_in') && `reposted ${plural(n('repost_in'), 'post')}`,
    ].filter(Boolean);
    return `${parts.join(' and ')} of yours`;
  }
  const since = c.followerSince !== undefined ? `followed you ${ago(c.followerSince, now)}` : 'follows you';
  if (c.iFollow) return `you follow each other, never talked · ${since}`;
  return since;
}
