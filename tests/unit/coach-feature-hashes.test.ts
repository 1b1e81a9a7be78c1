// The coach's fast paths compute what the plain code did, over the written corpus: feature buckets hashed
// piece by piece (the shipped weights are indexed by them), the character trigrams hashed without building
// their padded words, the brand-named cue's word scan, and the explanation's filtered contributions.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftFeatures, draftParts } from '@/lib/coach/analyze';
import { explainable } from '@/lib/coach/model/explain';
import {
  allFeatures,
  bucketOf,
  type Feature,
  type FeatureParts,
  isTextWord,
  tokenEnd,
  tokenStart,
} from '@/lib/coach/model/features';
import { contributions, partContributions, score, scoreParts, shippedModel } from '@/lib/coach/model/model';
import type { CoachContext, DraftKind } from '@/lib/coach/types';

const NOW = Date.UTC(2026, 0, 15, 12);
const CORPUS = path.resolve(__dirname, '../coach-corpus');

interface Row {
  text: string;
  kind: DraftKind;
  context?: Partial<CoachContext>;
}
const rows = (file: string): Row[] =>
  fs
    .readFileSync(path.join(CORPUS, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row)
    .filter((r) => typeof r.text === 'string');
// English, and the languages with accents and without spaces (their tokens are folded or cut in pairs).
const ROWS = [...rows('drafts.jsonl'), ...rows('es.jsonl'), ...rows('pt.jsonl'), ...rows('ja.jsonl')];
const partsOf = (r: Row): FeatureParts =>
  draftParts({ text: r.text, kind: r.kind }, { ...r.context, now: NOW });
const computed = new Map<Row, Feature[]>();
const featuresOf = (r: Row): Feature[] => {
  let f = computed.get(r);
  if (!f) {
    f = draftFeatures({ text: r.text, kind: r.kind }, { ...r.context, now: NOW });
    computed.set(r, f);
  }
  return f;
};

describe('feature hashes over the corpus', () => {
  it('has rows in every language read', () => expect(ROWS.length).toBeGreaterThan(2500));

  it('hashes every named feature to bucketOf(its key)', () => {
    let checked = 0;
    for (const r of ROWS)
      for (const f of featuresOf(r)) {
        if (f.key === 'c') continue;
        if (f.bucket !== bucketOf(f.key)) expect({ text: r.text, key: f.key, bucket: f.bucket }).toBe(null);
        checked++;
      }
    expect(checked).toBeGreaterThan(100_000);
  });

  it("hashes the character trigrams as bucketOf('c|' + trigram) of each word padded with spaces, in order", () => {
    let checked = 0;
    for (const r of ROWS) {
      const feats = featuresOf(r);
      const words = feats
        .filter((f) => f.key.startsWith('w|'))
        .map((f) => f.key.slice(2))
        .filter((w) => w.length >= 3 && !w.startsWith('<'));
      const expected: number[] = [];
      for (const w of words) {
        const padded = ` ${w} `;
        for (let i = 0; i + 3 <= padded.length; i++) expected.push(bucketOf(`c|${padded.slice(i, i + 3)}`));
      }
      const grams = feats.filter((f) => f.key === 'c');
      const buckets = grams.map((f) => f.bucket);
      if (buckets.join() !== expected.join())
        expect({ text: r.text, buckets }).toEqual({ text: r.text, buckets: expected });
      const chars = words.reduce((n, w) => n + w.length, 0);
      const value = 0.5 / Math.sqrt(chars);
      for (const g of grams) if (g.value !== value) expect(g.value).toBe(value);
      checked += grams.length;
    }
    expect(checked).toBeGreaterThan(100_000);
  });
});

describe('isTextWord (the brand-named cue)', () => {
  // What linkCues built before: the set of the first 400 words of the lowercased draft, hyphens dropped.
  const wordSet = (lower: string) =>
    new Set((lower.match(/[a-z][a-z0-9-]{3,}/g) ?? []).slice(0, 400).map((w) => w.replace(/-/g, '')));

  it('finds a word exactly when the set of the draft words has it', () => {
    const extra = [
      'tallybird',
      'launch',
      'abc',
      'a-b-c-d',
      'quillpad',
      'x',
      '',
      'course2',
      'sign-up',
      'signup',
    ];
    for (const r of ROWS) {
      const lower = r.text.toLowerCase();
      const set = wordSet(lower);
      for (const w of [...set, ...extra])
        if (isTextWord(lower, w) !== set.has(w)) expect({ text: r.text, w }).toBe(null);
    }
  });

  it('reads only the first 400 words, runs of letters, digits and hyphens that start with a letter', () => {
    const many = `${Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ')} tallybird`;
    expect(isTextWord(many, 'word399')).toBe(true);
    expect(isTextWord(many, 'tallybird')).toBe(false);
    expect(isTextWord('12tally-bird!', 'tallybird')).toBe(true);
    expect(isTextWord('abc tally', 'abc')).toBe(false);
    expect(isTextWord('ab-c', 'abc')).toBe(true);
  });
});

describe('featureParts: the features without their objects', () => {
  it('lists and scores as featurize() does', () => {
    const model = shippedModel();
    for (const r of ROWS) {
      const parts = partsOf(r);
      const feats = featuresOf(r);
      expect(allFeatures(parts)).toEqual(feats);
      expect(scoreParts(model, parts)).toEqual(score(model, feats));
    }
  });
});

describe('the explanation reads the contributions it can name, in the same order', () => {
  it('filters the full ranking to the explainable keys that push toward promotional', () => {
    const model = shippedModel();
    for (const r of ROWS) {
      const feats = featuresOf(r);
      const full = contributions(model, feats).filter((c) => explainable(c) && c.weight > 0);
      const kept = contributions(model, feats, explainable);
      const fromParts = partContributions(model, partsOf(r), explainable);
      const view = (cs: typeof full) => cs.map((c) => [c.key, c.weight, c.start, c.end]);
      expect(view(kept)).toEqual(view(full));
      expect(view(fromParts)).toEqual(view(full));
    }
  });
});

describe('tokenStart and tokenEnd (the words the model reads)', () => {
  // What tokenize() ran before: every match of this regex, in order.
  const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*|[$€£¥%!?→👉👇🔗🚀🎉🔥]/gu;
  const byRegex = (text: string) => Array.from(text.matchAll(TOKEN), (m) => [m.index, m.index + m[0].length]);
  const byScan = (text: string) => {
    const out: number[][] = [];
    for (let start = tokenStart(text, 0); start >= 0; ) {
      const end = tokenEnd(text, start);
      out.push([start, end]);
      start = tokenStart(text, end);
    }
    return out;
  };

  it('finds the tokens the regex found in every corpus draft', () => {
    for (const r of ROWS)
      if (byScan(r.text).join() !== byRegex(r.text).join()) expect(byScan(r.text)).toEqual(byRegex(r.text));
  });

  it.each([
    "ªµº ²³¹ ¼ e\u0301t\u00e9 l'été don’t so_so x-y -x _y 'z",
    '👉🔗 $5 €3 £ ¥ 50% !? → 🚀🎉🔥 😀 ❤️',
    '𝐁𝐨𝐥𝐝 𝟏𝟐𝟑 𠀋字 日本語のテキスト ١٢٣ مرحبا Привет',
    '\ud83d lone \ude00 high\ud83dlow a\ud83d\ude00b',
    '',
    '   ',
  ])('finds the same tokens in %j', (text) => expect(byScan(text)).toEqual(byRegex(text)));

  it('finds the same tokens in random text', () => {
    const pool = [
      'a',
      'Z',
      '9',
      ' ',
      "'",
      '’',
      '_',
      '-',
      'é',
      '\u0301',
      '²',
      '👉',
      '😀',
      '$',
      '%',
      '日',
      '\ud83d',
      '\ude00',
      '.',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = next() % 30; k > 0; k--) text += pool[next() % pool.length];
      expect(byScan(text)).toEqual(byRegex(text));
    }
  });
});
