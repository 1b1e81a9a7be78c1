export { analyze, PROMOTIONAL_THRESHOLD } from './analyze';
export { RULES, RULE_IDS, type RuleInfo } from './rules';
export type {
  CoachContext,
  Draft,
  DraftKind,
  Finding,
  RecentPost,
  RuleId,
  Severity,
  Span,
  Verdict,
  VerdictKind,
} from './types';
export { normalizeUrl, registrableDomain } from './url';
