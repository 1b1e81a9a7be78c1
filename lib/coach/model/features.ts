import { FNV1A_SEED, fnv1a, fnv1aMore } from '@/lib/text/fnv1a';
import { foldAccents } from '@/lib/text/fold-accents';
import { LEXICON } from '../lexicon';
import type { Hit, Prepared } from '../prepare';
import { hostIn, isShortCodePath } from '../url';
import { ownNames as namesYouGoBy, ownWorkOf } from './own-work';

/**
 * Turns a prepared draft and its rule hits into the sparse feature vector the learned model reads. Used
 * both by analyze() and by the trainer (tests/coach-corpus/train.ts), so training and use never drift.
 * Every feature is a string key hashed into 2^HASH_BITS buckets; the keys are kept so a verdict can say
 * which words and cues weighed most.
 */
/**
 * Collisions cost nothing measurable here: trained with 2^17 buckets (weights 78 KB gzipped, over issue 12's
 * 50 KB), out of fold read written R 0.829 and real R 0.518 where 2^15 reads 0.832 and 0.554.
 */
export const HASH_BITS = 15;
const MASK = (1 << HASH_BITS) - 1;
/** Word and character n-grams are read from the first MAX_TOKENS words only: the verdict is about the opening. */
const MAX_TOKENS = 300;

export const bucketOf = (key: string): number => fnv1a(key) & MASK;

// The feature hashes continue one FNV-1a state piece by piece (lib/text/fnv1a: the trained weights
// are indexed by its output, which never changes).
const fnvMore = fnv1aMore;
const SEED = FNV1A_SEED;
const W_SEED = fnvMore(SEED, 'w|');
const B_SEED = fnvMore(SEED, 'b|');
const C_SEED = fnvMore(SEED, 'c|');

/** One active feature: its key, value, and where in the draft it came from (word grams only). */
export interface Feature {
  /** Bucket in the weight table: bucketOf(key). */
  bucket: number;
  key: string;
  value: number;
  start?: number;
  end?: number;
}

export interface Token {
  norm: string;
  start: number;
  end: number;
  /** A first-person verb by its ending ("lancei", "lanzamos"), read before accents are folded. */
  firstPersonVerb?: boolean;
}

const CJK = /[\u3040-\u30ff\u4e00-\u9fff]/;
/**
 * The words and signs the model reads are the matches of /[\p{L}\p{N}][\p{L}\p{N}'’_-]*|[$€£¥%!?→👉👇🔗🚀🎉🔥]/gu,
 * found by tokenStart() and tokenEnd() without a match array and a regex run for each (hot path: every word
 * of every keystroke). ASCII is classed by its code; any other code point by LETTER_OR_NUMBER, tested in
 * place (sticky).
 */
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;
const SIGNS: ReadonlySet<number> = new Set(
  Array.from('$€£¥%!?→👉👇🔗🚀🎉🔥', (ch) => ch.codePointAt(0) ?? 0),
);

/** UTF-16 units of the code point at i: 2 for a surrogate pair, else 1. */
function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Whether the code point at i is a letter or a number (\p{L}, \p{N}). */
function isLetterOrNumber(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  LETTER_OR_NUMBER.lastIndex = i;
  return LETTER_OR_NUMBER.test(text);
}

/** Where the next token starts at or after `from` (a code point boundary), or -1. */
export function tokenStart(text: string, from: number): number {
  for (let i = from; i < text.length; i += unitsAt(text, i))
    if (isLetterOrNumber(text, i) || SIGNS.has(text.codePointAt(i) ?? 0)) return i;
  return -1;
}

/** Where the token that tokenStart() found at `start` ends. */
export function tokenEnd(text: string, start: number): number {
  if (!isLetterOrNumber(text, start)) return start + unitsAt(text, start);
  let i = start + unitsAt(text, start);
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 39 && c !== 0x2019 && c !== 95 && c !== 45 && !isLetterOrNumber(text, i)) break;
    i += unitsAt(text, i);
  }
  return i;
}
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const HAS_LETTER = /[a-z]/;
const DIGITS = /\d+/g;

