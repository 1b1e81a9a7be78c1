import { weightedLength } from './length';
import { explainable, explainLearned } from './model/explain';
import type { Feature } from './model/features';
import { allFeatures, type FeatureParts, featureParts } from './model/features';
import {
  type Bars,
  type Gate,
  type LoadedModel,
  partContributions,
  scoreParts,
  shippedModel,
} from './model/model';
import { type Hit, matchPhrases, prepare, type Rule } from './prepare';
import { baitRule } from './rules/bait';
import { catchyRule } from './rules/catchy';
import { conversationSignals } from './rules/conversation';
import { ctaRule } from './rules/cta';
import { funnelRule, linkInPostRule } from './rules/funnel';
import { broadcastStreakRule, promoRatioRule } from './rules/history';
import { ownDomainRule } from './rules/own-domain';
import { coldTargets, pitchRule, pitchTrigger } from './rules/pitch';
import { repeatLinkRule } from './rules/repeat-link';
import { stuffingRule } from './rules/stuffing';
import { trackingRule } from './rules/tracking';
import type { CoachContext, Draft, Finding, RuleId, Verdict } from './types';

/** Score at or above which a draft is promotional. */
export const PROMOTIONAL_THRESHOLD = 50;

const TEXT_RULES: Rule[] = [
  ownDomainRule,
  funnelRule,
  trackingRule,
  ctaRule,
  baitRule,
  catchyRule,
  stuffingRule,
  repeatLinkRule,
  linkInPostRule,
];

/**
 * Rules that read your history, which the corpus cannot teach: each adds a fixed amount to the log-odds
 * (same-link alone moves a neutral draft most of the way; the ratio and streak only tip a close call).
 */
const HISTORY_LOGIT: Partial<Record<RuleId, number>> = {
  'same-link': 1.2,
  'promo-ratio': 0.4,
  'broadcast-streak': 0.4,
};

const WORDS_THIN: ReadonlySet<string> = new Set(['ja', 'es', 'pt']);

/** What the verdict is decided from: everything but the gate's bars (train.ts chooses those from these). */
export interface VerdictInputs {
  /** The model's probability, history rules included. */
  probability: number;
  /** The hand-weighted rule score (findings and conversation signals), 0..100. */
  rules: number;
  /** A DM or reply to someone at stranger or noticed stage, or a mention of one. */
  cold: boolean;
  /** An offer phrase or a pitchy finding: a pitch to a cold target whatever the model says. */
  offered: boolean;
  /** Japanese, Spanish or Portuguese, whose word lists are shorter. */
  thin: boolean;
  /** A direct message (Gate.dm): never seen on a public timeline. */
  dm: boolean;
}

/** The English bars a draft meets: a DM's own when the gate has them (ja/es/pt keep theirs, Gate.thin). */
export function barsFor(g: Gate, x: VerdictInputs): Bars {
  return x.dm && !x.thin && g.dm ? g.dm : g;
}

/**
 * Whether a cold message without an offer is a learned pitch. The corpus's cold DMs used to go nearly all to
 * strangers, so the model partly learned the stage itself ("See you at the meetup on Thursday?" to a new
 * contact read as a pitch): a learned pitch also needs hand evidence or a confident model.
 */
export function learnedPitch(g: Gate, x: VerdictInputs): boolean {
  const b = barsFor(g, x);
  return (
    x.probability >= 0.5 &&
    (x.rules >= (x.thin ? (g.thin.evidence ?? b.evidence) : b.evidence) ||
      x.probability >= (x.thin ? g.thin.pitch : b.pitch))
  );
}

/**
 * The verdict: the model's, with the hand evidence as a second opinion in the middle. A confident model decides
 * alone, a hesitant one needs some rule weight; real timelines are full of "title - link" shares the written
 * corpus teaches as promotion, and the hand rules know them apart. A pitch always counts.
 */
