import type { CompiledPhrase } from '../lexicon';
import type { CoachKey } from '../messages';
import { type Hit, hit, matchPhrases, type Prepared } from '../prepare';
import type { RuleId } from '../types';

/** Turns lexicon matches into findings, one per match, capping the family's total weight. */
export function phraseFindings(
  p: Prepared,
  hits: Hit[],
  rule: RuleId,
  phrases: CompiledPhrase[],
  cap: number,
  message: CoachKey,
  suggestion: CoachKey,
): void {
  const matches = matchPhrases(p, phrases).sort((a, b) => a.start - b.start);
  let total = 0;
  const seen: [number, number][] = [];
  for (const m of matches) {
    // Overlapping matches of the same family count once.
    if (seen.some(([s, e]) => m.start < e && m.end > s)) continue;
    seen.push([m.start, m.end]);
    const weight = Math.max(0, Math.min(m.weight, cap - total));
    total += weight;
    const text = p.text.slice(m.start, m.end);
    hits.push(
      hit(
        rule,
        weight,
        { key: message, params: [text.trim()] },
        { key: suggestion },
        { span: { start: m.start, end: m.end, text } },
      ),
    );
    if (hits.length > 200) return;
  }
}
