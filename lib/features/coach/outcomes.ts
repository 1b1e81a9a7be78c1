import type { Verdict } from '@/lib/coach/types';
import type { FeatureContext } from '../types';
import { firedRules } from './hold';

export type NudgeOutcome = 'shown' | 'revised' | 'posted_anyway' | 'cancelled' | 'edited';

/** Records what happened to a nudge (for the balance view): the worst verdict and its rules. */
export function recordOutcome(
  events: FeatureContext['events'],
  outcome: NudgeOutcome,
  verdicts: readonly Verdict[],
) {
  const worst = verdicts.find((v) => v.verdict === 'promotional') ?? verdicts[0];
  if (!worst) return;
  events.push({
    type: 'nudge',
    key: `nudge:${Date.now()}:${outcome}:${Math.random().toString(36).slice(2, 8)}`,
    at: Date.now(),
    outcome,
    verdict: worst.verdict,
    rules: firedRules(verdicts),
  });
}
