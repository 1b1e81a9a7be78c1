import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/coach';
import { decide, draftFeatures, type VerdictInputs } from '@/lib/coach/analyze';
import { COACH_CATALOGS } from '@/lib/coach/messages/catalogs';
import { MODEL } from '@/lib/coach/model/weights';

const NOW = Date.UTC(2026, 0, 15, 12);
type Kind = 'post' | 'reply' | 'dm' | 'quote';
const cues = (text: string, kind: Kind = 'post') =>
  new Set(
    draftFeatures({ text, kind }, { now: NOW })
      .map((f) => f.key)
      .filter((k) => k.startsWith('s|'))
      .map((k) => k.slice(2)),
  );

describe('pitch grammar cues (issue 12: cold outreach in words the corpus never used)', () => {
  it.each([
    ['Thanks to @Glimmer for sponsoring this thread, they make it painless', 'disclosure'],
    ['Loving this serum lately #gifted', 'disclosure'],
    ['ad: this issue is supported by Pathwise, the budgeting app', 'disclosure'],
    ['AD | our friends at Roastly sent us their new beans', 'disclosure'],
    ['the desk lamp I use (affiliate) is on my storefront', 'disclosure'],
    ["This week's episode is brought to you by Hearthly", 'disclosure'],
  ])('%s -> %s', (text, cue) => {
    expect(cues(text).has(cue)).toBe(true);
  });

  it('a provider of a trade, an offer to do something and a question of interest, said to the reader', () => {
    const c = cues(
      'Hi! We build booking sites for physio clinics. Can I send you a mockup of yours? Interested?',
      'dm',
    );
    expect(c.has('provider+you')).toBe(true);
    expect(c.has('offer-to-do+you')).toBe(true);
    expect(c.has('interest-ask')).toBe(true);
    expect(
      cues("hey, I'm a wedding photographer, want me to shoot a few frames for your shop?", 'dm'),
    ).toContain('provider+you');
    expect(cues('Would you be open to a quick collab next month?', 'dm')).toContain('interest-ask');
  });

  it('reads none of them in chat that merely shares the words', () => {
    for (const text of [
      "I'm a big fan of this city in the rain",
      'we run into this bug every release, it never gets old',
      'The ad break on this stream was longer than the stream',
      'What a gifted kid, she played the whole sonata by ear',
      'is the library open on Sundays?',
    ]) {
      const c = cues(text);
      for (const k of ['disclosure', 'provider+you', 'offer-to-do+you', 'interest-ask'])
        expect(c.has(k), `${k} in "${text}"`).toBe(false);
    }
  });

  it('a cashtag is a cue, a price is not', () => {
    expect(cues('$ZORB presale closes tonight, still early 🚀')).toContain('cashtag');
    expect(cues('they wanted $4400 for that guitar').has('cashtag')).toBe(false);
  });

  it('answering a request is read by kind', () => {
    expect(cues('You asked where the mug is from: my own little shop', 'reply')).toContain('asked:directed');
    expect(cues('A few of you asked what I use to plan meals, so here it is')).toContain('asked:broadcast');
  });

  it('Japanese, Spanish and Portuguese drafts never carry these English-only cues', () => {
    const c = cues('Hola! Hacemos webs para clínicas. ¿Te interesa una demo gratis? #ad', 'dm');
    for (const k of ['disclosure', 'provider+you', 'offer-to-do+you', 'interest-ask', 'cashtag'])
      expect(c.has(k)).toBe(false);
  });

  it('a cold DM pitch in new words is promotional and the card names what made it so', () => {
    const v = analyze(
      {
        text: 'Hey! We build AI receptionists for dental clinics. Setup takes a day. Can I show you how it would sound for your practice?',
        kind: 'dm',
      },
      { now: NOW, targetStage: 'stranger' },
    );
    expect(v.verdict).toBe('promotional');
    expect(v.pitch).toBe(true);
    expect(v.findings[0]?.rule).toBe('pitch-to-stranger');
  });

  it('every new cue has words in every locale', () => {
    for (const key of [
      'coach_cue_disclosure',
      'coach_cue_provider',
      'coach_cue_offer_to_do',
      'coach_cue_interest',
      'coach_cue_cashtag',
    ] as const)
      for (const cat of Object.values(COACH_CATALOGS)) expect(cat[key]).toBeTruthy();
  });
});

describe('the gate: Japanese, Spanish and Portuguese drafts meet their own bars only', () => {
  const x = (p: number, rules: number, thin: boolean, dm = false): VerdictInputs => ({
    probability: p,
    rules,
    cold: false,
    offered: false,
    thin,
    dm,
  });
  it('the English model-alone bar decides an English draft, never a thin one', () => {
    const g = { ...MODEL.gate, alone: 0.8, thin: { ...MODEL.gate.thin, alone: 0.95, withRules: 0.9 } };
    expect(decide(g, x(0.85, 0, false))).toBe(true);
    expect(decide(g, x(0.85, 0, true))).toBe(false);
    expect(decide(g, x(0.96, 0, true))).toBe(true);
    // The hand rules' own bar is shared.
    expect(decide(g, x(0.1, g.rules, true))).toBe(true);
  });
  it('an English DM meets the DM bars when the gate has them; a thin DM keeps the thin bars', () => {
    const dm = { alone: 0.6, withEvidence: 0.5, evidence: 15, rules: 101, pitch: 0.6 };
    const g = {
      ...MODEL.gate,
      alone: 0.9,
      rules: 50,
      dm,
      thin: { ...MODEL.gate.thin, alone: 0.95, withRules: 0.9 },
    };
    expect(decide(g, x(0.7, 0, false, true))).toBe(true);
    expect(decide(g, x(0.7, 0, false, false))).toBe(false);
    // The DM's own rules bar: 60 of hand rule score decides a post alone, not this DM.
    expect(decide(g, x(0.1, 60, false, false))).toBe(true);
    expect(decide(g, x(0.1, 60, false, true))).toBe(false);
    expect(decide(g, x(0.7, 0, true, true))).toBe(false);
    const { dm: _, ...withoutDm } = g;
    expect(decide(withoutDm, x(0.7, 0, false, true))).toBe(false);
  });
  it("a cold thin message's learned pitch needs the thin evidence bar when the gate has one, not the English one", () => {
    const strict = { alone: 0.99, withEvidence: 0.99, pitch: 0.99 };
    const g = {
      ...MODEL.gate,
      ...strict,
      evidence: 40,
      rules: 101,
      thin: { ...MODEL.gate.thin, alone: 0.99, withRules: 0.99, pitch: 0.99, rulesAlone: 101, evidence: 15 },
    };
    const cold = (thin: boolean): VerdictInputs => ({ ...x(0.6, 20, thin), cold: true });
    expect(decide(g, cold(true))).toBe(true);
    expect(decide(g, cold(false))).toBe(false);
    const { evidence: _, ...thinWithoutEvidence } = g.thin;
    expect(decide({ ...g, thin: thinWithoutEvidence }, cold(true))).toBe(false);
  });
});
