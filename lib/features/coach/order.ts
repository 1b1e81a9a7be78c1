import type { Finding, Verdict } from '@/lib/coach/types';

const SEVERITY_RANK: Record<Finding['severity'], number> = { strong: 0, warn: 1, info: 2 };

/** Findings strongest first; equal severities keep the analyzer's order. */
export const strongestFirst = (findings: readonly Finding[]): Finding[] =>
  findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index,
    )
    .map(({ finding }) => finding);

/**
 * A verdict's findings in the order the card shows them, the main reason first: the pitch to a
 * stranger when one fired (it is what makes a cold DM or reply a problem), then strongest first.
 */
export const mainFirst = (verdict: Pick<Verdict, 'findings' | 'pitch'>): Finding[] => {
  const ordered = strongestFirst(verdict.findings);
  if (!verdict.pitch) return ordered;
  return [
    ...ordered.filter((f) => f.rule === 'pitch-to-stranger'),
    ...ordered.filter((f) => f.rule !== 'pitch-to-stranger'),
  ];
};
