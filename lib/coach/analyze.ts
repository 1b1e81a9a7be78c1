import { parseTweet } from '../text/twitter-text';
import { LEXICON } from './lexicon';
import { type Hit, type Prepared, prepare, type Rule } from './prepare';
import { baitRule } from './rules/bait';
import { catchyRule } from './rules/catchy';
import { conversationSignals } from './rules/conversation';
import { ctaRule } from './rules/cta';
import { funnelRule, linkInPostRule } from './rules/funnel';
import { broadcastStreakRule, promoRatioRule } from './rules/history';
import { ownDomainRule } from './rules/own-domain';
import { pitchRule } from './rules/pitch';
import { repeatLinkRule } from './rules/repeat-link';
import { stuffingRule } from './rules/stuffing';
import { trackingRule } from './rules/tracking';
import type { CoachContext, Draft, Finding, RuleId, Verdict } from './types';
import { hostIn } from './url';

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

const LINK_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'own-domain',
  'funnel-link',
  'link-hub',
  'hidden-link',
  'affiliate-link',
  'tracking-params',
]);
const LANGUAGE_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'sales-cta',
  'discount',
  'self-announcement',
  'engagement-bait',
  'catchy-title',
]);

/** Selling words next to a link compound: the link is where the pitch leads. */
function comboBonus(p: Prepared, hits: Hit[]): number {
  if (!hits.some((h) => LANGUAGE_RULES.has(h.rule) && h.weight >= 20)) return 0;
  if (hits.some((h) => LINK_RULES.has(h.rule) && h.weight >= 20)) return 15;
  return p.links.some((l) => l.parsed && !hostIn(l.parsed.host, LEXICON.neutralHosts)) ? 10 : 0;
}

const SEVERITY_ORDER = { strong: 0, warn: 1, info: 2 } as const;

/**
 * Classifies a draft as promotional, broadcast or conversational and explains why. Pure and deterministic:
 * no DOM, no I/O, the clock comes from context.now. Cheap enough to run on every (debounced) keystroke.
 */
export function analyze(draft: Draft, context: CoachContext): Verdict {
  const p = prepare(draft, context);
  const disabled = new Set(context.disabledRules ?? []);
  const all: Hit[] = [];
  for (const rule of TEXT_RULES) rule(p, all);
  let hits = all.filter((h) => !disabled.has(h.rule));
  if (!disabled.has('pitch-to-stranger')) pitchRule(p, hits);

  const convo = conversationSignals(p);
  const promo = hits.reduce((s, h) => s + h.weight, 0);
  const draftPromotes = promo > 0;
  if (!disabled.has('broadcast-streak')) broadcastStreakRule(p, hits, convo.any);
  if (!disabled.has('promo-ratio')) promoRatioRule(p, hits, draftPromotes);
  hits = hits.filter((h) => !disabled.has(h.rule));

  const raw = hits.reduce((s, h) => s + h.weight, 0) + comboBonus(p, hits) + convo.weight;
  const score = Math.max(0, Math.min(100, Math.round(raw)));
  const verdict = score >= PROMOTIONAL_THRESHOLD ? 'promotional' : convo.any ? 'conversational' : 'broadcast';

  const findings: Finding[] = hits
    .map(({ weight: _w, ...f }) => f)
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (a.span?.start ?? -1) - (b.span?.start ?? -1),
    );
  return {
    verdict,
    score,
    findings,
    pitch: findings.some((f) => f.rule === 'pitch-to-stranger'),
    weightedLength: parseTweet(draft.text).weightedLength,
  };
}
