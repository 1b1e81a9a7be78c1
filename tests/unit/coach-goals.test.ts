import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, KINDS, LABELS, loadCorpus, REAL_TWEETS_FILE, REPO_ROOT } from '../coach-corpus/corpus';
import { DRAFTS_FILE, isTestText, LANGUAGE_FILES } from '../coach-corpus/split';

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
  // Issue 12's goal is P >= 0.95 and R >= 0.90; recall is not there yet (0.677 when this landed), so this
  // guards the precision goal and the recall reached, and fails on any drop below them.
  it('keeps precision >= 0.95 and recall >= 0.61', () => {
    expect(r.n).toBeGreaterThan(500);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    // Regression floor, not the goal (0.90): measured 0.616 once a learned pitch needs hand evidence and a
    // learned verdict a confident model (fewer false alarms on real tweets).
    expect(r.recall).toBeGreaterThanOrEqual(0.61);
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
    'resolve to real tweets and keep precision >= 0.65, recall >= 0.34 (needs ../shared; required under CI)',
    () => {
      if (!have) throw new Error(`${REAL_TWEETS_FILE} missing; required when CI is set`);
      const res = evaluate(loadCorpus([file]).rows);
      expect(res.n).toBe(lines.length);
      // Regression floors (measured P 0.686, R 0.343); the goals are 0.95 and 0.80.
      expect(res.precision).toBeGreaterThanOrEqual(0.65);
      expect(res.recall).toBeGreaterThanOrEqual(0.34);
    },
    120_000,
  );
});

describe('per language (issue 16): locked test split of each language corpus', () => {
  // Regression floors at the measured values (the goal is P >= 0.90, R >= 0.85, not reached yet):
  // ja P 0.967 R 0.659, es P 0.870 R 0.541, pt P 0.955 R 0.538.
  const FLOORS: Record<string, { p: number; r: number }> = {
    'ja.jsonl': { p: 0.96, r: 0.65 },
    'es.jsonl': { p: 0.86, r: 0.54 },
    'pt.jsonl': { p: 0.95, r: 0.53 },
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
