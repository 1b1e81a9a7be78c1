/**
 * Proof that the coach generalizes (issue 12 point 3), printed by eval:coach:
 * - leave one category out: for each promotional category of drafts.jsonl, train without every row of that
 *   category (in any file), then measure recall on all of its drafts, which that model has never seen;
 * - paraphrases: 100 promotional drafts of the locked test split, each rewritten in other words by someone
 *   who never saw the code (paraphrases.jsonl, never trained on): how many stay promotional.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyze, analyzeWith } from '../../lib/coach/analyze.ts';
import { loadModel } from '../../lib/coach/model/model.ts';
import type { Draft } from '../../lib/coach/types.ts';
import { type CorpusRow, EVAL_NOW, loadCorpus, REPO_ROOT } from './corpus.ts';
import { quantize, toExample, trainWeights } from './learn.ts';
import { DRAFTS_FILE } from './split.ts';
import { loadTrainingRows } from './train.ts';

const dir = path.join(REPO_ROOT, 'tests/coach-corpus');
export const PARAPHRASES_FILE = path.join(dir, 'paraphrases.jsonl');

export interface LocoRow {
  category: string;
  n: number;
  caught: number;
  recall: number;
}

export function leaveOneCategoryOut(only?: string[]): { rows: LocoRow[]; median: number } {
  const train = loadTrainingRows();
  const drafts = loadCorpus([path.join(dir, DRAFTS_FILE)]).rows.filter((r) => r.label === 'promotional');
  const categories = [...new Set(drafts.map((r) => r.category ?? ''))]
    .filter((c) => c && (!only || only.includes(c)))
    .sort();
  const examples = train.map((r) => ({ r, ex: toExample(r) }));
  const out: LocoRow[] = [];
  for (const c of categories) {
    const w = trainWeights(examples.filter((e) => e.r.category !== c).map((e) => e.ex));
    const model = loadModel(quantize(w, [], 0));
    const held = drafts.filter((r) => r.category === c);
    const caught = held.filter(
      (r) =>
        analyzeWith(model, { text: r.text, kind: r.kind }, { ...r.context, now: EVAL_NOW }).verdict ===
        'promotional',
    ).length;
    out.push({ category: c, n: held.length, caught, recall: caught / held.length });
  }
  const sorted = out.map((r) => r.recall).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { rows: out, median };
}

interface Paraphrase {
  orig_text: string;
  text: string;
  kind: Draft['kind'];
  category?: string;
  context?: CorpusRow['context'];
}

export function paraphraseCheck(file = PARAPHRASES_FILE): { n: number; caught: number; originals: number } {
  const rows = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Paraphrase);
  let caught = 0;
  let originals = 0;
  for (const r of rows) {
    const ctx = { ...r.context, now: EVAL_NOW };
    if (analyze({ text: r.text, kind: r.kind }, ctx).verdict === 'promotional') caught++;
    if (analyze({ text: r.orig_text, kind: r.kind }, ctx).verdict === 'promotional') originals++;
  }
  return { n: rows.length, caught, originals };
}
