import type { Stage } from '@/lib/relationships/stage';
import type { Message } from './messages';

export type DraftKind = 'post' | 'reply' | 'quote' | 'dm';
export type VerdictKind = 'promotional' | 'broadcast' | 'conversational';
export type Severity = 'info' | 'warn' | 'strong';

export type RuleId =
  | 'own-domain'
  | 'funnel-link'
  | 'link-hub'
  | 'hidden-link'
  | 'link-in-post'
  | 'tracking-params'
  | 'affiliate-link'
  | 'sales-cta'
  | 'discount'
  | 'self-announcement'
  | 'engagement-bait'
  | 'catchy-title'
  | 'hashtag-stuffing'
  | 'mention-stuffing'
  | 'same-link'
  | 'pitch-to-stranger'
  | 'promo-language'
  | 'broadcast-streak'
  | 'promo-ratio';

export interface Draft {
  text: string;
  kind: DraftKind;
}

export interface RecentPost {
  at: number;
  verdict: VerdictKind;
  links: string[];
  kind: DraftKind;
}

export interface CoachContext {
  /** ms since epoch; the only clock the analyzer reads. */
  now: number;
  /** Your own domains or URL prefixes ("example.com", "youtube.com/@me"). */
  ownDomains?: string[];
  /**
   * The signed-in account's handle (without @) and display name: a link whose path or host carries either
   * ("github.com/<you>/repo", "<you>.substack.com", "x.com/<you>/status/1") is your own work elsewhere.
   */
  ownHandle?: string;
  ownName?: string;
  /** Stage of the person replied to / messaged (reply, dm). */
  targetStage?: Stage;
  /** Lowercased handle (without @) -> stage, for mentions. */
  mentionStages?: Record<string, Stage>;
  recentPosts?: RecentPost[];
  /** Share of promotional posts you aim to stay under (default 0.2). */
  promoRatioGoal?: number;
  /** Rule ids the user turned off. */
  disabledRules?: string[];
}

export interface Span {
  /** UTF-16 indices into draft.text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  span?: Span;
  link?: string;
  /** In English; `i18n` holds the same words as message keys for the interface language. */
  message: string;
  suggestion: string;
  /**
   * The message and suggestion as keys of lib/coach/messages with their parameters (the draft's own words),
   * so the card can show them in the interface language (issue 16 point 3). Always set by analyze().
   */
  i18n?: { message: Message; suggestion: Message };
  /** Optional, added with the learned model: how much this finding pushed the verdict (findings come sorted by it). */
  strength?: number;
  /** Optional: for the learned 'promo-language' finding, the draft's phrases that weighed most. */
  phrases?: string[];
}

export interface Verdict {
  verdict: VerdictKind;
  /** 0..100, the learned model's probability in percent; 50 and above is promotional. */
  score: number;
  findings: Finding[];
  /** True when a pitch-to-stranger finding fired. */
  pitch: boolean;
  /** X's weighted length (t.co links count 23, CJK and emoji count 2). */
  weightedLength: number;
  /** Optional, added with the learned model: its probability that the draft is promotional (0..1). */
  probability?: number;
  /** Optional: the phrases that weighed most toward a promotional verdict. */
  phrases?: string[];
}
