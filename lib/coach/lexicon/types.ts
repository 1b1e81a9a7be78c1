/**
 * A lexicon entry: a regular-expression source (matched case-insensitively unless `caseSensitive`),
 * and the points it adds to the promotion score (negative for conversation signals).
 * Patterns must be linear: no nested quantifiers, bounded gaps only (e.g. `.{0,20}`).
 */
export interface Phrase {
  re: string;
  weight: number;
  caseSensitive?: boolean;
}

export interface Lexicon {
  /** Calls to action that sell or capture ("sign up today", "link in bio", "only 5 spots left"). */
  salesCta: Phrase[];
  /** Discounts and coupons. */
  discount: Phrase[];
  /** Announcing your own product or content. */
  selfAnnouncement: Phrase[];
  /** Engagement bait. */
  bait: Phrase[];
  /** Clickbait headline patterns. */
  catchy: Phrase[];
  /** Conversation signals; weights are negative. */
  thanks: Phrase[];
  invite: Phrase[];
  attribution: Phrase[];
  /** A question that opens with one of these is a sales hook, not a question to a person. */
  rhetoricalQuestion: Phrase[];
  /** Landing-page path segments (lowercase, exact segment match). */
  funnelPathSegments: string[];
  /** Hosts (registrable domain or full host) whose links are storefronts, booking or checkout pages. */
  funnelHosts: string[];
  /** Hosts with a path prefix that is a storefront ("etsy.com/shop", "amazon.com/shop"). */
  funnelHostPaths: string[];
  /** First host label that marks a storefront subdomain ("shop.example.com"). */
  funnelSubdomains: string[];
  /** Top-level domains of storefronts ("example.shop"). */
  funnelTlds: string[];
  /** Hosts whose paths are never landing pages (code hosts, X itself). */
  neutralHosts: string[];
  linkHubs: string[];
  shorteners: string[];
  /** Query parameters that are campaign tracking only. */
  trackingParams: string[];
  trackingParamPrefixes: string[];
  /** Query parameters that carry an affiliate, referral or coupon id. */
  affiliateParams: string[];
  /** Hosts where `ref` is not a referral (e.g. a git ref). */
  refIsNotAffiliate: string[];
}