/** "L1NK" -> "link", "b10" -> "bio": digits inside words are read as the letters they stand for. */
function normalizeToken(raw: string): string {
  let t = raw.toLowerCase();
  // Hot path (every word): most words have no curly apostrophe and no digit, and need no replace at all.
  let curly = false;
  let digit = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x2019) curly = true;
    else if (c >= 48 && c <= 57) digit = true;
  }
  if (curly) t = t.replace(/’/g, "'");
  if (!digit) return t;
  if (t.length > 1 && HAS_LETTER.test(t) && /\d/.test(t)) {
    const letters = t.replace(/[^a-z]/g, '').length;
    if (letters >= 1 && t.length - letters <= 2 && !/^v?\d/.test(t) && !/\d$/.test(t.replace(/[a-z]+$/, '')))
      t = t.replace(/[013457]/g, (d) => LEET[d] ?? d);
  }
  return t.replace(DIGITS, '0');
}

function inRange(ranges: [number, number][], i: number): boolean {
  for (const [s, e] of ranges) if (i >= s && i < e) return true;
  return false;
}

/** Words in order, with each link standing as one `<link>` token and each @mention as `<@>`. */
function tokenize(p: Prepared): Token[] {
  const text = p.text;
  const fold = p.lex.modelReadsFolded;
  const firstPersonVerb = p.lex.cues.firstPersonVerb;
  const out: Token[] = [];
  const marks: { at: number; norm: string; end: number }[] = [
    ...p.links.map((l) => ({ at: l.start, end: l.end, norm: '<link>' })),
    ...p.mentions.map((m) => ({ at: m.start, end: m.end, norm: '<@>' })),
  ].sort((a, b) => a.at - b.at);
  const skip: [number, number][] = marks.map((m) => [m.at, m.end]);
  let mi = 0;
  for (
    let start = tokenStart(text, 0), end = 0;
    start >= 0 && out.length < MAX_TOKENS;
    start = tokenStart(text, end)
  ) {
    end = tokenEnd(text, start);
    while (mi < marks.length && (marks[mi]?.at ?? 0) <= start) {
      const mk = marks[mi++];
      if (mk) out.push({ norm: mk.norm, start: mk.at, end: mk.end });
    }
    if (inRange(skip, start)) continue;
    const raw = text.slice(start, end);
    if (p.lang === 'ja' && CJK.test(raw)) {
      // Japanese has no spaces: a run of kana and kanji is read as overlapping two-character pieces.
      const run = raw;
      if (run.length === 1) out.push({ norm: run, start, end: start + 1 });
      for (let i = 0; i + 2 <= run.length && out.length < MAX_TOKENS; i++)
        out.push({ norm: run.slice(i, i + 2).toLowerCase(), start: start + i, end: start + i + 2 });
      continue;
    }
    const norm = normalizeToken(raw);
    // Portuguese is typed with and without accents ("você"/"voce", "lançamos"/"lancamos"): its words are read
    // folded, so both spellings are one word to the model (Lexicon.modelReadsFolded). The verb ending is read first, on
    // the word as typed ("publiqué" ends in "é", "publique" does not).
    if (fold)
      out.push({
        norm: foldAccents(norm),
        start,
        end,
        firstPersonVerb: firstPersonVerb(norm),
      });
    else out.push({ norm, start, end });
  }
  while (mi < marks.length && out.length < MAX_TOKENS) {
    const mk = marks[mi++];
    if (mk) out.push({ norm: mk.norm, start: mk.at, end: mk.end });
  }
  return out;
}

const COLD = new Set(['stranger', 'noticed']);
const CALENDAR_HOSTS = ['calendly.com', 'cal.com', 'savvycal.com', 'zcal.co', 'tidycal.com'];
const CHECKOUT_SEGMENTS = new Set([
  'checkout',
  'cart',
  'buy',
  'order',
  'pricing',
  'plans',
  'product',
  'products',
]);
const SIGNUP_SEGMENTS = new Set([
  'signup',
  'sign-up',
  'register',
  'join',
  'waitlist',
  'beta',
  'early-access',
  'apply',
  'subscribe',
  'rsvp',
  'tickets',
  'events',
]);

/** First host labels that name a kind of site, not a person ("blog.example.com"). */
const GENERIC_LABELS = new Set(['store', 'about', 'links', 'media', 'files', 'static', 'assets', 'images']);

interface OwnSites {
  hosts: readonly string[];
  names: ReadonlySet<string>;
}
let lastDomains: readonly string[] = [];
let lastSites: OwnSites | undefined;

