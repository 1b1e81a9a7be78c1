import { type Hit, hit, type Prepared } from '../prepare';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Several broadcasts in the last 24 hours and no conversation. Only for drafts that are not conversation. */
export function broadcastStreakRule(p: Prepared, hits: Hit[], draftIsConversation: boolean): void {
  const recent = p.ctx.recentPosts;
  if (!recent || draftIsConversation || (p.kind !== 'post' && p.kind !== 'quote')) return;
  const since = p.ctx.now - DAY_MS;
  let broadcasts = 0;
  for (const r of recent) {
    if (r.at < since || r.at > p.ctx.now) continue;
    if (r.kind === 'reply' || r.kind === 'dm' || r.verdict === 'conversational') return;
    broadcasts++;
  }
  if (broadcasts < 3) return;
  hits.push(
    hit(
      'broadcast-streak',
      10,
      { key: 'coach_streak', params: [String(broadcasts)] },
      { key: 'coach_streak_tip' },
    ),
  );
}

/** More than the goal (default 20%) of your last 20 posts were promotional. Only when this draft promotes too. */
export function promoRatioRule(p: Prepared, hits: Hit[], draftPromotes: boolean): void {
  const recent = p.ctx.recentPosts;
  if (!recent || !draftPromotes) return;
  const goal = p.ctx.promoRatioGoal ?? 0.2;
  const last = recent
    .filter((r) => r.kind !== 'dm' && r.at <= p.ctx.now)
    .sort((a, b) => b.at - a.at)
    .slice(0, 20);
  if (last.length < 5) return;
  const promo = last.filter((r) => r.verdict === 'promotional').length;
  const ratio = promo / last.length;
  if (ratio <= goal) return;
  hits.push(
    hit(
      'promo-ratio',
      10,
      {
        key: 'coach_ratio',
        params: [
          String(promo),
          String(last.length),
          String(Math.round(ratio * 100)),
          String(Math.round(goal * 100)),
        ],
      },
      { key: 'coach_ratio_tip' },
    ),
  );
}
