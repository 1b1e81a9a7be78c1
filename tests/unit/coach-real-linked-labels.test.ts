import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  alreadyLabeled,
  hasLink,
  LINKED_PER_ACCOUNT,
  linkedCandidates,
} from '../coach-corpus/sample-linked-labels';

// real-linked.train.jsonl: hand labels of real tweets that carry a link (training side only), as ids, never
// texts. The checks mirror real-tweet-labels.jsonl's, plus what keeps the file honest as a training set: no
// tweet labeled twice across the real-label files, every category one TAXONOMY.md defines, and every row one
// the sampler's fixed order picks (so the choice is reproducible, not cherry-picked).
const dir = path.resolve(__dirname, '../coach-corpus');
const TWEETS = path.resolve(__dirname, '../../../shared/fixtures/x-real-tweets/tweets.jsonl');
const lines = fs
  .readFileSync(path.join(dir, 'real-linked.train.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const rows = lines.map((l) => JSON.parse(l));
const refs = rows.map((r) => `${r.acct}#${r.id}`);

describe('real-linked.train.jsonl (ids only, training side only)', () => {
  it('has 600+ rows of acct, id, label, category and lang, and no texts', () => {
    expect(rows.length).toBeGreaterThanOrEqual(600);
    for (const o of rows) {
      expect(o.acct).toMatch(/^[A-Za-z0-9_]{1,15}$/);
      expect(o.id).toMatch(/^\d+$/);
      expect(['promotional', 'conversational']).toContain(o.label);
      expect(o.category).toMatch(/^[a-z-]+$/);
      expect(typeof o.lang).toBe('string');
      expect(o.text).toBeUndefined();
    }
    expect(rows.filter((r) => r.label === 'promotional').length).toBeGreaterThan(50);
  });

  it('labels each tweet once, and none already in real-tweet-labels or real-labels-nonenglish', () => {
    expect(new Set(refs).size).toBe(refs.length);
    const elsewhere = alreadyLabeled();
    expect(refs.filter((r) => elsewhere.has(r))).toEqual([]);
  });

  it('uses only categories TAXONOMY.md names', () => {
    const taxonomy = fs.readFileSync(path.join(dir, 'TAXONOMY.md'), 'utf8');
    const unknown = [...new Set(rows.map((r) => r.category))].filter((c) => !taxonomy.includes(`\`${c}\``));
    expect(unknown).toEqual([]);
  });

  const have = fs.existsSync(TWEETS);
  it.skipIf(!have && !process.env.CI)(
    'every row is a real tweet with a link, picked by the sampler in its fixed order (needs ../shared; required under CI)',
    () => {
      if (!have) throw new Error(`${TWEETS} missing; required when CI is set`);
      const picked = new Map(linkedCandidates(LINKED_PER_ACCOUNT).map((t) => [`${t.acct}#${t.id}`, t]));
      for (const ref of refs) {
        const t = picked.get(ref);
        expect(t, ref).toBeDefined();
        expect(hasLink(t?.text ?? '')).toBe(true);
      }
    },
    60_000,
  );
});