/**
 * Your own hosts, and your name as they spell it ("danaweb" of danaweb.com): a page under that name on another
 * platform (codepen.io/danaweb/..., slides.com/danaweb/...) is yours too. Kept for the last list seen, compared
 * by its contents (hot path: every keystroke brings the same list).
 */
function ownSites(domains: readonly string[]): OwnSites {
  if (lastSites && domains.length === lastDomains.length && domains.every((d, i) => d === lastDomains[i]))
    return lastSites;
  const hosts = domains.map(
    (d) =>
      d
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .split('/')[0] ?? '',
  );
  const names = new Set(
    hosts.map((h) => h.split('.')[0] ?? '').filter((n) => n.length >= 5 && !GENERIC_LABELS.has(n)),
  );
  lastDomains = [...domains];
  lastSites = { hosts, names };
  return lastSites;
}

function linkCues(p: Prepared, add: (key: string, v?: number) => void): void {
  const { hosts: ownHosts, names: ownNames } = ownSites(p.ctx.ownDomains ?? []);
  const myNames = namesYouGoBy(p.ctx);
  let lower: string | undefined;
  for (const l of p.links.slice(0, 5)) {
    const u = l.parsed;
    if (!u) continue;
    const segs = u.path.toLowerCase().split('/').filter(Boolean);
    // The kind of address, not the address: the corpus's domains are made up, so a domain itself would be
    // memorized; the ending (.app, .io, .shop) says "product" in any corpus.
    add(`link:tld:${l.domain.slice(l.domain.lastIndexOf('.') + 1)}`);
    if (hostIn(u.host, LEXICON.shorteners)) add('link:shortener');
    if (hostIn(u.host, LEXICON.linkHubs)) add('link:hub');
    if (hostIn(u.host, CALENDAR_HOSTS)) add('link:calendar');
    if (hostIn(u.host, LEXICON.funnelHosts)) add('link:store-host');
    if (hostIn(u.host, LEXICON.neutralHosts)) add('link:neutral-host');
    for (const s of segs.slice(0, 3)) {
      if (CHECKOUT_SEGMENTS.has(s)) add('link:checkout-page');
      if (SIGNUP_SEGMENTS.has(s)) add('link:signup-page');
      if (s.startsWith('@')) add('link:profile-page');
    }
    const firstSeg = (segs[0] ?? '').replace(/^@/, '');
    if (
      firstSeg &&
      ownNames.has(firstSeg) &&
      !ownHosts.some((h) => h && (u.host === h || u.host.endsWith(`.${h}`)))
    )
      add('link:own-name-path');
    // Your own post, repo, channel or page on another platform, by your handle or display name.
    const ownWork = ownWorkOf(u, myNames);
    if (ownWork) add(`link:${ownWork}`);
    if (ownHosts.some((h) => h && (u.host === h || u.host.endsWith(`.${h}`))))
      // A short code on your own domain is your own shortener: it hides whose page it opens.
      add(isShortCodePath(u.path) ? 'link:own-shortener' : 'link:own-domain');
    // A product named in the text that is also the link's name ("Tallybird ... tallybird.app"): your own thing.
    const label = l.domain.split('.')[0] ?? '';
    if (label.length >= 4 && !hostIn(u.host, LEXICON.neutralHosts)) {
      lower ??= p.text.toLowerCase();
      if (isTextWord(lower, label)) add('link:brand-named');
    }
  }
}

/**
 * Whether `word` is one of the first 400 words of `lower` (the draft lowercased), each read as the regex
 * /[a-z][a-z0-9-]{3,}/g would match it and with its hyphens dropped ("tally-bird" is "tallybird"). Hot path
 * (a link per draft): a scan by char codes instead of building the set of the draft's words.
 */
export function isTextWord(lower: string, word: string): boolean {
  const n = lower.length;
  let words = 0;
  let i = 0;
  while (i < n && words < 400) {
    const c = lower.charCodeAt(i);
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    let end = i + 1;
    for (
      let d = lower.charCodeAt(end);
      end < n && ((d >= 97 && d <= 122) || (d >= 48 && d <= 57) || d === 45);
    )
      d = lower.charCodeAt(++end);
    // A run shorter than four is no match, from here or from any later letter inside it.
    if (end - i >= 4) {
      words++;
      let k = 0;
      let same = true;
      for (let j = i; j < end && same; j++) {
        const d = lower.charCodeAt(j);
        if (d !== 45) same = word.charCodeAt(k++) === d;
      }
      if (same && k === word.length) return true;
    }
    i = end;
  }
  return false;
}

