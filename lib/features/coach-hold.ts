import type { Verdict } from '@/lib/coach/types';
import type { Settings } from '@/lib/settings/settings';

/** Rules that always ask before posting (when holds are on and the rule is on). */
const HOLDING_VERDICT = 'promotional';

/** After this many "post anyway" for a rule, its hold shrinks to the pill (read-before-retweet). */
export const SHRINK_AFTER = 3;

/**
 * Should this Post be held once? Yes for a promotional draft or a pitch to a stranger, unless the
 * user turned holds off, or every rule that fired has been posted-anyway often enough to shrink.
 */
export function shouldHold(verdicts: readonly Verdict[], settings: Settings): boolean {
  if (!settings.holdsEnabled) return false;
  return verdicts.some((v) => {
    if (v.verdict !== HOLDING_VERDICT && !v.pitch) return false;
    const rules = v.findings.map((f) => f.rule);
    return rules.some((rule) => (settings.postedAnyway[rule] ?? 0) < SHRINK_AFTER);
  });
}

/** The rules a held verdict fired, for the outcome records and the shrink counts. */
export const firedRules = (verdicts: readonly Verdict[]) => [
  ...new Set(verdicts.flatMap((v) => v.findings.map((f) => f.rule))),
];
