import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, KINDS, LABELS, loadCorpus, REAL_TWEETS_FILE, REPO_ROOT } from '../coach-corpus/corpus';
import { DRAFTS_FILE, isHeldRealLabel, isTestText, LANGUAGE_FILES } from '../coach-corpus/split';

const dir = path.join(REPO_ROOT, 'tests/coach-corpus');
const STAGES = ['stranger', 'noticed', 'talked', 'conversing', 'friend'];

describe('drafts.jsonl format', () => {
  const rows = fs
    .readFileSync(path.join(dir, DRAFTS_FILE), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  it('has at least 2,000 rows with a label, kind, text and category', () => {
    expect(rows.length).toBeGreaterThanOrEqual(2000);
    for (const r of rows) {
      expect(LABELS).toContain(r.label);
      expect(KINDS).toContain(r.kind);
      expect(r.text.length).toBeGreaterThan(0);
      expect(r.category).toMatch(/^[a-z-]+$/);
      if (r.context?.targetStage) expect(STAGES).toContain(r.context.targetStage);
    }
  });
  it('is at least 35% replies, quotes and DMs, with 300+ cold-pitch DMs', () => {
    const directed = rows.filter((r) => r.kind !== 'post').length;
    expect(directed / rows.length).toBeGreaterThanOrEqual(0.35);
    expect(rows.filter((r) => r.kind === 'dm' && r.category === 'cold-pitch').length).toBeGreaterThanOrEqual(
      300,
    );
  });
});

describe('accuracy on the locked test split', () => {
  const { rows } = loadCorpus([path.join(dir, DRAFTS_FILE)]);
  const test = rows.filter((r) => isTestText(r.text));
  const r = evaluate(test);
  // Issue 12's goal is P >= 0.95 and R >= 0.90; recall is not there yet, so this guards the precision goal and
  // the recall reached, and fails on any drop below them.
  it('keeps precision >= 0.95 and recall >= 0.69', () => {
    expect(r.n).toBeGreaterThan(500);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    // Regression floor, not the goal (0.90): measured 0.697 with the model deciding alone when confident
    // (0.613 before, when a learned verdict always needed hand evidence).
    expect(r.recall).toBeGreaterThanOrEqual(0.69);
  });
});

describe('real-tweet-labels.jsonl (ids only)', () => {
  const file = path.join(dir, 'real-tweet-labels.jsonl');
  const lines = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  it('has 1,000+ labels as ids, never texts', () => {
    expect(lines.length).toBeGreaterThanOrEqual(1000);
    for (const l of lines) {
      const o = JSON.parse(l);
      expect(typeof o.acct).toBe('string');
      expect(o.id).toMatch(/^\d+$/);
      expect(LABELS).toContain(o.label);
      expect(o.text).toBeUndefined();
    }
  });
  const have = fs.existsSync(REAL_TWEETS_FILE);
  it.skipIf(!have && !process.env.CI)(
    'resolve to real tweets; the held half keeps precision >= 0.68, recall >= 0.44, false alarms <= 1.4% (needs ../shared; required under CI)',
    () => {
      if (!have) throw new Error(`${REAL_TWEETS_FILE} missing; required when CI is set`);
      const all = loadCorpus([file]).rows;
      expect(all.length).toBe(lines.length);
      // The trainer learns from the other half (split.ts isHeldRealLabel), so only the held half is a measure.
      const res = evaluate(all.filter((r) => isHeldRealLabel(r.ref ?? '')));
      expect(res.n).toBeGreaterThan(500);
      // Regression floors (measured P 0.682, R 0.441, false alarms 1.38%: 7 of 508; the model retrained with the
      // Japanese, Spanish and Portuguese drafts moved one English tweet from p 0.33 to 0.42, from 6 to 7; before
      // them P 0.714 and 1.18%); the goals are 0.95, 0.80 and 1%.
      expect(res.precision).toBeGreaterThanOrEqual(0.68);
      expect(res.recall).toBeGreaterThanOrEqual(0.44);
      expect(res.fp / (res.fp + res.tn)).toBeLessThanOrEqual(0.014);
    },
    120_000,
  );
});

describe('per language (issue 16): locked test split of each language corpus', () => {
  // Regression floors at the measured values (the goal is P >= 0.90, R >= 0.85, not reached yet):
  // ja P 0.952 R 0.909, es P 0.909 R 0.811, pt P 0.967 R 0.744 with the word lists by taxonomy category, the
  // training-only drafts and the thin-language gate (#16); before them ja P 0.943 R 0.750, es P 0.875 R 0.568,
  // pt P 0.960 R 0.615.
  const FLOORS: Record<string, { p: number; r: number }> = {
    'ja.jsonl': { p: 0.95, r: 0.9 },
    'es.jsonl': { p: 0.9, r: 0.8 },
    'pt.jsonl': { p: 0.96, r: 0.74 },
  };
  for (const f of LANGUAGE_FILES) {
    it(`${f}: precision and recall stay at or above what was measured`, () => {
      const rows = loadCorpus([path.join(dir, f)]).rows.filter((r) => isTestText(r.text));
      const r = evaluate(rows);
      expect(r.n).toBeGreaterThan(60);
      expect(r.precision).toBeGreaterThanOrEqual(FLOORS[f]?.p ?? 1);
      expect(r.recall).toBeGreaterThanOrEqual(FLOORS[f]?.r ?? 1);
    });
  }
  const file = path.join(dir, 'real-labels-nonenglish.jsonl');
  const have = fs.existsSync(REAL_TWEETS_FILE);
  it.skipIf(!have && !process.env.CI)(
    'false alarms on labeled Japanese, Spanish, Dutch and French real tweets stay at or under 1% (needs ../shared; required under CI)',
    () => {
      if (!have) throw new Error(`${REAL_TWEETS_FILE} missing; required when CI is set`);
      const res = evaluate(loadCorpus([file]).rows);
      expect(res.n).toBeGreaterThanOrEqual(140);
      expect(res.fp / (res.fp + res.tn)).toBeLessThanOrEqual(0.01);
    },
    60_000,
  );
});