/**
 * The sparse features of a draft. Values: rule hits and cues are 1 (or a small count); word and character
 * n-gram blocks are each scaled to unit length so long drafts do not shout.
 */
export function featurize(p: Prepared, hits: readonly Hit[], offerHits: number): Feature[] {
  return allFeatures(featureParts(p, hits, offerHits));
}

/**
 * featurize()'s features with the word grams and character trigrams apart, as their buckets (each kind has
 * one value): analyze() scores them without an object for each of the hundreds a draft has (hot path).
 */
export interface FeatureParts {
  /** The rule, cue and link features (keys "s|..."): featurize()'s list starts with these. */
  feats: Feature[];
  /** The tokens the word grams are read from. */
  tokens: readonly Token[];
  /** Then the word grams: for token i the bucket of its word at 2i and of its pair with the next at 2i + 1. */
  words: readonly number[];
  wordValue: number;
  /** Last the character trigrams (key "c"). */
  trigrams: readonly number[];
  trigramValue: number;
}

/** featurize()'s list from its parts, in its order. */
export function allFeatures(parts: FeatureParts): Feature[] {
  const feats = [...parts.feats];
  for (let j = 0; j < parts.words.length; j++) feats.push(wordFeature(parts, j));
  for (const bucket of parts.trigrams) feats.push({ bucket, key: 'c', value: parts.trigramValue });
  return feats;
}

