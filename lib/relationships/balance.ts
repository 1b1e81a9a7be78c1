import type { VerdictName } from '@/lib/messages/schemas';
import { DAY_MS, localDate, startOfLocalDay } from './handful';

/**
 * Your balance over the last days: what you posted (by the coach's verdict), how much of it was
 * talking with people (replies) against talking at them (top-level posts), the promotional share
 * against your goal, and what you did when the coach flagged a draft. Pure: rows in, numbers out.
 */

export interface BalancePost {
  at: number;
  kind: 'post' | 'reply' | 'quote' | 'dm';
  verdict?: VerdictName;
}
export interface BalanceNudge {
  at: number;
  outcome: 'shown' | 'revised' | 'posted_anyway' | 'cancelled' | 'edited';
}

export interface BalanceWindow {
  days: number;
  posts: number;
  verdicts: Record<VerdictName, number>;
  /** Replies (and DMs) you wrote: talking with people. */
  replies: number;
  /** Top-level posts and quotes: talking at everyone. */
  broadcasts: number;
  /** Promotional posts over all posts, 0..1; undefined with no posts. */
  promoShare?: number;
  overGoal: boolean;
  nudges: { flagged: number; revised: number; postedAnyway: number; cancelled: number; edited: number };
}

export interface DaySeries {
  /** Local dates, oldest first. */
  dates: string[];
  /** Seconds since the epoch at each day's local midnight (uPlot's x axis). */
  x: number[];
  conversational: number[];
  broadcast: number[];
  promotional: number[];
}

export interface Balance {
  goal: number;
  windows: BalanceWindow[];
  series: DaySeries;
}

/**
 * A draft cancelled at the hold counts as dropped only when nothing went out in this long after:
 * no post recorded, and no "posted anyway" or "revised" at a later hold. Nudges carry no link to
 * the post, so time is the tie; a draft usually goes out within minutes of its cancel.
 */
export const DROPPED_AFTER_MS = 30 * 60_000;

/** When something went out: posts and replies you wrote, and holds passed with "post anyway" or a revision. */
function postedTimes(posts: readonly BalancePost[], nudges: readonly BalanceNudge[]): number[] {
  const times = posts.map((p) => p.at);
  for (const x of nudges) if (x.outcome === 'posted_anyway' || x.outcome === 'revised') times.push(x.at);
  return times.sort((a, b) => a - b);
}

/** Whether a time in `sorted` falls in (at, at + span]: a binary search, posts can be many. */
function postedWithin(sorted: readonly number[], at: number, span: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && (sorted[lo] ?? Infinity) <= at + span;
}

export function balanceWindow(
  posts: readonly BalancePost[],
  nudges: readonly BalanceNudge[],
  { days, now, goal }: { days: number; now: number; goal: number },
): BalanceWindow {
  const from = startOfLocalDay(now) - (days - 1) * DAY_MS;
  const verdicts: Record<VerdictName, number> = { conversational: 0, broadcast: 0, promotional: 0 };
  let count = 0;
  let replies = 0;
  let broadcasts = 0;
  for (const p of posts) {
    if (p.at < from || p.at > now) continue;
    count++;
    verdicts[p.verdict ?? 'broadcast']++;
    if (p.kind === 'reply' || p.kind === 'dm') replies++;
    else broadcasts++;
  }
  const n = { flagged: 0, revised: 0, postedAnyway: 0, cancelled: 0, edited: 0 };
  const wentOut = postedTimes(posts, nudges);
  for (const x of nudges) {
    if (x.at < from || x.at > now) continue;
    if (x.outcome === 'shown') n.flagged++;
    else if (x.outcome === 'revised') n.revised++;
    else if (x.outcome === 'posted_anyway') n.postedAnyway++;
    else if (x.outcome === 'cancelled') {
      // Cancelled at the hold and then posted is not a dropped draft.
      if (!postedWithin(wentOut, x.at, DROPPED_AFTER_MS)) n.cancelled++;
    } else n.edited++;
  }
  const promoShare = count ? verdicts.promotional / count : undefined;
  return {
    days,
    posts: count,
    verdicts,
    replies,
    broadcasts,
    ...(promoShare !== undefined && { promoShare }),
    overGoal: promoShare !== undefined && promoShare > goal,
    nudges: n,
  };
}

/** Posts per local day by verdict, for the chart. */
export function daySeries(
  posts: readonly BalancePost[],
  { days, now }: { days: number; now: number },
): DaySeries {
  const today = startOfLocalDay(now);
  const starts: number[] = [];
  for (let i = days - 1; i >= 0; i--) {
    // Step by calendar day (DST-safe): noon minus i days, then back to midnight.
    starts.push(startOfLocalDay(today + 12 * 3_600_000 - i * DAY_MS));
  }
  const index = new Map(starts.map((s, i) => [s, i]));
  const series: DaySeries = {
    dates: starts.map((s) => localDate(s)),
    x: starts.map((s) => Math.round(s / 1000)),
    conversational: starts.map(() => 0),
    broadcast: starts.map(() => 0),
    promotional: starts.map(() => 0),
  };
  for (const p of posts) {
    const i = index.get(startOfLocalDay(p.at));
    if (i === undefined || p.at > now) continue;
    const v = p.verdict ?? 'broadcast';
    series[v][i] = (series[v][i] ?? 0) + 1;
  }
  return series;
}

export function computeBalance(
  posts: readonly BalancePost[],
  nudges: readonly BalanceNudge[],
  { now, goal }: { now: number; goal: number },
): Balance {
  return {
    goal,
    windows: [7, 30].map((days) => balanceWindow(posts, nudges, { days, now, goal })),
    series: daySeries(posts, { days: 30, now }),
  };
}
