import { matchPhrases, type Prepared } from '../prepare';

export interface ConversationSignals {
  /** Points to subtract (negative or zero). */
  weight: number;
  /** True when anything marks the draft as talking with people rather than at them. */
  any: boolean;
}

const QUESTION = /[?？]/g;
const WARM = new Set(['talked', 'conversing', 'friend']);

function genuineQuestions(p: Prepared): number {
  let questions = 0;
  QUESTION.lastIndex = 0;
  for (let m = QUESTION.exec(p.text); m !== null; m = QUESTION.exec(p.text)) {
    const i = m.index;
    if (!p.linkRanges.some(([s, e]) => i >= s && i < e)) questions++;
    if (questions > 20) break;
  }
  if (questions === 0) return 0;
  const rhetorical = matchPhrases(p, p.lex.rhetoricalQuestion, 20).length;
  return Math.max(0, questions - rhetorical);
}

/** Signals of conversation: a question to people, thanks, a reply in an ongoing exchange, credit to others. */
export function conversationSignals(p: Prepared): ConversationSignals {
  let weight = 0;
  let any = false;
  const directed = p.kind === 'reply' || p.kind === 'dm' || p.bodyMentions.length > 0;
  if (genuineQuestions(p) > 0) {
    weight -= directed ? 25 : 20;
    any = true;
  }
  let phrases = 0;
  for (const family of [p.lex.thanks, p.lex.invite, p.lex.attribution]) {
    for (const m of matchPhrases(p, family, 1)) phrases += m.weight;
  }
  if (phrases < 0) {
    weight += Math.max(phrases, -40);
    any = true;
  }
  if (p.kind === 'reply' || p.kind === 'dm') {
    weight -= 10;
    any = true;
    if (p.ctx.targetStage && WARM.has(p.ctx.targetStage)) weight -= 20;
  } else if (p.kind === 'quote') {
    weight -= 5;
    any = true;
  } else if (p.mentions.length > 0 && p.mentions.length < 5) {
    any = true;
  }
  return { weight: Math.max(weight, -60), any };
}
