import type { DraftKind, RuleId, Verdict } from '@/lib/coach/types';
import type { Stage } from '@/lib/relationships/stage';

/** The pill's words when the draft has no single reason to name. */
export const VERDICT_LABEL: Record<Verdict['verdict'], string> = {
  promotional: 'Reads like an ad',
  broadcast: 'Broadcast',
  conversational: 'Conversation',
};

/** The single main reason, short enough for the pill. */
export const RULE_REASON: Record<RuleId, string> = {
  'own-domain': 'Links to your own site',
  'funnel-link': 'Sign-up link',
  'link-hub': 'Link-in-bio page',
  'hidden-link': 'Shortened link',
  'link-in-post': 'Link out',
  'tracking-params': 'Tracking link',
  'affiliate-link': 'Affiliate link',
  'sales-cta': 'Asks people to buy',
  discount: 'Discount offer',
  'self-announcement': 'Announcement',
  'engagement-bait': 'Asks for likes',
  'catchy-title': 'Headline voice',
  'hashtag-stuffing': 'Many hashtags',
  'mention-stuffing': 'Many mentions',
  'same-link': 'Same link again',
  'pitch-to-stranger': 'Pitch to a stranger',
  'promo-language': 'Reads like promotion',
  'broadcast-streak': 'Many broadcasts in a row',
  'promo-ratio': 'Many promos lately',
};

/** Who a draft goes to, as far as the card needs to know. */
export interface Audience {
  kind: DraftKind;
  stage?: Stage;
}

const cold = (stage?: Stage) => stage === undefined || stage === 'stranger' || stage === 'noticed';

/**
 * The card's title for a held pitch to someone who does not know you yet. */
export const STRANGER_TITLE = 'A pitch to a stranger';

/**
 * The card's advice for a pitch to someone who does not know you yet: in a reply, answer what they
 * said; in a chat they never wrote in, start from something of theirs. Undefined for anything else.
 */
export function strangerLead(verdict: Verdict, audience?: Audience): string | undefined {
  if (!verdict.pitch || !audience || !cold(audience.stage)) return undefined;
  if (audience.kind === 'dm')
    return 'They have never written to you. Start with something they posted and ask one question about it; offer only if they ask.';
  if (audience.kind === 'reply')
    return "They don't know you yet. Answer what they said first; offer help only if they ask for it.";
  return 'The people you mention do not know you yet. Start a conversation before the offer.';
}
