import { describe, expect, it } from 'vitest';
import { balanceWindow, computeBalance, daySeries } from '@/lib/relationships/balance';
import { DAY_MS } from '@/lib/relationships/handful';

const now = new Date(2025, 4, 20, 18, 0).getTime();
const at = (daysAgo: number) => now - daysAgo * DAY_MS;

const posts = [
  { at: at(0), kind: 'reply' as const, verdict: 'conversational' as const },
  { at: at(1), kind: 'post' as const, verdict: 'promotional' as const },
  { at: at(2), kind: 'reply' as const, verdict: 'conversational' as const },
  { at: at(3), kind: 'post' as const, verdict: 'broadcast' as const },
  { at: at(10), kind: 'post' as const, verdict: 'promotional' as const },
  { at: at(12), kind: 'quote' as const },
  { at: at(40), kind: 'post' as const, verdict: 'promotional' as const },
];
const nudges = [
  { at: at(1), outcome: 'shown' as const },
  { at: at(1), outcome: 'revised' as const },
  { at: at(2), outcome: 'shown' as const },
  { at: at(2), outcome: 'posted_anyway' as const },
  { at: at(20), outcome: 'shown' as const },
  { at: at(20), outcome: 'cancelled' as const },
];

describe('balance', () => {
  it('counts the last 7 days by verdict, replies against broadcasts, promo share against the goal', () => {
    const w = balanceWindow(posts, nudges, { days: 7, now, goal: 0.2 });
    expect(w.posts).toBe(4);
    expect(w.verdicts).toEqual({ conversational: 2, broadcast: 1, promotional: 1 });
    expect(w.replies).toBe(2);
    expect(w.broadcasts).toBe(2);
    expect(w.promoShare).toBe(0.25);
    expect(w.overGoal).toBe(true);
    expect(w.nudges).toEqual({ flagged: 2, revised: 1, postedAnyway: 1, cancelled: 0, edited: 0 });
  });

  it('counts 30 days, treating posts without a verdict as broadcasts, and leaves older posts out', () => {
    const w = balanceWindow(posts, nudges, { days: 30, now, goal: 0.5 });
    expect(w.posts).toBe(6);
    expect(w.verdicts).toEqual({ conversational: 2, broadcast: 2, promotional: 2 });
    expect(w.overGoal).toBe(false);
    expect(w.nudges.flagged).toBe(3);
  });

  it('has no promo share and is not over the goal with no posts', () => {
    const w = balanceWindow([], [], { days: 7, now, goal: 0 });
    expect(w.promoShare).toBeUndefined();
    expect(w.overGoal).toBe(false);
  });

  it('lays posts out per local day, oldest first, today last', () => {
    const s = daySeries(posts, { days: 30, now });
    expect(s.x).toHaveLength(30);
    expect(s.conversational.at(-1)).toBe(1);
    expect(s.promotional.at(-2)).toBe(1);
    expect(s.broadcast.at(-13)).toBe(1);
    expect(s.promotional.reduce((a, b) => a + b)).toBe(2);
    expect(computeBalance(posts, nudges, { now, goal: 0.2 }).windows.map((w) => w.days)).toEqual([7, 30]);
  });

  it('does not count a draft cancelled at the hold and then posted as dropped (#17.5)', () => {
    const t = at(3);
    const cancelled = [
      { at: t, outcome: 'shown' as const },
      { at: t + 1000, outcome: 'cancelled' as const },
    ];
    const window = (extraPosts: { at: number; kind: 'post' }[], extraNudges: typeof nudges = []) =>
      balanceWindow(extraPosts, [...cancelled, ...extraNudges], { days: 7, now, goal: 0.2 }).nudges;
    // Nothing went out: dropped.
    expect(window([]).cancelled).toBe(1);
    // Posted two minutes later (the second click went through): not dropped.
    expect(window([{ at: t + 120_000, kind: 'post' }]).cancelled).toBe(0);
    // Held again and posted anyway, or revised: not dropped, counted as what happened.
    const again = window([], [{ at: t + 60_000, outcome: 'posted_anyway' }]);
    expect(again).toMatchObject({ cancelled: 0, postedAnyway: 1 });
    expect(window([], [{ at: t + 60_000, outcome: 'revised' }])).toMatchObject({ cancelled: 0, revised: 1 });
    // A post before the cancel, or hours after it, is another post: still dropped.
    expect(window([{ at: t - 60_000, kind: 'post' }]).cancelled).toBe(1);
    expect(window([{ at: t + 3 * 3_600_000, kind: 'post' }]).cancelled).toBe(1);
  });
});
