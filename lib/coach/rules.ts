import type { RuleId } from './types';

export interface RuleInfo {
  id: RuleId;
  name: string;
  description: string;
}

/** Every rule the coach knows, in display order, for the options page. */
export const RULES: readonly RuleInfo[] = [
  {
    id: 'own-domain',
    name: 'Link to your own site',
    description:
      'A link to one of your own domains (from settings, your profile website, or links you post often).',
  },
  {
    id: 'funnel-link',
    name: 'Landing-page link',
    description:
      'A link to a sign-up, pricing, checkout, webinar, course, ebook, waitlist or booking page, or to a storefront.',
  },
  {
    id: 'link-hub',
    name: 'Link-in-bio page',
    description: 'A link to a link-in-bio hub such as linktr.ee or beacons.ai.',
  },
  {
    id: 'hidden-link',
    name: 'Shortened link',
    description: 'A shortener (bit.ly, tinyurl, ...) that hides where the link goes.',
  },
  {
    id: 'link-in-post',
    name: 'Link in the main post',
    description:
      'X shows posts with links to fewer people; put the context in the post and the link in a reply.',
  },
  {
    id: 'tracking-params',
    name: 'Tracking parameters',
    description: 'Campaign tracking such as utm_source in a link.',
  },
  {
    id: 'affiliate-link',
    name: 'Affiliate or referral link',
    description: 'Referral, affiliate or coupon parameters (ref, via, aff, tag, coupon) in a link.',
  },
  {
    id: 'sales-cta',
    name: 'Sales call to action',
    description: 'Phrases such as "sign up", "buy now", "limited time", "link in bio", "only 5 spots left".',
  },
  {
    id: 'discount',
    name: 'Discount or coupon',
    description: 'Percent-off offers, coupon codes and crossed-out prices.',
  },
  {
    id: 'self-announcement',
    name: 'Announcing your own thing',
    description:
      '"Just launched", "new video", "my new course": an announcement of your own product or content.',
  },
  {
    id: 'engagement-bait',
    name: 'Engagement bait',
    description: '"Like and RT", "reply X and I\'ll DM you", "follow for more", "tag a friend".',
  },
  {
    id: 'catchy-title',
    name: 'Clickbait headline',
    description: 'Listicles, "the secret to", "you won\'t believe", thread hooks and shouted headlines.',
  },
  { id: 'hashtag-stuffing', name: 'Too many hashtags', description: 'Three or more hashtags in one post.' },
  {
    id: 'mention-stuffing',
    name: 'Too many mentions',
    description: 'Many @mentions in a post that is not a reply.',
  },
  { id: 'same-link', name: 'Same link again', description: 'You posted this link in the last 14 days.' },
  {
    id: 'pitch-to-stranger',
    name: 'Pitch to a stranger',
    description:
      'An offer of a service, call, demo, collaboration, job or paid promotion, or a promotional link, sent to someone you have not talked with yet ("not too fast").',
  },
  {
    id: 'promo-language',
    name: 'Reads like promotion',
    description:
      'The learned model reads the draft as promotion and names the phrases that weighed most ("now available", "grab your copy").',
  },
  {
    id: 'broadcast-streak',
    name: 'Broadcast streak',
    description: 'Several broadcasts today and no conversation.',
  },
  {
    id: 'promo-ratio',
    name: 'Promotion ratio',
    description: 'More of your recent posts are promotional than your goal (20% by default).',
  },
];

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);
