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
  it('keeps precision >= 0.95 and recall >= 0.77', () => {
    expect(r.n).toBeGreaterThan(500);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    // Regression floor, not the goal (0.90): measured 0.777 with weak-categories.train.jsonl, 0.745 with the
    // gate chosen by train.ts on validation folds (0.700 with the hand-set gate, 0.613 when a learned verdict
    // always needed hand evidence).
    expect(r.recall).toBeGreaterThanOrEqual(0.77);
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
    'resolve to real tweets; the held half keeps precision >= 0.52, recall >= 0.29, false alarms <= 1.8% (needs ../shared; required under CI)',
    () => {
      if (!have) throw new Error(`${REAL_TWEETS_FILE} missing; required when CI is set`);
      const all = loadCorpus([file]).rows;
      expect(all.length).toBe(lines.length);
      // The trainer learns from the other half (split.ts isHeldRealLabel), so only the held half is a measure.
      const res = evaluate(all.filter((r) => isHeldRealLabel(r.ref ?? '')));
      expect(res.n).toBeGreaterThan(500);
      // Regression floors; the goals are 0.95, 0.80 and 1%. Measured P 0.526, R 0.294 (10 of 34), false alarms
      // 1.77% (9 of 508); P 0.550, R 0.324 (11 of 34) before weak-categories.train.jsonl, which moved one tweet
      // under the bar while it took the drafts' test split from 0.745 to 0.777 and the leave-one-category-out
      // median from 0.686 to 0.711. LOWERED from 0.68 / 0.44 / 1.4%, with this reason: the verdict's gate is now chosen by train.ts on
      // validation folds of the training rows (tests/coach-corpus/gate.ts) instead of by hand. The hand gate,
      // which rules' evidence alone could clear at 50, was partly picked while looking at this held half, and
      // out of fold it broke its own bound on real false alarms (5 of 439 training-half tweets, bound 0.5%);
      // the chosen gate keeps that bound (2 of 439) and gains recall on the drafts (test split 0.700 -> 0.745),
      // and this half, never used to choose, reads what a fairly chosen gate does. The training-only drafts to
      // strangers (strangers.train.jsonl) moved P 0.682 -> 0.714 and 1.38% -> 1.18% before the gate changed.
      expect(res.precision).toBeGreaterThanOrEqual(0.52);
      expect(res.recall).toBeGreaterThanOrEqual(0.29);
      expect(res.fp / (res.fp + res.tn)).toBeLessThanOrEqual(0.018);
    },
    120_000,
  );
});

describe('per language (issue 16): locked test split of each language corpus', () => {
  // Regression floors at the measured values (the goal is P >= 0.90, R >= 0.85, not reached yet):
  // ja P 1.000 R 0.841, es P 0.900 R 0.730, pt P 0.963 R 0.667 (ja R 0.864 and es R 0.784 before
  // weak-categories.train.jsonl and the gate it moved: one and two drafts, for 9 more caught in English). Recall LOWERED from ja 0.909, es 0.811,
  // pt 0.744 (#16), with this reason: part of that recall was the stage shortcut issue 12's closing note asked
  // to remove (the model read any DM to a stranger as a pitch, and held "See you at the meetup on Thursday?").
  // The friendly first DMs to strangers in strangers.train.jsonl alone took pt to 0.667, es to 0.784 and ja to
  // 0.864 under the old gate; tests/unit/coach-strangers.test.ts guards what that bought. Before #16's word
  // lists: ja P 0.943 R 0.750, es P 0.875 R 0.568, pt P 0.960 R 0.615.
  const FLOORS: Record<string, { p: number; r: number }> = {
    'ja.jsonl': { p: 0.97, r: 0.84 },
    'es.jsonl': { p: 0.9, r: 0.72 },
    'pt.jsonl': { p: 0.96, r: 0.66 },
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
