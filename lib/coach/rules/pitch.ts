import type { Stage } from '@/lib/relationships/stage';
import type { Message, Param } from '../messages';
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
export function coldTargets(p: Prepared): Param[] {
  const cold: Param[] = [];
  if ((p.kind === 'reply' || p.kind === 'dm') && p.ctx.targetStage && COLD.has(p.ctx.targetStage)) {
    cold.push({ key: p.kind === 'dm' ? 'coach_pitch_to_dm' : 'coach_pitch_to_reply' });
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

/** The strongest-enough finding that makes a message to a cold target a pitch by itself. */
export function pitchTrigger(hits: readonly Hit[]): Hit | undefined {
  return hits.find((h) => PITCHY.has(h.rule) && h.weight >= 15);
}

/**
 * A pitch aimed at someone you have not talked with yet: an offer of a service, call, demo, collaboration,
 * job or paid promotion (with or without a link), a promotional link or call to action, or a draft the
 * learned model reads as promotional. Runs after the others.
 */
export function pitchRule(
  p: Prepared,
  hits: Hit[],
  cold: Param[],
  offer: PhraseMatch | undefined,
  learnedPromotional: boolean,
): void {
  const trigger = pitchTrigger(hits);
  if (!offer && !trigger && !learnedPromotional) return;
  const stage = p.ctx.targetStage && COLD.has(p.ctx.targetStage) ? p.ctx.targetStage : 'stranger';
  const where = offer
    ? { span: span(p.text, offer.start, offer.end) }
    : trigger
      ? { span: trigger.span, link: trigger.link }
      : {};
  const what: Message = offer
    ? { key: 'coach_pitch_offer', params: [p.text.slice(offer.start, offer.end).trim()] }
    : { key: 'coach_pitch_plain' };
  const direct = p.kind === 'dm' || p.kind === 'reply';
  hits.push(
    hit(
      'pitch-to-stranger',
      30,
      {
        key: 'coach_pitch',
        params: [
          what,
          { list: cold.slice(0, 3) },
          { key: stage === 'noticed' ? 'coach_stage_noticed' : 'coach_stage_stranger' },
        ],
      },
      { key: direct ? 'coach_pitch_tip_direct' : 'coach_pitch_tip_post' },
      where,
    ),
  );
}
