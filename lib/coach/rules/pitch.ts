import type { Stage } from '@/lib/relationships/stage';
import { type Hit, hit, type PhraseMatch, type Prepared, span } from '../prepare';
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

/** Who the draft reaches that you have not talked with yet: the person replied to or messaged, and mentions. */
export function coldTargets(p: Prepared): string[] {
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
  return cold;
}

/**
 * A pitch aimed at someone you have not talked with yet: an offer of a service, call, demo, collaboration,
 * job or paid promotion (with or without a link), a promotional link or call to action, or a draft the
 * learned model reads as promotional. Runs after the others.
 */
export function pitchRule(
  p: Prepared,
  hits: Hit[],
  cold: string[],
  offer: PhraseMatch | undefined,
  learnedPromotional: boolean,
): void {
  const trigger = hits.find((h) => PITCHY.has(h.rule) && h.weight >= 15);
  if (!offer && !trigger && !learnedPromotional) return;
  const stage = p.ctx.targetStage && COLD.has(p.ctx.targetStage) ? p.ctx.targetStage : 'stranger';
  const where = offer
    ? { span: span(p.text, offer.start, offer.end) }
    : trigger
      ? { span: trigger.span, link: trigger.link }
      : {};
  const what = offer ? `an offer ("${p.text.slice(offer.start, offer.end).trim()}")` : 'a pitch';
  const direct = p.kind === 'dm' || p.kind === 'reply';
  hits.push(
    hit(
      'pitch-to-stranger',
      30,
      `This is ${what} to ${cold.slice(0, 3).join(', ')}, whom you have not talked with yet (${stage}).`,
      direct
        ? 'Not too fast: answer what they said first, and offer your help only if they ask.'
        : 'Not too fast: reply to their post first, and share your link only if they ask.',
      where,
    ),
  );
}