/** FNV-1a of "c|" + ` ${norm} `.slice(i, i + 3), the padded string never built (hot path: every trigram). */
function trigramHash(norm: string, i: number): number {
  let h = C_SEED;
  const last = norm.length + 1;
  for (let k = i; k < i + 3; k++) {
    h ^= k === 0 || k === last ? 32 : norm.charCodeAt(k - 1);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

export function featureParts(p: Prepared, hits: readonly Hit[], offerHits: number): FeatureParts {
  const feats: Feature[] = [];
  const add = (key: string, value = 1) => {
    const k = `s|${key}`;
    feats.push({ bucket: bucketOf(k), key: k, value });
  };
  add('bias');
  // One weight a kind. Tried (issue 12): every cue again as "<kind>&cue", so a reply's cues weigh apart from a
  // post's; out of fold written R 0.822 -> 0.790 and real R 0.554 -> 0.429: more weights to fit, no better ones.
  add(`kind:${p.kind}`);
  // Also tried: the words as their cue classes two and three at a time ("I TRADE _", "MY PN <link>"): out of
  // fold 7 more of 2,210 written promotional rows caught and 2 fewer real ones; and a provider or offer said in
  // a reply or DM without "you" (pitchCues): out of fold 2 fewer caught, the written replies unchanged.
  if (p.lang !== 'en') add(`lang:${p.lang}`);
  const stage = p.ctx.targetStage;
  const cold = (p.kind === 'dm' || p.kind === 'reply') && stage !== undefined && COLD.has(stage);
  if (stage && (p.kind === 'dm' || p.kind === 'reply')) add(cold ? `to-cold:${p.kind}` : `to-warm:${p.kind}`);

  const ruleSeen = new Set<string>();
  for (const h of hits) {
    // Advice-only rules (no weight, such as link-in-post) say nothing about promotion.
    if (ruleSeen.has(h.rule) || h.weight === 0) continue;
    ruleSeen.add(h.rule);
    add(`rule:${h.rule}`);
  }
  // A post or quote that opens on a mention (or "hey @x") is addressed to one person.
  const lead = p.mentions[0];
  const addressed =
    (p.kind === 'post' || p.kind === 'quote') &&
    lead !== undefined &&
    /^\W{0,3}(?:\w+\W{1,3})?$/.test(p.text.slice(0, lead.start));
  if (addressed) add('addressed-post');
  if (offerHits > 0) {
    add('offer');
    if (cold) add('offer-to-cold');
    if (addressed) add('offer-addressed');
    if (offerHits > 1) add('offers:2+');
  }
  linkCues(p, add);

  // A language without word lists is read by its links, rules and stage only: no word or character n-grams,
  // so no English word can weigh on it.
  const tokens = p.lang === 'other' ? [] : tokenize(p);
  const cues = p.lex.cues;
  let first = 0;
  let second = 0;
  let question = 0;
  let ownProduct = false;
  let ctaBeforeLink = false;
  let madeOwn = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]?.norm ?? '';
    const ownVerb = tokens[i]?.firstPersonVerb === true;
    if (cues.firstPerson.has(t) || ownVerb) first++;
    if (cues.secondPerson.has(t)) second++;
    if (t === '?') question++;
    if (!ownProduct && cues.possessive.has(t)) {
      for (let j = i + 1; j <= i + 3 && j < tokens.length; j++)
        if (cues.productNouns.has(tokens[j]?.norm ?? '')) ownProduct = true;
    }
    // "I wrote", "we just posted", "just uploaded", or a post that opens on the verb ("Wrote up my notes").
    // A made-verb that says who by its own ending ("gravei", "lançámos") needs no pronoun before it.
    if (!madeOwn && ownVerb && cues.madeVerbs.has(t)) madeOwn = true;
    if (!madeOwn && (cues.madeVerbs.has(t) || t.endsWith('blogged'))) {
      for (let j = Math.max(0, i - 2); j <= i; j++) {
        const b = tokens[j]?.norm ?? '';
        if (j === i ? i === 0 : cues.firstPerson.has(b) || b === 'just') madeOwn = true;
      }
    }
    if (!ctaBeforeLink && t === '<link>') {
      for (let j = Math.max(0, i - 6); j < i; j++)
        if (cues.ctaVerbs.has(tokens[j]?.norm ?? '')) ctaBeforeLink = true;
    }
  }
  if (first > 0) add(first >= 3 ? 'first-person:3+' : 'first-person');
  if (second > 0) add(second >= 3 ? 'second-person:3+' : 'second-person');
  if (cold && second > 0) add('cold-you');
  if (question > 0) add(p.kind === 'post' || p.kind === 'quote' ? 'question:broadcast' : 'question:directed');
  const last = tokens.at(-1)?.norm;
  if (last === '?') add('ends-with-question');
  if (ownProduct) add('own-product');
  if (madeOwn) add(p.links.length > 0 ? 'made-own+link' : 'made-own');
  if (ctaBeforeLink) add('cta-before-link');
  eventCues(tokens, cues, add);
  pitchCues(tokens, p, second > 0, add);
  shapeCues(tokens, p, first > 0, add);
  const opener = firstNonMention(tokens);
  if (opener && cues.ctaVerbs.has(opener.norm)) add('starts-imperative');

  // Word unigrams and bigrams, with their spans for the explanation: their buckets here, hashed piece by piece;
  // the features themselves (and their key strings) only when asked for (wordFeature()).
  const nWords = tokens.length * 2 - (tokens.length > 0 ? 1 : 0);
  const w = nWords > 0 ? 1 / Math.sqrt(nWords) : 0;
  // Plain arrays, written in full: faster to make than typed arrays this small.
  const words: number[] = new Array(nWords);
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as Token;
    words[2 * i] = (fnvMore(W_SEED, a.norm) >>> 0) & MASK;
    const b = tokens[i + 1];
    if (b) words[2 * i + 1] = (fnvMore(fnvMore(fnvMore(B_SEED, a.norm), ' '), b.norm) >>> 0) & MASK;
  }
  // Character trigrams inside words: spelling variants and typos share most of them. A word has as many
  // trigrams (of itself padded with a space each side) as letters.
  let nChars = 0;
  for (const t of tokens) if (t.norm.length >= 3 && !t.norm.startsWith('<')) nChars += t.norm.length;
  const c = nChars > 0 ? 0.5 / Math.sqrt(nChars) : 0;
  const trigrams: number[] = new Array(nChars);
  let n = 0;
  for (const t of tokens) {
    if (t.norm.length < 3 || t.norm.startsWith('<')) continue;
    // The trigrams of ` ${t.norm} `.
    for (let i = 0; i + 3 <= t.norm.length + 2; i++) trigrams[n++] = (trigramHash(t.norm, i) >>> 0) & MASK;
  }
  return { feats, tokens, words, wordValue: w, trigrams, trigramValue: c };
}

