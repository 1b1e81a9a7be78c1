import type { RuleId } from '@/lib/coach/types';
import type { MessageKey } from '@/lib/i18n/t';

export interface RuleWords {
  id: RuleId;
  name: MessageKey;
  about: MessageKey;
}

export interface RuleGroup {
  id: 'links' | 'words' | 'relationships' | 'history';
  title: MessageKey;
  /** One sentence: what the rules of this group look at. */
  about: MessageKey;
  rules: readonly RuleWords[];
}

/**
 * The coach's rules as the options page shows them, grouped by what they look at. Only ids and
 * message keys: the options page never loads the analyzer (lib/coach's barrel pulls it all in).
 * A unit test keeps this list equal to lib/coach's RULE_IDS.
 */
export const RULE_GROUPS: readonly RuleGroup[] = [
  {
    id: 'links',
    title: 'rulesLinks',
    about: 'rulesLinksAbout',
    rules: [
      { id: 'own-domain', name: 'ruleOwnDomain', about: 'ruleOwnDomainAbout' },
      { id: 'funnel-link', name: 'ruleFunnelLink', about: 'ruleFunnelLinkAbout' },
      { id: 'link-hub', name: 'ruleLinkHub', about: 'ruleLinkHubAbout' },
      { id: 'hidden-link', name: 'ruleHiddenLink', about: 'ruleHiddenLinkAbout' },
      { id: 'link-in-post', name: 'ruleLinkInPost', about: 'ruleLinkInPostAbout' },
      { id: 'tracking-params', name: 'ruleTrackingParams', about: 'ruleTrackingParamsAbout' },
      { id: 'affiliate-link', name: 'ruleAffiliateLink', about: 'ruleAffiliateLinkAbout' },
    ],
  },
  {
    id: 'words',
    title: 'rulesWords',
    about: 'rulesWordsAbout',
    rules: [
      { id: 'sales-cta', name: 'ruleSalesCta', about: 'ruleSalesCtaAbout' },
      { id: 'discount', name: 'ruleDiscount', about: 'ruleDiscountAbout' },
      { id: 'self-announcement', name: 'ruleSelfAnnouncement', about: 'ruleSelfAnnouncementAbout' },
      { id: 'engagement-bait', name: 'ruleEngagementBait', about: 'ruleEngagementBaitAbout' },
      { id: 'catchy-title', name: 'ruleCatchyTitle', about: 'ruleCatchyTitleAbout' },
      { id: 'hashtag-stuffing', name: 'ruleHashtagStuffing', about: 'ruleHashtagStuffingAbout' },
      { id: 'promo-language', name: 'rulePromoLanguage', about: 'rulePromoLanguageAbout' },
    ],
  },
  {
    id: 'relationships',
    title: 'rulesRelationships',
    about: 'rulesRelationshipsAbout',
    rules: [
      { id: 'pitch-to-stranger', name: 'rulePitchToStranger', about: 'rulePitchToStrangerAbout' },
      { id: 'mention-stuffing', name: 'ruleMentionStuffing', about: 'ruleMentionStuffingAbout' },
    ],
  },
  {
    id: 'history',
    title: 'rulesHistory',
    about: 'rulesHistoryAbout',
    rules: [
      { id: 'same-link', name: 'ruleSameLink', about: 'ruleSameLinkAbout' },
      { id: 'broadcast-streak', name: 'ruleBroadcastStreak', about: 'ruleBroadcastStreakAbout' },
      { id: 'promo-ratio', name: 'rulePromoRatio', about: 'rulePromoRatioAbout' },
    ],
  },
];
