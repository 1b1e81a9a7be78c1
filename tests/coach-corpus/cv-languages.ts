/**
 * npm run cv:coach-languages: the Japanese, Spanish and Portuguese TRAINING rows read by fold models that never
 * saw them (5 folds by the trainer's hash, the shipped gate), with recall per taxonomy category. For working on
 * the languages without looking at the locked test split: it reads loadTrainingRows() only, and prints the
 * missed training drafts so new training drafts and word lists can be written for what generalizes worst.
 */

import path from 'node:path';
import { decide, verdictInputs } from '../../lib/coach/analyze.ts';
import { loadModel } from '../../lib/coach/model/model.ts';
import { MODEL } from '../../lib/coach/model/weights.ts';
import { EVAL_NOW } from './corpus.ts';
import { FOLDS, foldOfRow } from './gate.ts';
import { toExample, trainModel } from './learn.ts';
import { LANGUAGE_FILES } from './split.ts';
import { loadTrainingRows } from './train.ts';

const LANGS = new Set(['ja', 'es', 'pt']);
const rows = loadTrainingRows();
const outline = (r: (typeof rows)[number]) => LANGUAGE_FILES.includes(path.basename(r.file));
const fold = foldOfRow;
const examples = rows.map(toExample);
const verbose = process.argv.includes('--misses');
const tally = new Map<string, { tp: number; fp: number; fn: number; tn: number }>();
const byCategory = new Map<string, { hit: number; n: number }>();
for (let k = 0; k < FOLDS; k++) {
  const inFold = rows.map((r) => fold(r) !== k);
  const model = loadModel({
    ...trainModel(
      rows.filter((_, i) => inFold[i]),
      examples.filter((_, i) => inFold[i]),
      [],
    ),
    gate: MODEL.gate,
  });
  for (const r of rows) {
    const lang = r.lang ?? '';
    if (fold(r) !== k || !LANGS.has(lang)) continue;
    const src = outline(r) ? 'outline' : 'train-only';
    const promo = decide(
      MODEL.gate,
      verdictInputs(model, { text: r.text, kind: r.kind }, { ...r.context, now: EVAL_NOW }),
    );
    const y = r.label === 'promotional';
    const t = tally.get(`${lang} ${src}`) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    if (promo && y) t.tp++;
    else if (promo) t.fp++;
    else if (y) t.fn++;
    else t.tn++;
    tally.set(`${lang} ${src}`, t);
    const key = `${lang} ${src} ${r.category ?? '?'}`;
    const c = byCategory.get(key) ?? { hit: 0, n: 0 };
    c.n++;
    if (promo === y) c.hit++;
    byCategory.set(key, c);
    if (verbose && promo !== y)
      console.log(`${y ? 'MISS' : 'FALSE'} ${lang} ${src} ${r.category} ${r.kind}: ${r.text}`);
  }
}
for (const [lang, t] of tally)
  console.log(
    `${lang} out of fold P ${(t.tp / (t.tp + t.fp || 1)).toFixed(3)} R ${(t.tp / (t.tp + t.fn || 1)).toFixed(3)} (tp ${t.tp} fp ${t.fp} fn ${t.fn} tn ${t.tn})`,
  );
for (const [key, c] of [...byCategory].sort((a, b) => a[1].hit / a[1].n - b[1].hit / b[1].n))
  if (c.hit < c.n) console.log(`  ${key}: ${c.hit}/${c.n} right`);