/**
 * Word feature j of featureParts() (j = 2i: the word of token i; j = 2i + 1: the pair it starts), with the
 * weight the model gives it: the feature featurize() lists in its place.
 */
export function wordFeature(parts: FeatureParts, j: number): Feature {
  const a = parts.tokens[j >> 1] as Token;
  if ((j & 1) === 0)
    return {
      bucket: parts.words[j] as number,
      key: `w|${a.norm}`,
      value: parts.wordValue,
      start: a.start,
      end: a.end,
    };
  const b = parts.tokens[(j >> 1) + 1] as Token;
  return {
    bucket: parts.words[j] as number,
    key: `b|${a.norm} ${b.norm}`,
    value: parts.wordValue,
    start: a.start,
    end: b.end,
  };
}

/**
 * The word at j, or '' past either end: the cue readers look a few words around each. Module functions, not
 * closures made per draft (hot path; tsx also wraps each closure it makes in a naming call).
 */
const at = (tokens: readonly Token[], j: number): string => tokens[j]?.norm ?? '';

/** Whether a word of tokens[from, from + n) (clipped to the draft) is in `set`. */
function anyIn(tokens: readonly Token[], set: ReadonlySet<string>, from: number, n: number): boolean {
  for (let j = Math.max(0, from); j < from + n && j < tokens.length; j++)
    if (set.has(at(tokens, j))) return true;
  return false;
}

/** The first token that is not a mention. */
function firstNonMention(tokens: readonly Token[]): Token | undefined {
  for (const t of tokens) if (t.norm !== '<@>') return t;
  return undefined;
}

const HIRED_FOR = new Set(['role', 'roles', 'position', 'positions', 'opening', 'openings', 'reqs']);
const NEAR = 3;

/**
 * Your own event or opening, link or not (issue 12): "I'm speaking at", "we're giving a workshop", "our
 * booth", "stop by booth 0" (numbers read as 0), "come see us", "we're hiring", "join our team", "open
 * roles". Cues over word classes rather than phrases, so "we'll be exhibiting" and "I'm presenting" share
 * one weight with the phrasings the corpus has.
 */
function eventCues(
  tokens: readonly Token[],
  cues: Prepared['lex']['cues'],
  add: (key: string) => void,
): void {
  if (cues.eventNouns.size === 0) return;
  let ownEvent = false;
  let come = false;
  let hiring = false;
  const firstBefore = (i: number) => anyIn(tokens, cues.firstPerson, i - NEAR, NEAR);
  const nounAfter = (i: number, n = NEAR) => anyIn(tokens, cues.eventNouns, i + 1, n);
  for (let i = 0; i < tokens.length; i++) {
    const t = at(tokens, i);
    // "I'm speaking", "we'll be presenting", "I'm giving a talk" (a weak verb needs the event after it).
    if (cues.stageVerbs.has(t) && firstBefore(i)) {
      const strong = t === 'speaking' || t === 'presenting' || t === 'exhibiting' || t === 'keynoting';
      if (strong || nounAfter(i)) ownEvent = true;
    }
    // "my talk", "our booth", "our workshop".
    if (cues.possessive.has(t) && nounAfter(i, 2)) ownEvent = true;
    // "booth 12", "stand B4".
    if ((t === 'booth' || t === 'stand') && /^[a-z]?0[a-z]?$/.test(at(tokens, i + 1))) ownEvent = true;
    // "come see us", "stop by", "swing by our booth", "join us at".
    if (cues.comeVerbs.has(t)) {
      for (let j = i + 1; j <= i + 2 && j < tokens.length; j++) {
        const u = at(tokens, j);
        if (u === 'us' || u === 'by' || cues.eventNouns.has(u)) come = true;
      }
    }
    // "we're hiring", "our team is hiring", "join our team", "open roles".
    if (cues.hiringWords.has(t) && firstBefore(i)) hiring = true;
    if (t === 'join' && cues.possessive.has(at(tokens, i + 1)) && at(tokens, i + 2) === 'team') hiring = true;
    if (t === 'open' && HIRED_FOR.has(at(tokens, i + 1))) hiring = true;
  }
  if (ownEvent) add(come ? 'own-event+come' : 'own-event');
  else if (come) add('come-see-us');
  if (hiring) add('hiring');
}

