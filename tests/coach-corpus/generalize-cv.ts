/**
 * npx tsx tests/coach-corpus/generalize-cv.ts: how a change to the features, the trainer or the gate search
 * generalizes, read WITHOUT the locked test split or the held half of our real labels: the gate the trainer
 * would choose (5-fold search on the training rows) with its out-of-fold figures, the leave-one-category-out
 * recall under that gate and under the shipped one, and the paraphrase count. Only counts are printed.
 * L2=... EPOCHS=... POS_WEIGHT=... REAL_WEIGHT=... set the trainer's regularization, length and row weights
 * for a trial (learn.ts).
 */

import fs from 'node:fs';
import path from 'node:path';
import { decide, type VerdictInputs, verdictInputs } from '../../lib/coach/analyze.ts';
import { type Gate, loadModel } from '../../lib/coach/model/model.ts';
import { MODEL } from '../../lib/coach/model/weights.ts';
import { type CorpusRow, EVAL_NOW, loadCorpus, REPO_ROOT } from './corpus.ts';
import { chooseGate, describeGate, outOfFold } from './gate.ts';
import { PARAPHRASES_FILE } from './generalize.ts';
import { isThinRow, quantize, toExample, trainWeights } from './learn.ts';
import { DRAFTS_FILE, isTestText } from './split.ts';
import { loadTrainingRows } from './train.ts';

const f3 = (x: number) => x.toFixed(3);
const t0 = performance.now();
const rows = loadTrainingRows();
const examples = rows.map(toExample);
const oof = outOfFold(rows, examples);
const gate = chooseGate(oof);
console.log(`searched ${describeGate(gate, oof)}`);

const inputs = (m: ReturnType<typeof loadModel>, r: Pick<CorpusRow, 'text' | 'kind' | 'context'>) =>
  verdictInputs(m, { text: r.text, kind: r.kind }, { ...r.context, now: EVAL_NOW });

// Recall on a left-out category is read on its TRAINING rows only (eval:coach --loco reads all of its drafts,
// the locked ones too, for the report): a decision taken here never reads the locked split.
const drafts = loadCorpus([path.join(REPO_ROOT, 'tests/coach-corpus', DRAFTS_FILE)]).rows.filter(
  (r) => r.label === 'promotional' && !isTestText(r.text),
);
if (process.env.FAST) process.exit(0);
const cats = [...new Set(drafts.map((r) => r.category ?? ''))].filter(Boolean).sort();
const loco = cats.map((c) => {
  const m = loadModel(quantize(trainWeights(examples.filter((_, i) => rows[i]?.category !== c)), [], 0));
  return drafts.filter((r) => r.category === c).map((r) => inputs(m, r));
});
const para = fs
  .readFileSync(PARAPHRASES_FILE, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as CorpusRow);
const full = loadModel(
  quantize(trainWeights(examples.filter((_, i) => !isThinRow(rows[i] as CorpusRow))), [], 0),
);
const paraX = para.map((r) => inputs(full, r));

const report = (name: string, g: Gate) => {
  const rec = loco.map((xs: VerdictInputs[]) => xs.filter((x) => decide(g, x)).length / xs.length);
  const sorted = [...rec].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const med = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const weakest = cats
    .map((c, i) => [c, rec[i] ?? 0] as const)
    .sort((a, b) => a[1] - b[1])
    .slice(0, 6)
    .map(([c, r]) => `${c} ${f3(r)}`)
    .join(', ');
  console.log(
    `${name}: LOCO (training rows) median ${f3(med)} mean ${f3(rec.reduce((a, b) => a + b, 0) / rec.length)} | paraphrases ${paraX.filter((x) => decide(g, x)).length}/${para.length}\n  weakest: ${weakest}`,
  );
};
report('searched gate', gate);
report('shipped gate', MODEL.gate);
for (const alone of (process.env.ALONE ?? '').split(',').filter(Boolean)) {
  const g = { ...gate, alone: Number(alone), pitch: Math.min(gate.pitch, Number(alone)) };
  report(`searched gate, alone ${alone}`, g);
  console.log(`  ${describeGate(g, oof).replace(/\n/g, '\n  ')}`);
}
console.log(`${((performance.now() - t0) / 1000).toFixed(0)} s`);
