import type { Hit, Prepared } from '../prepare';
import type { Finding } from '../types';
import type { Contribution } from './model';

/** Cues the model reads, in words a person understands. */
const CUE_WORDS: Record<string, string> = {
  's|own-product': 'talks about your own product',
  's|cta-before-link': 'tells people to go to a link',
  's|link:brand-named': 'links to the product it names',
  's|link:own-domain': 'links to your own site',
  's|link:shortener': 'hides the link behind a shortener',
  's|link:signup-page': 'links to a sign-up page',
  's|link:checkout-page': 'links to a pricing or checkout page',
  's|link:calendar': 'links to a booking calendar',
  's|link:hub': 'links to a link-in-bio page',
  's|offer': 'offers a service, call or collaboration',
  's|offer-to-cold': 'offers a service to someone you have not talked with',
  's|to-cold:dm': 'a message to someone you have not talked with',
  's|to-cold:reply': 'a reply to someone you have not talked with',
  's|cold-you': 'is about them, from someone they do not know',
};

const MIN_WEIGHT = 0.08;

function overlaps(spans: [number, number][], s: number, e: number): boolean {
  return spans.some(([a, b]) => s < b && e > a);
}

/** What kind of draft this is, for a suggestion that fits it. */
function suggestionFor(p: Prepared, hits: readonly Hit[]): string {
  const rules = new Set(hits.map((h) => h.rule));
  const cold = p.ctx.targetStage === 'stranger' || p.ctx.targetStage === 'noticed';
  if ((p.kind === 'dm' || p.kind === 'reply') && cold)
    return 'Reply to their post first: answer what they said, and offer help only if they ask.';
  if (p.kind === 'dm' || p.kind === 'reply')
    return 'Answer what they said in your own words; share the link only if they ask for it.';
  if (rules.has('engagement-bait'))
    return 'Drop the ask for likes or replies; end with a question you really want answered.';
  if (rules.has('discount') || rules.has('funnel-link'))
    return 'Ask one question about the problem it solves, and offer the page in a reply to those who answer.';
  if (p.links.length > 0)
    return 'Say the one thing you learned in the post itself and ask what others think; put the link in a reply.';
  return 'Ask one question about the problem it solves instead of announcing it.';
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
    if (text.length < 2) continue;
    taken.push([c.start, c.end]);
    phrases.push(text);
    strength += c.weight;
    first ??= { start: c.start, end: c.end };
  }
  const cues: string[] = [];
  for (const c of ranked) {
    if (c.weight < MIN_WEIGHT * 2 || cues.length >= 2) break;
    const words = CUE_WORDS[c.key];
    if (words) {
      cues.push(words);
      strength += c.weight;
    }
  }
  if (phrases.length === 0 && cues.length === 0) return null;
  const quoted = phrases.map((s) => `"${s}"`).join(', ');
  const message =
    phrases.length > 0
      ? `Reads like promotion: ${quoted}${cues.length ? `; it ${cues.join(' and ')}` : ''}.`
      : `Reads like promotion: it ${cues.join(' and ')}.`;
  return {
    rule: 'promo-language',
    severity: probability >= 0.8 ? 'strong' : 'warn',
    message,
    suggestion: suggestionFor(p, hits),
    phrases,
    strength,
    ...(first && {
      span: { start: first.start, end: first.end, text: p.text.slice(first.start, first.end) },
    }),
  };
}