const SUBJECTS = new Set(['i', 'we']);
const BE_A = new Set(['a', 'an']);
const MODALS = new Set(['can', 'could', 'may', 'shall']);
const GLAD = new Set(['happy', 'glad', 'able', 'free']);
const LOVE_TO = new Set(["i'd", 'id', "we'd", 'would']);
const WANT = new Set(['want', 'wanna', 'like']);
const ASKERS = new Set(['you', 'u', 'ya', 'people', 'folks', 'many', 'few', 'someone', 'somebody', 'lot']);
const CASHTAG = /(?:^|[\s(])\$[A-Za-z][A-Za-z0-9]{1,9}\b/;

/**
 * The grammar of a pitch rather than its phrases (issue 12: cold outreach in words the corpus never used),
 * each a cue whose weight the model learns, so a category it has never seen still meets them:
 * - `disclosure`: a paid relationship disclosed ("#ad", "#gifted", "sponsored by", "(affiliate)", "ad:" first);
 * - `provider+you`: you as a provider of a trade ("we build", "I help", "I'm a ...") with the reader addressed;
 * - `offer-to-do+you`: an offer to do something ("can I send", "want me to mock up", "happy to show", "I'd love
 *   to feature", "I can build") with the reader addressed;
 * - `interest-ask`: a question whether the reader is interested ("interested?", "open to a chat?", "want in?");
 * - `cashtag` ($TICKER), which no word list spells in full.
 * Tried and left out: a price ("$299/mo") and a sentence that opens on a call to action ("... Buy $X now"):
 * real timelines are full of news about money and of "Check out this ..." shares of other people's work, and
 * both raised the speak-up rate on real tweets (4.3% where it was 3.8%).
 * Answering a request ("you asked", "thanks for asking") is read too, by kind (`asked:directed` for replies and
 * DMs, `asked:broadcast` otherwise): a reply that names your product because someone asked is conversation.
 */
function pitchCues(tokens: readonly Token[], p: Prepared, second: boolean, add: (key: string) => void): void {
  const cues = p.lex.cues;
  if (cues.tradeVerbs.size === 0) return;
  const verbNear = (from: number, n: number) => anyIn(tokens, cues.offerVerbs, from, n);
  let disclosure = false;
  for (const h of p.hashtags) if (cues.disclosureTags.has(h.value.toLowerCase())) disclosure = true;
  let provider = false;
  let offer = false;
  let interest = false;
  let asked = false;
  const opener = tokens[0];
  // "ad: ...", "AD | ...", "Ad — ...": the disclosure opens the post.
  if (opener?.norm === 'ad' && /^\s*[:|—–\-\]]/.test(p.text.slice(opener.end))) disclosure = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = at(tokens, i);
    if (!disclosure && cues.disclosureWords.has(t)) disclosure = true;
    if (
      !disclosure &&
      t === 'paid' &&
      /^(?:post|partnership|promo|promotion|ad|collab)/.test(at(tokens, i + 1))
    )
      disclosure = true;
    if (!disclosure && t === 'brought' && at(tokens, i + 1) === 'to' && at(tokens, i + 2) === 'you')
      disclosure = true;
    if (!provider) {
      // "we build", "I mostly edit", "I'm a ...", "we're an ...", "I am a ...", "we are a team of ...".
      if (
        SUBJECTS.has(t) &&
        (cues.tradeVerbs.has(at(tokens, i + 1)) || cues.tradeVerbs.has(at(tokens, i + 2)))
      )
        provider = at(tokens, i + 1) !== 'to' && at(tokens, i + 1) !== "don't";
      if ((t === "i'm" || t === 'im' || t === "we're") && BE_A.has(at(tokens, i + 1))) provider = true;
      if (
        SUBJECTS.has(t) &&
        (at(tokens, i + 1) === 'am' || at(tokens, i + 1) === 'are') &&
        BE_A.has(at(tokens, i + 2))
      )
        provider = true;
    }
    if (!offer) {
      if (MODALS.has(t) && SUBJECTS.has(at(tokens, i + 1)) && verbNear(i + 2, 2)) offer = true;
      else if (
        SUBJECTS.has(t) &&
        (at(tokens, i + 1) === 'can' || at(tokens, i + 1) === 'could') &&
        verbNear(i + 2, 2)
      )
        offer = true;
      else if (
        WANT.has(t) &&
        (at(tokens, i + 1) === 'me' || at(tokens, i + 1) === 'us') &&
        at(tokens, i + 2) === 'to'
      )
        offer = true;
      else if (GLAD.has(t) && at(tokens, i + 1) === 'to' && verbNear(i + 2, 1)) offer = true;
      else if (
        LOVE_TO.has(t) &&
        at(tokens, i + 1) === 'love' &&
        at(tokens, i + 2) === 'to' &&
        verbNear(i + 3, 1)
      )
        offer = true;
    }
    if (!interest) {
      // "would you be interested?", "are you open to a call?", or a bare "Interested?" / "worth exploring?"
      // ("is the library open on Sundays?" asks about something else).
      if (cues.interestWords.has(t)) {
        let you = false;
        for (let j = Math.max(0, i - 3); j < i; j++) if (cues.secondPerson.has(at(tokens, j))) you = true;
        const reach = you ? 8 : t === 'open' ? 0 : 2;
        for (let j = i + 1; j <= i + reach && j < tokens.length; j++)
          if (at(tokens, j) === '?') interest = true;
      }
      if (WANT.has(t) && at(tokens, i + 1) === 'in' && at(tokens, i + 2) === '?') interest = true;
    }
    if (!asked && (t === 'asked' || t === 'asking')) {
      for (let j = Math.max(0, i - 3); j < i; j++)
        if (ASKERS.has(at(tokens, j)) || at(tokens, j) === 'for') asked = true;
      if (
        t === 'asked' &&
        (at(tokens, i + 1) === 'me' || at(tokens, i + 1) === 'for' || at(tokens, i + 1) === 'about')
      )
        asked = true;
    }
  }
  if (disclosure) add('disclosure');
  // Only said to the reader: "I'm a big fan" and "we run into this" in a post to everyone are chat.
  if (provider && second) add('provider+you');
  if (offer && second) add('offer-to-do+you');
  if (interest) add('interest-ask');
  if (asked) add(p.kind === 'reply' || p.kind === 'dm' ? 'asked:directed' : 'asked:broadcast');
  if (CASHTAG.test(p.text)) add('cashtag');
}

