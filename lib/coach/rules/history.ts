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
      `${broadcasts} posts in the last day and no replies or conversations.`,
      'Before posting again, reply to two people whose posts you read today.',
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
      `${promo} of your last ${last.length} posts were promotional (${Math.round(ratio * 100)}%; your goal is ${Math.round(goal * 100)}% or less).`,
      "Make the next few posts replies, questions or shares of other people's work.",
    ),
  );
}
