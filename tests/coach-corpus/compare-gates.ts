/**
 * npx tsx tests/coach-corpus/compare-gates.ts: the table behind the gate train.ts ships (gate.ts says which
 * and why). Trains the weights once on the training rows, then reads every measure of issue 12's goal table
 * under each candidate gate on those same weights: the hand-set bars and the 5-fold search's pick under
 * different bounds and weights of the real training half (gate.ts HAND_SET_GATE keeps the table it printed). Only counts are printed (never a text of
 * the locked test split); the held half of our real-tweet labels is read here and nowhere in the search.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decide, type VerdictInputs, verdictInputs } from '../../lib/coach/analyze.ts';
import { type Gate, type LoadedModel, loadModel } from '../../lib/coach/model/model.ts';
import { type CorpusRow, EVAL_NOW, loadCorpus, REAL_TWEETS_FILE, REPO_ROOT } from './corpus.ts';
import { chooseGate, DEFAULT_SEARCH, HAND_SET_GATE, outOfFold, type SearchOptions } from './gate.ts';
import { quantize, toExample, trainWeights } from './learn.ts';
import { DRAFTS_FILE, isHeldRealLabel, LANGUAGE_FILES, REAL_LABELS_FILE, testRowsOf } from './split.ts';
import { loadTrainingRows } from './train.ts';

const dir = path.join(REPO_ROOT, 'tests/coach-corpus');
const f3 = (x: number) => x.toFixed(3);
const rows = loadTrainingRows();
const examples = rows.map(toExample);
const oof = outOfFold(rows, examples);
const searches: [string, SearchOptions][] = [
  ['search, false alarms <= 0.5%', { realWeight: 1, maxRealFalseAlarms: 0.005 }],
  ['search, false alarms <= 0.5%, real x3', { realWeight: 3, maxRealFalseAlarms: 0.005 }],
  ['search, false alarms <= 1% (shipped)', DEFAULT_SEARCH],
  ['search, false alarms <= 1%, real x3', { realWeight: 3, maxRealFalseAlarms: 0.01 }],
];
const gates: [string, Gate][] = [
  ['hand-set', HAND_SET_GATE],
  ...searches.map(([n, o]) => [n, chooseGate(oof, o)] as [string, Gate]),
];
for (const [n, g] of gates) console.log(`${n.padEnd(40)} ${JSON.stringify(g)}`);

const w = trainWeights(examples);
const model = loadModel(quantize(w, [], 0));
const inputs = (m: LoadedModel, r: CorpusRow): VerdictInputs =>
  verdictInputs(m, { text: r.text, kind: r.kind }, { ...r.context, now: EVAL_NOW });

interface Set {
  name: string;
  rows: CorpusRow[];
  x: VerdictInputs[];
}
const set = (name: string, rs: CorpusRow[]): Set => ({ name, rows: rs, x: rs.map((r) => inputs(model, r)) });
const load = (f: string) => loadCorpus([path.join(dir, f)]).rows;
const sets: Set[] = [
  set(
    'drafts test split',
    load(DRAFTS_FILE).filter((r) => testRowsOf(DRAFTS_FILE, r.text)),
  ),
];
if (fs.existsSync(REAL_TWEETS_FILE)) {
  sets.push(
    set(
      'own real labels, held half',
      load(REAL_LABELS_FILE).filter((r) => isHeldRealLabel(r.ref ?? '')),
    ),
  );
  sets.push(set('archive labels', load('archive-labels.jsonl')));
  sets.push(set('real non-English labels', load('real-labels-nonenglish.jsonl')));
}
for (const f of LANGUAGE_FILES)
  sets.push(
    set(
      `${f} test split`,
      load(f).filter((r) => testRowsOf(f, r.text)),
    ),
  );
const para = fs
  .readFileSync(path.join(dir, 'paraphrases.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as CorpusRow);
const paraX = para.map((r) => inputs(model, r));

// Leave one category out: one model per promotional category of the drafts, gate-independent inputs.
const drafts = load(DRAFTS_FILE).filter((r) => r.label === 'promotional');
const cats = [...new Set(drafts.map((r) => r.category ?? ''))].filter(Boolean).sort();
const loco = cats.map((c) => {
  const m = loadModel(quantize(trainWeights(examples.filter((_, i) => rows[i]?.category !== c)), [], 0));
  return drafts.filter((r) => r.category === c).map((r) => inputs(m, r));
});

for (const [name, g] of gates) {
  console.log(`\n${name}`);
  for (const s of sets) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    s.rows.forEach((r, i) => {
      const p = decide(g, s.x[i] as VerdictInputs);
      const y = r.label === 'promotional';
      if (p && y) tp++;
      else if (p) fp++;
      else if (y) fn++;
      else tn++;
    });
    console.log(
      `  ${s.name.padEnd(28)} P ${f3(tp / (tp + fp || 1))} R ${f3(tp / (tp + fn || 1))} FA ${((100 * fp) / (fp + tn || 1)).toFixed(2)}% (tp ${tp} fp ${fp} fn ${fn} tn ${tn})`,
    );
  }
  console.log(`  paraphrases caught ${paraX.filter((x) => decide(g, x)).length}/${para.length}`);
  const rec = loco.map((xs) => xs.filter((x) => decide(g, x)).length / xs.length).sort((a, b) => a - b);
  const mid = rec.length >> 1;
  const med = rec.length % 2 ? (rec[mid] ?? 0) : ((rec[mid - 1] ?? 0) + (rec[mid] ?? 0)) / 2;
  console.log(`  LOCO median recall ${f3(med)} (min ${f3(rec[0] ?? 0)})`);
}
