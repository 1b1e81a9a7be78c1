import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/coach';
import { analyzeWith, verdictInputs } from '@/lib/coach/analyze';
import { lexiconFor } from '@/lib/coach/lexicon';
import { loadModel, type ModelData, shippedModel } from '@/lib/coach/model/model';
import { encodeWeights } from '@/lib/coach/model/weight-text';
import { MODEL } from '@/lib/coach/model/weights';
import { prepare } from '@/lib/coach/prepare';
import { foldAccents, foldPatternAccents } from '@/lib/text/fold-accents';

const NOW = Date.UTC(2026, 0, 15, 12);

describe('foldAccents', () => {
  it('drops accents one character for one, so offsets still point into the draft', () => {
    const text = 'Lançámos o nuevo capítulo, ¡pídelo ya! ñandú 🎉';
    const folded = foldAccents(text);
    expect(folded).toBe('Lancamos o nuevo capitulo, ¡pidelo ya! nandu 🎉');
    expect(folded.length).toBe(text.length);
  });
  it('leaves the "every accented letter" class range of a pattern whole', () => {
    expect(foldPatternAccents('(?<![\\wÀ-ÿ])(?:capítulo)')).toBe('(?<![\\wÀ-ÿ])(?:capitulo)');
  });
});

describe('Spanish and Portuguese word lists match drafts typed without accents', () => {
  it.each([
    ['nuevo capitulo del podcast con mi abuela, escuchalo ya', 'es'],
    ['episodio novo do podcast, da o play e me conta', 'pt'],
  ])('%s', (text, lang) => {
    const p = prepare({ text, kind: 'post' }, { now: NOW });
    expect(p.lang).toBe(lang);
    expect(p.phraseText.length).toBe(text.length);
    const v = analyze({ text, kind: 'post' }, { now: NOW });
    // The finding quotes the draft's own words, at the draft's own offsets.
    const quoted = v.findings.filter((f) => f.span).map((f) => f.span?.text ?? '');
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) expect(text).toContain(q);
  });
  it('English phrases are matched on the draft as written', () => {
    expect(lexiconFor('en').foldsAccents).toBe(false);
    expect(lexiconFor('es').foldsAccents).toBe(true);
    expect(lexiconFor('pt').foldsAccents).toBe(true);
  });
});

describe('first person by verb ending (Spanish and Portuguese drop the pronoun)', () => {
  it('counts "lanzamos" and "lancei" as first person, and not "aquí" or "ramos"', () => {
    const es = lexiconFor('es').cues.firstPersonVerb;
    const pt = lexiconFor('pt').cues.firstPersonVerb;
    expect(es('lanzamos')).toBe(true);
    expect(es('publiqué')).toBe(true);
    expect(es('aquí')).toBe(false);
    expect(es('ramos')).toBe(false);
    expect(pt('lancei')).toBe(true);
    expect(pt('lançámos')).toBe(true);
    expect(lexiconFor('en').cues.firstPersonVerb('launched')).toBe(false);
  });
});

describe('the Japanese, Spanish and Portuguese weight table', () => {
  const zeroThin: ModelData = {
    ...(MODEL as ModelData),
    thin: {
      hashBits: (MODEL as ModelData).thin?.hashBits ?? 15,
      scale: 1,
      weights: encodeWeights(new Int8Array(1 << ((MODEL as ModelData).thin?.hashBits ?? 15))),
    },
  };
  const blank = loadModel(zeroThin);
  it('ships with the model', () => {
    expect(shippedModel().thin).toBeDefined();
  });
  it('never moves an English verdict', () => {
    const draft = { text: 'We just launched v2 of our app, grab it at tallybird.app', kind: 'post' as const };
    const a = verdictInputs(shippedModel(), draft, { now: NOW });
    const b = verdictInputs(blank, draft, { now: NOW });
    expect(b.probability).toBe(a.probability);
  });
  it('is what a Spanish draft is read with', () => {
    const draft = {
      text: 'Lanzamos hoy la versión 2 de nuestra app, descárgala en la App Store',
      kind: 'post' as const,
    };
    const a = verdictInputs(shippedModel(), draft, { now: NOW });
    const b = verdictInputs(blank, draft, { now: NOW });
    expect(a.thin).toBe(true);
    expect(a.probability).not.toBe(b.probability);
    // With every thin weight at zero the model says 50/50 less the margin: the table carries the verdict.
    expect(b.probability).toBeLessThan(0.5);
    expect(analyzeWith(shippedModel(), draft, { now: NOW }).verdict).toBe('promotional');
  });
});
