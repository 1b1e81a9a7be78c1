import { foldAccents } from '@/lib/text/fold-accents';
import { HANDLE_SOURCE } from '@/lib/text/handle';
import {
  extractHashtagsOutsideUrls,
  extractMentionsWithIndices,
  extractUrlsWithIndices,
} from '../text/twitter-text';
import { type CoachLanguage, detectLanguage } from './language';
import { type CompiledLexicon, type CompiledPhrase, lexiconFor } from './lexicon';
import { english, type Message } from './messages';
import type { CoachContext, Draft, Finding, RuleId, Severity, Span } from './types';
import { domainOfHost, normalizeParsed, type ParsedUrl, parseUrl } from './url';

export interface LinkInfo {
  raw: string;
  start: number;
  end: number;
  parsed: ParsedUrl | null;
  normalized: string;
  /** Registrable domain, or the host when there is none. */
  domain: string;
}

export interface EntityRef {
  /** Without the @ or #, as typed. */
  value: string;
  start: number;
  end: number;
}

/** The draft parsed once; every rule reads from this. */
export interface Prepared {
  text: string;
  kind: Draft['kind'];
  ctx: CoachContext;
  links: LinkInfo[];
  mentions: EntityRef[];
  /** Mentions after the leading "@a @b" block of a reply. */
  bodyMentions: EntityRef[];
  hashtags: EntityRef[];
  /** Sorted [start, end) ranges of links, so phrase matches inside URLs are ignored. */
  linkRanges: [number, number][];
  /** The draft's language, detected per draft; `lex` holds its word lists (none for 'other'). */
  lang: CoachLanguage;
  lex: CompiledLexicon;
  /** The text the phrase lists match: the draft, accents folded when the lexicon says so (same offsets). */
  phraseText: string;
}

/** A finding plus the points it adds to the score. */
export interface Hit extends Finding {
  weight: number;
}

export type Rule = (p: Prepared, hits: Hit[]) => void;

const HAS_AT = /[@＠]/;
const HAS_HASH = /[#＃]/;
const LEADING_MENTIONS = new RegExp(`^(?:\\s*[@＠]${HANDLE_SOURCE})+`);

/**
 * How much of a draft the coach reads. A promotional draft shows itself in its opening (a 25,000-character
 * post is read by its first screenful, like a person would), and every rule, link parse and n-gram is linear
 * in the text: reading the opening only keeps a keystroke under a millisecond at any length. The cut falls on
 * a space, so no link or word is split; spans stay offsets into the full draft.
 */
export const READ_CHARS = 2000;

/** The opening of a long draft that the coach reads (the whole draft when it is short). */
export function readablePart(text: string): string {
  if (text.length <= READ_CHARS) return text;
  const cut = text.lastIndexOf(' ', READ_CHARS);
  return text.slice(0, cut > READ_CHARS / 2 ? cut : READ_CHARS);
}

export function prepare(draft: Draft, ctx: CoachContext): Prepared {
  const text = readablePart(draft.text);
  const lang = detectLanguage(text);
  // twitter-text's extract* functions work on JS strings, so indices are UTF-16 offsets (checked in tests).
  // Cheap gates: skip an extractor when its trigger character is absent.
  const urls = !text.includes('.') ? [] : extractUrlsWithIndices(text);
  const links: LinkInfo[] = urls.map((u) => {
    const [start, end] = u.indices;
    const parsed = parseUrl(u.url);
    return {
      raw: u.url,
      start,
      end,
      parsed,
      normalized: parsed ? normalizeParsed(parsed) : u.url,
      domain: parsed ? domainOfHost(parsed.host) : '',
    };
  });
  const mentions: EntityRef[] = !HAS_AT.test(text)
    ? []
    : extractMentionsWithIndices(text).map((m) => ({
        value: m.screenName,
        start: m.indices[0],
        end: m.indices[1],
      }));
  const hashtags: EntityRef[] = !HAS_HASH.test(text)
    ? []
    : extractHashtagsOutsideUrls(text, urls).map((h) => ({
        value: h.hashtag,
        start: h.indices[0],
        end: h.indices[1],
      }));
  let bodyMentions = mentions;
  if (draft.kind === 'reply') {
    const lead = LEADING_MENTIONS.exec(text);
    const leadEnd = lead ? lead[0].length : 0;
    bodyMentions = mentions.filter((m) => m.start >= leadEnd);
  }
  return {
    text,
    kind: draft.kind,
    ctx,
    links,
    mentions,
    bodyMentions,
    hashtags,
    linkRanges: links.map((l) => [l.start, l.end]),
    lang,
    lex: lexiconFor(lang),
    phraseText: lexiconFor(lang).foldsAccents ? foldAccents(text) : text,
  };
}

export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

export function severityFor(weight: number): Severity {
  return weight >= 40 ? 'strong' : weight >= 20 ? 'warn' : 'info';
}

export function hit(
  rule: RuleId,
  weight: number,
  message: Message,
  suggestion: Message,
  extra?: Partial<Hit>,
): Hit {
  return {
    rule,
    severity: severityFor(weight),
    message: english(message),
    suggestion: english(suggestion),
    i18n: { message, suggestion },
    weight,
    ...extra,
  };
}

/** A link whose real destination is hidden behind a shortener on `host` (see the funnel and own-domain rules). */
export const hiddenLinkHit = (host: string, extra: Partial<Hit>): Hit =>
  hit(
    'hidden-link',
    20,
    { key: 'coach_hidden_link', params: [host] },
    { key: 'coach_hidden_link_tip' },
    extra,
  );

function inRanges(ranges: [number, number][], start: number, end: number): boolean {
  for (const [s, e] of ranges) if (start < e && end > s) return true;
  return false;
}

const CLOSE_QUOTES = /["”»]/;

/** True when [start, end) sits inside a quotation on its line: the phrase is mentioned, not used. */
export function inQuotes(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const from = Math.max(lineStart, start - 200);
  let straight = 0;
  let lastOpen = -1;
  let lastClose = -1;
  for (let i = from; i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) straight++;
    else if (c === 0x201c || c === 0xab) lastOpen = i;
    else if (c === 0x201d || c === 0xbb) lastClose = i;
  }
  const open = straight % 2 === 1 || lastOpen > lastClose;
  if (!open) return false;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  return CLOSE_QUOTES.test(text.slice(end, Math.min(lineEnd, end + 200)));
}

export interface PhraseMatch {
  start: number;
  end: number;
  weight: number;
}

/**
 * Runs each phrase over the text; skips matches inside links or quotations. At most `perPhrase` matches
 * per phrase, so a 25,000-character draft costs one linear scan per phrase.
 */
export function matchPhrases(p: Prepared, phrases: CompiledPhrase[], perPhrase = 2): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const text = p.phraseText;
  for (const ph of phrases) {
    ph.re.lastIndex = 0;
    let n = 0;
    for (let m = ph.re.exec(text); m !== null; m = ph.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) ph.re.lastIndex++;
      else if (!inRanges(p.linkRanges, start, end) && !inQuotes(text, start, end)) {
        out.push({ start, end, weight: ph.weight });
        if (++n >= perPhrase) break;
      }
    }
  }
  return out;
}
