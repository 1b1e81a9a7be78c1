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

/** Word lists the learned model's structural cues read (lowercase single words). */
export interface Cues {
  firstPerson: string[];
  /**
   * Verb endings that say "I" or "we" in languages that drop the pronoun ("lanzamos", "lancei"): a word of at
   * least `minLength` letters with one of these endings counts as first person, unless listed in `except`.
   */
  firstPersonEndings?: { endings: string[]; minLength: number; except: string[] };
  /** First-person possessives ("my", "our"): with a product noun after them, the draft is about your own thing. */
  possessive: string[];
  secondPerson: string[];
  /** Things people sell or publish: "app", "course", "newsletter", "episode", "shirts". */
  productNouns: string[];
  /** Imperative verbs that send people somewhere: "try", "grab", "join", "download". */
  ctaVerbs: string[];
  /**
   * Past-tense verbs of making or publishing ("wrote", "posted", "uploaded", "recorded"): after "I", "we" or
   * "just", with a link, the link is most often the author's own work. Optional: a language without them
   * simply lacks the cue.
   */
  madeVerbs?: string[];
  /**
   * Your own event or opening without a link (issue 12): verbs of taking the stage or a stand ("speaking",
   * "presenting", "exhibiting"), the things people come to ("talk", "booth", "workshop"), verbs that invite
   * people over ("come", "stop", "swing") and words of a job opening ("hiring"). Optional, like madeVerbs.
   */
  stageVerbs?: string[];
  eventNouns?: string[];
  comeVerbs?: string[];
  hiringWords?: string[];
  /**
   * Pitch grammar (issue 12: cold outreach in words the corpus never used), as word classes: hashtags and
   * words that disclose a paid relationship ("#ad", "#gifted", "sponsored", "affiliate"); present-tense verbs
   * of a trade after "I" or "we" ("we build", "I help", "I edit"); verbs a provider offers to do for the reader
   * after "can I", "want me to", "happy to", "I'd love to" ("send", "show", "build"); and words that ask
   * whether the reader is interested ("interested", "open", "exploring"). Optional, like madeVerbs.
   */
  disclosureTags?: string[];
  disclosureWords?: string[];
  tradeVerbs?: string[];
  offerVerbs?: string[];
  interestWords?: string[];
}

export interface Lexicon {
  /**
   * Match the phrase lists on the draft and the patterns with their accents folded (lib/text/fold-accents):
   * for languages people often type without accents (Spanish, Portuguese).
   */
  matchWithoutAccents?: boolean;
  /**
   * The learned model reads this language's words with their accents folded ("voce" and "você" are one word)
   * and counts a verb with a first-person ending as first person ("lancei", "gravamos"): Portuguese, and
   * Spanish since its training drafts doubled (typed without accents as often; out-of-fold Spanish recall
   * 0.923 -> 0.943 at about the same precision when it was switched on, tests/coach-corpus/cv-languages.ts).
   */
  modelReadsFolded?: boolean;
  /** Cues for the learned model (see lib/coach/model). */
  cues: Cues;
  /** Offers of a service, call, demo, collaboration, job or paid promotion (a pitch when sent to a stranger). */
  offers: Phrase[];
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
