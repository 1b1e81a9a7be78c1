import { en } from './en';
import type { Cues, Lexicon, Phrase } from './types';

export type { Cues, Lexicon, Phrase } from './types';

export interface CompiledPhrase {
  re: RegExp;
  weight: number;
}

export interface CompiledCues {
  firstPerson: ReadonlySet<string>;
  possessive: ReadonlySet<string>;
  secondPerson: ReadonlySet<string>;
  productNouns: ReadonlySet<string>;
  ctaVerbs: ReadonlySet<string>;
}

const compileCues = (c: Cues): CompiledCues => ({
  firstPerson: new Set(c.firstPerson),
  possessive: new Set(c.possessive),
  secondPerson: new Set(c.secondPerson),
  productNouns: new Set(c.productNouns),
  ctaVerbs: new Set(c.ctaVerbs),
});

export interface CompiledLexicon {
  cues: CompiledCues;
  offers: CompiledPhrase[];
  salesCta: CompiledPhrase[];
  discount: CompiledPhrase[];
  selfAnnouncement: CompiledPhrase[];
  bait: CompiledPhrase[];
  catchy: CompiledPhrase[];
  thanks: CompiledPhrase[];
  invite: CompiledPhrase[];
  attribution: CompiledPhrase[];
  rhetoricalQuestion: CompiledPhrase[];
  funnelPathSegments: ReadonlySet<string>;
  funnelHosts: readonly string[];
  funnelHostPaths: readonly string[];
  funnelSubdomains: ReadonlySet<string>;
  funnelTlds: ReadonlySet<string>;
  neutralHosts: readonly string[];
  linkHubs: readonly string[];
  shorteners: readonly string[];
  trackingParams: ReadonlySet<string>;
  trackingParamPrefixes: readonly string[];
  affiliateParams: ReadonlySet<string>;
  refIsNotAffiliate: readonly string[];
}

// No `u` flag: case-insensitive Unicode matching is ~15x slower in V8, and the patterns only use ASCII classes
// (emoji appear as literal sequences, never inside [...]).
const compilePhrases = (list: Phrase[]): CompiledPhrase[] =>
  list.map((p) => ({ re: new RegExp(p.re, p.caseSensitive ? 'gm' : 'gim'), weight: p.weight }));

export function compileLexicon(lex: Lexicon): CompiledLexicon {
  return {
    cues: compileCues(lex.cues),
    offers: compilePhrases(lex.offers),
    salesCta: compilePhrases(lex.salesCta),
    discount: compilePhrases(lex.discount),
    selfAnnouncement: compilePhrases(lex.selfAnnouncement),
    bait: compilePhrases(lex.bait),
    catchy: compilePhrases(lex.catchy),
    thanks: compilePhrases(lex.thanks),
    invite: compilePhrases(lex.invite),
    attribution: compilePhrases(lex.attribution),
    rhetoricalQuestion: compilePhrases(lex.rhetoricalQuestion),
    funnelPathSegments: new Set(lex.funnelPathSegments.map((s) => s.toLowerCase())),
    funnelHosts: lex.funnelHosts,
    funnelHostPaths: lex.funnelHostPaths,
    funnelSubdomains: new Set(lex.funnelSubdomains),
    funnelTlds: new Set(lex.funnelTlds),
    neutralHosts: lex.neutralHosts,
    linkHubs: lex.linkHubs,
    shorteners: lex.shorteners,
    trackingParams: new Set(lex.trackingParams.map((s) => s.toLowerCase())),
    trackingParamPrefixes: lex.trackingParamPrefixes,
    affiliateParams: new Set(lex.affiliateParams.map((s) => s.toLowerCase())),
    refIsNotAffiliate: lex.refIsNotAffiliate,
  };
}

/** Compiled once at module load. English only for now. */
export const LEXICON: CompiledLexicon = compileLexicon(en);
