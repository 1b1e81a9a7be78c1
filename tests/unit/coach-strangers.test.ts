/**
 * A friendly first message to a stranger is not a pitch (issue 12, the closing note's "left"): the corpus's cold
 * DMs nearly all went to strangers, so the model had partly learned the stage itself and held "See you at the
 * meetup on Thursday?" to a new contact. These drafts are written for this test only (none is a training row),
 * in the four languages the coach reads; the same strangers still get a pitch named when one is offered.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type DraftKind } from '@/lib/coach';
import type { Stage } from '@/lib/relationships/stage';

const NOW = Date.UTC(2026, 0, 15, 12);
const read = (text: string, kind: DraftKind, targetStage: Stage) =>
  analyze({ text, kind }, { now: NOW, targetStage });

type Case = [text: string, kind: DraftKind, stage: Stage];

const FRIENDLY: Case[] = [
  ['See you at the meetup on Thursday?', 'dm', 'stranger'],
  ['Hi! Are you coming to the book club on Sunday? I saved two seats near the window', 'dm', 'stranger'],
  ['Hey, I loved your photo of the harbour at dawn. What lens do you use?', 'dm', 'stranger'],
  ['Thank you for answering my question about the bus route, you saved my morning', 'dm', 'stranger'],
  ['I was so sorry to read about your brother. Sending you strength', 'dm', 'stranger'],
  ['Your pun about the tired bread rolls got me. Well played', 'reply', 'stranger'],
  ['How did you get started with woodturning? Your bowls are gorgeous', 'reply', 'noticed'],
  ['Which entrance do we use for the talk tonight, the main one or the side door?', 'dm', 'noticed'],
  ['木曜日の集まり、参加されますか？会場でご挨拶できたら嬉しいです', 'dm', 'stranger'],
  ['¿Vienes al encuentro del jueves? Me encantaría saludarte en persona', 'dm', 'stranger'],
  ['Você vai no encontro de quinta? Queria te dar um oi pessoalmente', 'dm', 'stranger'],
];

const PITCHES: Case[] = [
  ['Hi! I build booking sites for yoga studios. Want me to send you a quote this week?', 'dm', 'stranger'],
  ['Hey, our agency can grow your followers fast. Free strategy call on Friday?', 'dm', 'stranger'],
  [
    'We are hiring a remote product designer and you look like a great fit. Open to a quick call?',
    'dm',
    'stranger',
  ],
  ['Love your page! We pay creators for sponsored posts, what are your rates?', 'dm', 'noticed'],
  ['Our tool fixes exactly this, can I show you a demo tomorrow?', 'reply', 'stranger'],
];

describe('drafts to a stranger', () => {
  for (const [text, kind, stage] of FRIENDLY)
    it(`a friendly first ${kind} is not held: "${text}"`, () => {
      const v = read(text, kind, stage);
      expect(v.pitch).toBe(false);
      expect(v.verdict).not.toBe('promotional');
    });
  for (const [text, kind, stage] of PITCHES)
    it(`a cold pitch is still named one: "${text}"`, () => {
      const v = read(text, kind, stage);
      expect(v.verdict).toBe('promotional');
      expect(v.pitch).toBe(true);
    });
  it('the stage matters only with an offer: the same friendly draft reads alike to a stranger and a friend', () => {
    for (const [text, kind] of FRIENDLY)
      expect(read(text, kind, 'stranger').verdict).toBe(read(text, kind, 'friend').verdict);
  });
});
