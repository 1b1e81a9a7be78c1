export { analyze, PROMOTIONAL_THRESHOLD } from './analyze';
export { RULE_IDS, RULES, type RuleInfo } from './rules';
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