const LETTER = /\p{L}/u;

/** LETTER.test(word), with ASCII read by its codes (hot path: every word). */
function hasLetter(word: string): boolean {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) ascii = false;
  }
  return !ascii && LETTER.test(word);
}
const ATTRIBUTION = new Set(['via', 'by', 'rt', 'cc', 'from', 'ht']);
const QUOTED_TITLE = /["“«][^"”»]{8,}["”»]/;

/**
 * Where the link sits and whose it is: a timeline is full of "Title - link via @someone" shares of other
 * people's work, which read like "Title - link" promotion of your own, so the shape of the draft and its
 * attribution are cues the model weighs against the words.
 */
function shapeCues(
  tokens: readonly Token[],
  p: Prepared,
  firstPerson: boolean,
  add: (key: string) => void,
): void {
  let words = 0;
  for (const t of tokens) if (!t.norm.startsWith('<') && hasLetter(t.norm)) words++;
  add(words <= 3 ? 'words:0-3' : words <= 12 ? 'words:4-12' : words <= 40 ? 'words:13-40' : 'words:41+');
  if (p.links.length === 0) return;
  if (p.links.length >= 2) add('links:2+');
  const firstTok = firstNonMention(tokens);
  if (firstTok?.norm === '<link>') add('link:first');
  let last = tokens.length - 1;
  while (last >= 0 && (tokens[last]?.norm === '<@>' || tokens[last]?.norm.length === 1)) last--;
  if (tokens[last]?.norm === '<link>') add('link:last');
  if (words <= 3) add('link:bare');
  add(firstPerson ? 'link+first-person' : 'link-no-first-person');
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (ATTRIBUTION.has(tokens[i]?.norm ?? '') && tokens[i + 1]?.norm === '<@>') {
      add('attributed');
      break;
    }
  }
  if (QUOTED_TITLE.test(p.text)) add('quoted-title');
  if (p.hashtags.length > 0) add(p.hashtags.length >= 3 ? 'hashtags:3+' : 'hashtags:1-2');
}

/** Collapses features into buckets (summing values): the vector the model multiplies. */
export function toSparse(feats: readonly Feature[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const f of feats) m.set(f.bucket, (m.get(f.bucket) ?? 0) + f.value);
  return m;
}
