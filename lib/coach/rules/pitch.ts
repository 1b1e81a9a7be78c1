import type { Stage } from '@/lib/relationships/stage';
import { type Hit, hit, type Prepared } from '../prepare';
import type { RuleId } from '../types';

const COLD: ReadonlySet<Stage> = new Set<Stage>(['stranger', 'noticed']);
const PITCHY: ReadonlySet<RuleId> = new Set<RuleId>([
  'own-domain',
  'funnel-link',
  'link-hub',
  'hidden-link',
  'affiliate-link',
  'tracking-params',
  'sales-cta',
  'discount',
  'self-announcement',
  'engagement-bait',
]);

/** A promotional link or call to action aimed at someone you have not talked with yet. Runs after the others. */
export function pitchRule(p: Prepared, hits: Hit[]): void {
  const cold: string[] = [];
  if ((p.kind === 'reply' || p.kind === 'dm') && p.ctx.targetStage && COLD.has(p.ctx.targetStage)) {
    cold.push(p.kind === 'dm' ? 'the person you are messaging' : 'the person you are replying to');
  }
  const stages = p.ctx.mentionStages;
  if (stages) {
    for (const m of p.mentions) {
      const st = stages[m.value.toLowerCase()];
      if (st && COLD.has(st)) cold.push(`@${m.value}`);
    }
  }
  if (cold.length === 0) return;
  const trigger = hits.find((h) => PITCHY.has(h.rule) && h.weight >= 15);
  if (!trigger) return;
  const stage = p.ctx.targetStage && COLD.has(p.ctx.targetStage) ? p.ctx.targetStage : 'stranger';
  hits.push(
    hit(
      'pitch-to-stranger',
      30,
      `A pitch to ${cold.slice(0, 3).join(', ')}, whom you have not talked with yet (${stage}).`,
      'Not too fast: reply to what they said first, and share your link only if they ask.',
      { span: trigger.span, link: trigger.link },
    ),
  );
}
