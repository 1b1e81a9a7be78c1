/**
 * npx tsx tests/coach-corpus/diagnose.ts: why the coach misses, measured on the TRAINING rows only (5-fold
 * cross-validation by a hash of the text; the locked test split is never read). Prints training fit, the
 * out-of-fold model alone at several thresholds, the gated verdict of analyze(), calibration, and recall
 * per category.
 */
import { createHash } from 'node:crypto';
import { analyzeWith, draftFeatures, handEvidence } from '../../lib/coach/analyze.ts';
import { loadModel, score } from '../../lib/coach/model/model.ts';
import { EVAL_NOW } from './corpus.ts';
import { quantize, toExample, trainWeights } from './learn.ts';
import { loadTrainingRows } from './train.ts';

const K = 5;
const fold = (t: string) => createHash('md5').update(t).digest().readUInt32BE(0) % K;
const rows = loadTrainingRows();
const ex = rows.map(toExample);
const oof: {
  ev: number;
  pitch: boolean;
  text: string;
  p: number;
  gated: boolean;
  y: number;
  cat: string;
  lang: string;
  real: boolean;
  drafts: boolean;
}[] = [];
let trainAcc = 0;
let ll = 0;
let trainN = 0;
for (let k = 0; k < K; k++) {
  const tr = ex.filter((_, i) => fold(rows[i]!.text) !== k);
  const w = trainWeights(tr, {
    l2: Number(process.env.L2 ?? 1e-5),
    epochs: Number(process.env.EPOCHS ?? 300),
  });
  const model = loadModel(quantize(w, [], 0));
  rows.forEach((r, i) => {
    const ctx = { ...r.context, now: EVAL_NOW };
    const p = score(model, draftFeatures({ text: r.text, kind: r.kind }, ctx)).probability;
    if (fold(r.text) !== k) {
      trainN++;
      if (p >= 0.5 === (ex[i]!.y === 1)) trainAcc++;
      return;
    }
    const v = analyzeWith(model, { text: r.text, kind: r.kind }, ctx);
    ll -= Math.log(Math.max(1e-9, ex[i]!.y ? p : 1 - p));
    oof.push({
      ev: handEvidence({ text: r.text, kind: r.kind }, ctx),
      pitch: v.pitch,
      text: `${r.kind} ${r.context?.targetStage ?? ''} ${r.text}`,
      p,
      gated: v.verdict === 'promotional',
      y: ex[i]!.y,
      cat: r.category ?? '-',
      lang: r.lang ?? 'en',
      real: r.ref !== undefined,
      drafts: r.file.endsWith('/drafts.jsonl'),
    });
  });
}
console.log(
  `rows ${rows.length}; in-fold training accuracy ${(trainAcc / trainN).toFixed(3)}; out-of-fold log-loss ${(ll / rows.length).toFixed(4)}`,
);
const pr = (pred: (o: (typeof oof)[number]) => boolean, set = oof) => {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  for (const o of set) {
    const p = pred(o);
    if (p && o.y) tp++;
    else if (p) fp++;
    else if (o.y) fn++;
    else tn++;
  }
  return `P ${(tp / (tp + fp || 1)).toFixed(3)} R ${(tp / (tp + fn || 1)).toFixed(3)} FA ${((100 * fp) / (fp + tn || 1)).toFixed(1)}%`;
};
console.log(`gated analyze() verdict, out of fold: ${pr((o) => o.gated)}`);
const real = oof.filter((o) => o.real);
const written = oof.filter((o) => !o.real);
console.log(
  `gated, drafts.jsonl rows: ${pr(
    (o) => o.gated,
    oof.filter((o) => o.drafts),
  )}`,
);
console.log(`gated, written rows: ${pr((o) => o.gated, written)} | real rows: ${pr((o) => o.gated, real)}`);
for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95])
  console.log(
    `model alone p>=${t}: written ${pr((o) => o.p >= t, written)} | drafts.jsonl ${pr(
      (o) => o.p >= t || (o.gated && o.p < 0),
      oof.filter((o) => o.drafts),
    )} | real ${pr((o) => o.p >= t, real)}`,
  );
const dr = oof.filter((o) => o.drafts);
for (const alone of [50, 101])
  for (const lo of [0.3, 0.4, 0.5])
    for (const hi of [0.8, 0.9, 0.95])
      for (const ev of [25, 35]) {
        const f = (o: (typeof oof)[number]) =>
          o.pitch || o.p >= hi || (o.p >= lo && o.ev >= ev) || o.ev >= alone;
        console.log(
          `rules-alone ${alone} lo ${lo} ev ${ev} hi ${hi}: drafts ${pr(f, dr)} | real ${pr(f, real)}`,
        );
      }
console.log('calibration (bin: n, mean p, fraction promotional)');
for (let b = 0; b < 10; b++) {
  const s = oof.filter((o) => o.p >= b / 10 && o.p < (b + 1) / 10);
  if (!s.length) continue;
  const mp = s.reduce((a, o) => a + o.p, 0) / s.length;
  const fy = s.reduce((a, o) => a + o.y, 0) / s.length;
  console.log(`  ${(b / 10).toFixed(1)}: n=${s.length} p=${mp.toFixed(2)} y=${fy.toFixed(2)}`);
}
console.log('per category (out of fold): gated recall | model p>=0.5 rate');
const cats = [...new Set(oof.map((o) => `${o.y}:${o.cat}`))].sort();
for (const c of cats) {
  const s = oof.filter((o) => `${o.y}:${o.cat}` === c);
  const g = s.filter((o) => o.gated).length;
  const m = s.filter((o) => o.p >= 0.5).length;
  console.log(
    `  ${c.padEnd(28)} n=${String(s.length).padStart(3)} gated ${(g / s.length).toFixed(2)} model ${(m / s.length).toFixed(2)}`,
  );
}
if (process.env.SHOW) {
  for (const o of oof)
    if (o.p >= 0.5 !== (o.y === 1))
      console.log(
        o.y ? 'MISS' : 'FA  ',
        o.p.toFixed(2),
        o.cat,
        '|',
        o.text.replace(/\s+/g, ' ').slice(0, 170),
      );
}