export function promotionalBy(g: Gate, x: VerdictInputs, pitch: boolean): boolean {
  const p = x.probability;
  const b = barsFor(g, x);
  if (pitch || x.rules >= (x.thin ? (g.thin.rulesAlone ?? g.rules) : b.rules)) return true;
  // Japanese, Spanish and Portuguese drafts meet their own bars only, so the English bars can move with the
  // English cues without moving a verdict in those languages.
  if (x.thin) return p >= g.thin.alone || (p >= g.thin.withRules && x.rules >= g.thin.rules);
  return p >= b.alone || (p >= b.withEvidence && x.rules >= b.evidence);
}

/** The same as analyze() reaches it, from the inputs alone (train.ts searches the gate with this). */
export function decide(g: Gate, x: VerdictInputs): boolean {
  return promotionalBy(g, x, x.cold && (x.offered || learnedPitch(g, x)));
}

/** The hand-weighted rule score of the earlier coach (findings plus conversation signals), 0..100. */
function ruleScore(hits: readonly Hit[], convoWeight: number): number {
  const raw = hits.reduce((s, h) => s + (h.rule === 'pitch-to-stranger' ? 0 : h.weight), 0) + convoWeight;
  return Math.max(0, Math.min(100, raw));
}

/**
 * The finding as a verdict shows it: the hit's fields in their order less its weight, and its strength (in its
 * place, or last). Copied field by field: object spread and rest of findings of many shapes took V8's slow
 * path, the largest share of analyze()'s garbage after the features.
 */
function shown(f: Finding & { weight?: number }, strength: number): Finding {
  const out: Record<string, unknown> = {};
  let placed = false;
  for (const k in f) {
    if (k === 'weight') continue;
    if (k === 'strength') placed = true;
    out[k] = k === 'strength' ? strength : f[k as keyof Finding];
  }
  if (!placed) out.strength = strength;
  return out as unknown as Finding;
}

/** The finding's push toward promotional: its rule's learned weight, else its hand weight. */
function ruleWeights(model: LoadedModel, feats: readonly Feature[]): Map<string, number> {
  const m = new Map<string, number>();
  // weightOfKey(model, [f], f.key) without its array and second hash: f.bucket is bucketOf(f.key).
  for (const f of feats)
    if (f.key.startsWith('s|rule:'))
      m.set(f.key.slice(7), 0 + (model.table[f.bucket & model.mask] as number) * f.value);
  return m;
}

/**
 * Classifies a draft as promotional, broadcast or conversational and explains why. Pure and deterministic:
 * no DOM, no I/O, the clock comes from context.now. The verdict comes from a logistic regression trained on
 * the corpus (lib/coach/model) over the rule hits, structural cues and word and character n-grams; the rules
 * still name what they saw, and a learned verdict names the phrases that weighed most.
 */
export function analyze(draft: Draft, context: CoachContext): Verdict {
  return analyzeWith(shippedModel(), draft, context);
}

function readDraft(draft: Draft, context: CoachContext) {
  const p = prepare(draft, context);
  const disabled = new Set(context.disabledRules ?? []);
  const all: Hit[] = [];
  for (const rule of TEXT_RULES) rule(p, all);
  const hits = all.filter((h) => !disabled.has(h.rule));
  const offers = matchPhrases(p, p.lex.offers, 1).sort((a, b) => a.start - b.start);
  return { p, disabled, hits, offers, parts: featureParts(p, hits, offers.length) };
}

/** The features the model reads for a draft (the trainer uses this, so training and use cannot drift). */
export function draftFeatures(draft: Draft, context: CoachContext): Feature[] {
  return allFeatures(draftParts(draft, context));
}

/** draftFeatures() as analyze() reads them: the word grams and trigrams as buckets (model/features.ts). */
export function draftParts(draft: Draft, context: CoachContext): FeatureParts {
  return readDraft(draft, context).parts;
}

/** The hand-weighted evidence of the rules (0..100) for a draft: the trainer's cross-validation reads it. */
export function handEvidence(draft: Draft, context: CoachContext): number {
  const { p, hits } = readDraft(draft, context);
  return ruleScore(hits, conversationSignals(p).weight);
}

