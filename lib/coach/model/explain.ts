import { type CoachKey, english, type Message, type Param } from '../messages';
import type { Hit, Prepared } from '../prepare';
import type { Finding } from '../types';
import type { Feature } from './features';
import type { Contribution } from './model';

/** Cues the model reads, in words a person understands (lib/coach/messages). */
const CUE_WORDS: Record<string, CoachKey> = {
  's|own-product': 'coach_cue_own_product',
  's|cta-before-link': 'coach_cue_cta_link',
  's|link:brand-named': 'coach_cue_brand_link',
  's|link:own-domain': 'coach_cue_own_domain',
  's|link:shortener': 'coach_cue_shortener',
  's|link:signup-page': 'coach_cue_signup',
  's|link:checkout-page': 'coach_cue_checkout',
  's|link:calendar': 'coach_cue_calendar',
  's|link:hub': 'coach_cue_hub',
  's|link:own-page': 'coach_cue_own_page',
  's|link:own-post': 'coach_cue_own_post',
  's|own-event': 'coach_cue_own_event',
  's|own-event+come': 'coach_cue_own_event',
  's|come-see-us': 'coach_cue_come',
  's|hiring': 'coach_cue_hiring',
  's|disclosure': 'coach_cue_disclosure',
  's|provider+you': 'coach_cue_provider',
  's|offer-to-do+you': 'coach_cue_offer_to_do',
  's|interest-ask': 'coach_cue_interest',
  's|cashtag': 'coach_cue_cashtag',
  's|offer': 'coach_cue_offer',
  's|offer-to-cold': 'coach_cue_offer_cold',
  's|to-cold:dm': 'coach_cue_cold_dm',
  's|to-cold:reply': 'coach_cue_cold_reply',
  's|cold-you': 'coach_cue_cold_you',
};

const MIN_WEIGHT = 0.08;
const HAS_LETTER = /\p{L}/u;
const CUE_KEYS: ReadonlySet<string> = new Set(Object.keys(CUE_WORDS));

/** A word or word pair of the draft, which the explanation may quote. */
const isPhrase = (f: Feature): boolean =>
  f.start !== undefined &&
  f.end !== undefined &&
  (f.key.startsWith('w|') || f.key.startsWith('b|')) &&
  !f.key.includes('<');

/**
 * The features explainLearned() can name: phrases and cues (contributions() keeps those pushing toward
 * promotional). It reads no other key, so leaving the rest out keeps the ranking of those it reads (a stable
 * sort) and so its explanation.
 */
export const explainable = (f: Feature): boolean => isPhrase(f) || CUE_KEYS.has(f.key);

function overlaps(spans: [number, number][], s: number, e: number): boolean {
  return spans.some(([a, b]) => s < b && e > a);
}

/** What kind of draft this is, for a suggestion that fits it. */
function suggestionFor(p: Prepared, hits: readonly Hit[]): CoachKey {
  const rules = new Set(hits.map((h) => h.rule));
  const cold = p.ctx.targetStage === 'stranger' || p.ctx.targetStage === 'noticed';
  if ((p.kind === 'dm' || p.kind === 'reply') && cold) return 'coach_tip_cold';
  if (p.kind === 'dm' || p.kind === 'reply') return 'coach_tip_direct';
  if (rules.has('engagement-bait')) return 'coach_tip_bait';
  if (rules.has('discount') || rules.has('funnel-link')) return 'coach_tip_offer';
  if (p.links.length > 0) return 'coach_tip_link';
  return 'coach_tip_launch';
}

/**
 * The learned verdict's own finding: the words of the draft, and the cues, that pushed it most toward
 * promotional, so the card can quote them ("now available", "grab your copy").
 */
export function explainLearned(
  p: Prepared,
  ranked: readonly Contribution[],
  hits: readonly Hit[],
  probability: number,
): (Finding & { strength: number }) | null {
  const taken: [number, number][] = [];
  const phrases: string[] = [];
  let first: { start: number; end: number } | undefined;
  let strength = 0;
  for (const c of ranked) {
    if (c.weight < MIN_WEIGHT || phrases.length >= 3) break;
    if (c.start === undefined || c.end === undefined) continue;
    if (!(c.key.startsWith('w|') || c.key.startsWith('b|')) || c.key.includes('<')) continue;
    if (overlaps(taken, c.start, c.end)) continue;
    const text = p.text.slice(c.start, c.end).trim();
    // A bare number or symbol ("50") weighs in the model but explains nothing to a person.
    if (text.length < 2 || !HAS_LETTER.test(text)) continue;
    taken.push([c.start, c.end]);
    phrases.push(text);
    strength += c.weight;
    first ??= { start: c.start, end: c.end };
  }
  const cues: CoachKey[] = [];
  for (const c of ranked) {
    if (c.weight < MIN_WEIGHT * 2 || cues.length >= 2) break;
    const words = CUE_WORDS[c.key];
    if (words) {
      cues.push(words);
      strength += c.weight;
    }
  }
  if (phrases.length === 0 && cues.length === 0) return null;
  const quoted: Param = { list: phrases.map((x) => ({ key: 'coach_quoted', params: [x] })) };
  const cueList: Param = { list: cues.map((key) => ({ key })), join: 'and' };
  const message: Message =
    phrases.length > 0
      ? cues.length
        ? { key: 'coach_learned_phrases_cues', params: [quoted, cueList] }
        : { key: 'coach_learned_phrases', params: [quoted] }
      : { key: 'coach_learned_cues', params: [cueList] };
  const suggestion: Message = { key: suggestionFor(p, hits) };
  return {
    rule: 'promo-language',
    severity: probability >= 0.8 ? 'strong' : 'warn',
    message: english(message),
    suggestion: english(suggestion),
    i18n: { message, suggestion },
    phrases,
    strength,
    ...(first && {
      span: { start: first.start, end: first.end, text: p.text.slice(first.start, first.end) },
    }),
  };
}
