import type { DraftKind, RuleId, Verdict } from '@/lib/coach/types';
import { type MessageKey, t } from '@/lib/i18n/t';
import type { Stage } from '@/lib/relationships/stage';

/** The pill's words when the draft has no single reason to name. */
const VERDICT_KEY: Record<Verdict['verdict'], MessageKey> = {
  promotional: 'verdictPromotional',
  broadcast: 'verdictBroadcast',
  conversational: 'verdictConversational',
};
export const verdictLabel = (verdict: Verdict['verdict']) => t(VERDICT_KEY[verdict]);

/** The single main reason, short enough for the pill. */
const RULE_KEY: Record<RuleId, MessageKey> = {
  'own-domain': 'reasonOwnDomain',
  'funnel-link': 'reasonFunnelLink',
  'link-hub': 'reasonLinkHub',
  'hidden-link': 'reasonHiddenLink',
  'link-in-post': 'reasonLinkInPost',
  'tracking-params': 'reasonTrackingParams',
  'affiliate-link': 'reasonAffiliateLink',
  'sales-cta': 'reasonSalesCta',
  discount: 'reasonDiscount',
  'self-announcement': 'reasonSelfAnnouncement',
  'engagement-bait': 'reasonEngagementBait',
  'catchy-title': 'reasonCatchyTitle',
  'hashtag-stuffing': 'reasonHashtagStuffing',
  'mention-stuffing': 'reasonMentionStuffing',
  'same-link': 'reasonSameLink',
  'pitch-to-stranger': 'reasonPitchToStranger',
  'promo-language': 'reasonPromoLanguage',
  'broadcast-streak': 'reasonBroadcastStreak',
  'promo-ratio': 'reasonPromoRatio',
};
export const ruleReason = (rule: RuleId) => t(RULE_KEY[rule]);

/** Who a draft goes to, as far as the card needs to know. */
export interface Audience {
  kind: DraftKind;
  stage?: Stage;
}

const cold = (stage?: Stage) => stage === undefined || stage === 'stranger' || stage === 'noticed';

/**
 * The card's advice for a pitch to someone who does not know you yet: in a reply, answer what they
 * said; in a chat they never wrote in, start from something of theirs. Undefined for anything else.
 */
export function strangerLead(verdict: Verdict, audience?: Audience): string | undefined {
  if (!verdict.pitch || !audience || !cold(audience.stage)) return undefined;
  if (audience.kind === 'dm') return t('strangerLeadChat');
  if (audience.kind === 'reply') return t('strangerLeadReply');
  return t('strangerLeadMention');
}
