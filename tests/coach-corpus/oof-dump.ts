/**
 * npx tsx tests/coach-corpus/oof-dump.ts [out.json]: writes the out-of-fold verdict inputs of every training row
 * (gate.ts outOfFold) with its kind, file, category and stage, so gate variants can be tried in seconds
 * (chooseGate on the dump) instead of retraining the five fold models for each. The dump holds the texts of
 * real tweets: write it outside the repository (default /tmp/coach-oof.json), never commit it. Honours the
 * trainer's knobs (L2, REAL_WEIGHT, ...).
 */
import fs from 'node:fs';
import path from 'node:path';
import { outOfFold } from './gate.ts';
import { toExample } from './learn.ts';
import { loadTrainingRows } from './train.ts';

const rows = loadTrainingRows();
const oof = outOfFold(rows, rows.map(toExample));
const out = oof.map((o, i) => {
  const r = rows[i];
  return {
    ...o,
    kind: r?.kind,
    file: path.basename(r?.file ?? ''),
    category: r?.category,
    stage: r?.context?.targetStage,
    text: r?.text,
  };
});
fs.writeFileSync(process.argv[2] ?? '/tmp/coach-oof.json', JSON.stringify(out));
