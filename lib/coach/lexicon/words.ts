import { en } from './en';
import type { Lexicon } from './types';

/**
 * Word boundaries for languages with accented letters: JavaScript's \b (without the u flag) treats "é" as a
 * non-word character, so "lancé\b" would never match at the end of a word.
 */
export const W0 = '(?<![\\wÀ-ÿ])';
export const W1 = '(?![\\wÀ-ÿ])';
/** A whole-word alternation: w('compra', 'reserva') -> (?<!...)(?:compra|reserva)(?!...). */
export const w = (...alts: string[]): string => `${W0}(?:${alts.join('|')})${W1}`;

/** The language-free half of the lexicon (hosts, pages, parameters): the same for every language. */
export const linkLists = (): Pick<
  Lexicon,
  | 'funnelPathSegments'
  | 'funnelHosts'
  | 'funnelHostPaths'
  | 'funnelSubdomains'
  | 'funnelTlds'
  | 'neutralHosts'
  | 'linkHubs'
  | 'shorteners'
  | 'trackingParams'
  | 'trackingParamPrefixes'
  | 'affiliateParams'
  | 'refIsNotAffiliate'
> => ({
  funnelPathSegments: en.funnelPathSegments,
  funnelHosts: en.funnelHosts,
  funnelHostPaths: en.funnelHostPaths,
  funnelSubdomains: en.funnelSubdomains,
  funnelTlds: en.funnelTlds,
  neutralHosts: en.neutralHosts,
  linkHubs: en.linkHubs,
  shorteners: en.shorteners,
  trackingParams: en.trackingParams,
  trackingParamPrefixes: en.trackingParamPrefixes,
  affiliateParams: en.affiliateParams,
  refIsNotAffiliate: en.refIsNotAffiliate,
});
