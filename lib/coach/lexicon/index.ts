import { foldAccents, foldPatternAccents } from '@/lib/text/fold-accents';
import type { CoachLanguage } from '../language';
import { en } from './en';
import { es } from './es';
import { ja } from './ja';
import { pt } from './pt';
import type { Cues, Lexicon, Phrase } from './types';

export type { Cues, Lexicon, Phrase } from './types';

export interface CompiledPhrase {
  re: RegExp;
  weight: number;
}

export interface CompiledCues {
  firstPerson: ReadonlySet<string>;
  /** A first-person verb by its ending (pro-drop languages), or never. */
  firstPersonVerb: (word: string) => boolean;
  possessive: ReadonlySet<string>;
  secondPerson: ReadonlySet<string>;
  productNouns: ReadonlySet<string>;
  ctaVerbs: ReadonlySet<string>;
  madeVerbs: ReadonlySet<string>;
  stageVerbs: ReadonlySet<string>;
  eventNouns: ReadonlySet<string>;
  comeVerbs: ReadonlySet<string>;
  hiringWords: ReadonlySet<string>;
  disclosureTags: ReadonlySet<string>;
  disclosureWords: ReadonlySet<string>;
  tradeVerbs: ReadonlySet<string>;
  offerVerbs: ReadonlySet<string>;
  interestWords: ReadonlySet<string>;
}

function firstPersonVerb(c: Cues): (word: string) => boolean {
  const e = c.firstPersonEndings;
  if (!e) return () => false;
  const except = new Set(e.except);
  return (word) =>
    word.length >= e.minLength && !except.has(word) && e.endings.some((end) => word.endsWith(end));
}

/**
 * The cue words as a set; for a language whose words the model reads folded (model/features.ts), the folded
 * spellings are the set.
 */
const cueSet = (words: readonly string[], fold: boolean): ReadonlySet<string> =>
  new Set(fold ? words.map(foldAccents) : words);

const compileCues = (c: Cues, fold: boolean): CompiledCues => ({
  firstPerson: cueSet(c.firstPerson, fold),
  firstPersonVerb: firstPersonVerb(c),
  possessive: cueSet(c.possessive, fold),
  secondPerson: cueSet(c.secondPerson, fold),
  productNouns: cueSet(c.productNouns, fold),
  ctaVerbs: cueSet(c.ctaVerbs, fold),
  madeVerbs: cueSet(c.madeVerbs ?? [], fold),
  stageVerbs: cueSet(c.stageVerbs ?? [], fold),
  eventNouns: cueSet(c.eventNouns ?? [], fold),
  comeVerbs: cueSet(c.comeVerbs ?? [], fold),
  hiringWords: cueSet(c.hiringWords ?? [], fold),
  disclosureTags: cueSet(c.disclosureTags ?? [], fold),
  disclosureWords: cueSet(c.disclosureWords ?? [], fold),
  tradeVerbs: cueSet(c.tradeVerbs ?? [], fold),
  offerVerbs: cueSet(c.offerVerbs ?? [], fold),
  interestWords: cueSet(c.interestWords ?? [], fold),
});

export interface CompiledLexicon {
  /** The phrases match the draft with its accents folded (Lexicon.matchWithoutAccents). */
  foldsAccents: boolean;
  /** The model's words are folded and first-person verb endings count (Lexicon.modelReadsFolded). */
  modelReadsFolded: boolean;
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
const compilePhrases = (list: Phrase[], fold = false): CompiledPhrase[] =>
  list.map((p) => ({
    re: new RegExp(fold ? foldPatternAccents(p.re) : p.re, p.caseSensitive ? 'gm' : 'gim'),
    weight: p.weight,
  }));

export function compileLexicon(lex: Lexicon): CompiledLexicon {
  const fold = lex.matchWithoutAccents === true;
  return {
    foldsAccents: fold,
    modelReadsFolded: lex.modelReadsFolded === true,
    cues: compileCues(lex.cues, lex.modelReadsFolded === true),
    offers: compilePhrases(lex.offers, fold),
    salesCta: compilePhrases(lex.salesCta, fold),
    discount: compilePhrases(lex.discount, fold),
    selfAnnouncement: compilePhrases(lex.selfAnnouncement, fold),
    bait: compilePhrases(lex.bait, fold),
    catchy: compilePhrases(lex.catchy, fold),
    thanks: compilePhrases(lex.thanks, fold),
    invite: compilePhrases(lex.invite, fold),
    attribution: compilePhrases(lex.attribution, fold),
    rhetoricalQuestion: compilePhrases(lex.rhetoricalQuestion, fold),
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

/** English, compiled at module load; its link, host and parameter lists are every language's. */
export const LEXICON: CompiledLexicon = compileLexicon(en);

/**
 * For a language the coach has no words for: no phrase families and no word cues, so every finding comes from
 * links, pages, parameters, stuffing and stage. Thanks in many languages still count as conversation.
 */
const other: Lexicon = {
  ...en,
  matchWithoutAccents: false,
  cues: { firstPerson: [], possessive: [], secondPerson: [], productNouns: [], ctaVerbs: [] },
  offers: [],
  salesCta: [],
  discount: [],
  selfAnnouncement: [],
  bait: [],
  catchy: [],
  invite: [],
  attribution: [],
  rhetoricalQuestion: [],
  thanks: en.thanks.slice(-1),
};

const SOURCES: Record<CoachLanguage, Lexicon> = { en, ja, es, pt, other };
const compiled: Partial<Record<CoachLanguage, CompiledLexicon>> = { en: LEXICON };

/** The word lists for a draft's language, compiled on first use. */
export function lexiconFor(lang: CoachLanguage): CompiledLexicon {
  compiled[lang] ??= compileLexicon(SOURCES[lang]);
  return compiled[lang];
}