/** The draft read against a model: findings so far, and the inputs of the verdict. */
function readAgainst(model: LoadedModel, draft: Draft, context: CoachContext) {
  const { p, disabled, offers, parts, hits: found } = readDraft(draft, context);
  // The rule weights read the rule features only, the explanation the parts' words too (partContributions).
  const features = parts.feats;
  let hits = found;
  // Japanese, Spanish and Portuguese drafts are read with their own table when the model has one.
  const weights = WORDS_THIN.has(p.lang) && model.thin ? model.thin : model;
  const scored = scoreParts(weights, parts);
  const convo = conversationSignals(p);
  let logit = scored.logit;
  const learnedPromo = scored.probability >= 0.5;
  if (!disabled.has('broadcast-streak')) broadcastStreakRule(p, hits, convo.any);
  if (!disabled.has('promo-ratio')) promoRatioRule(p, hits, learnedPromo || hits.some((h) => h.weight >= 30));
  hits = hits.filter((h) => !disabled.has(h.rule));
  for (const h of hits) logit += HISTORY_LOGIT[h.rule] ?? 0;
  const probability = 1 / (1 + Math.exp(-logit));
  const cold = coldTargets(p);
  const inputs: VerdictInputs = {
    probability,
    rules: ruleScore(hits, convo.weight),
    cold: cold.length > 0 && !disabled.has('pitch-to-stranger'),
    offered: offers.length > 0 || pitchTrigger(hits) !== undefined,
    thin: WORDS_THIN.has(p.lang),
    dm: draft.kind === 'dm',
  };
  return { p, disabled, offers, parts, features, hits, convo, cold, inputs, weights };
}

/** The verdict's inputs for a draft under a model: train.ts chooses the gate from these, out of fold. */
export function verdictInputs(model: LoadedModel, draft: Draft, context: CoachContext): VerdictInputs {
  return readAgainst(model, draft, context).inputs;
}

/** analyze() with a given model: the eval's leave-one-category-out runs use models trained without a category. */
export function analyzeWith(model: LoadedModel, draft: Draft, context: CoachContext): Verdict {
  const { p, disabled, offers, parts, features, hits, convo, cold, inputs, weights } = readAgainst(
    model,
    draft,
    context,
  );
  const gate = model.data.gate;
  const probability = inputs.probability;
  if (inputs.cold) pitchRule(p, hits, cold, offers[0], learnedPitch(gate, inputs));
  const pitch = hits.some((h) => h.rule === 'pitch-to-stranger');
  const rules = inputs.rules;
  const promotionalNow = promotionalBy(gate, inputs, pitch);
  // The score blends the learned probability and the rule score, on the side of 50 the verdict is on.
  const blend = Math.round((probability * 100 + rules) / 2);
  const scoreValue = promotionalNow
    ? Math.max(blend, PROMOTIONAL_THRESHOLD)
    : Math.min(blend, PROMOTIONAL_THRESHOLD - 1);
  const promotional = scoreValue >= PROMOTIONAL_THRESHOLD;
  const verdict = promotional ? 'promotional' : convo.any ? 'conversational' : 'broadcast';

  const learnedWeight = ruleWeights(weights, features);
  const ranked: { f: Finding; strength: number }[] = hits.map((h) => ({
    f: h,
    strength: h.rule === 'pitch-to-stranger' ? 100 : (learnedWeight.get(h.rule) ?? 0) + h.weight / 100,
  }));
  if (promotional && !disabled.has('promo-language')) {
    const learned = explainLearned(p, partContributions(weights, parts, explainable), hits, probability);
    if (learned) ranked.push({ f: learned, strength: learned.strength });
  }
  ranked.sort(
    (a, b) =>
      b.strength - a.strength ||
      (a.f.span?.start ?? -1) - (b.f.span?.start ?? -1) ||
      (a.f.rule < b.f.rule ? -1 : 1),
  );
  const findings = ranked.map((r) => shown(r.f, Math.round(r.strength * 100) / 100));
  const phrases = findings.find((f) => f.rule === 'promo-language')?.phrases;
  return {
    verdict,
    score: scoreValue,
    findings,
    pitch,
    weightedLength: weightedLength(draft.text),
    probability: Math.round(probability * 1000) / 1000,
    ...(phrases && { phrases }),
  };
}
