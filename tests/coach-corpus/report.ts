/**
 * npm run report:coach — every figure the closing note needs, in one run: the locked test split, our own
 * labels of real tweets, the archive labels, the speak-up rate on all real tweets, the paraphrase check, the
 * locked fresh.test.jsonl and, per language, the locked split of each language corpus and the false alarms on
 * labeled non-English tweets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../lib/coach/index.ts';
import { EVAL_NOW, evaluate, loadCorpus, loadRealTweets, REAL_TWEETS_FILE, REPO_ROOT } from './corpus.ts';
import {
  FRESH_TEST_FILE,
  HELPER_TEST_FILES,
  isHeldRealLabel,
  LANGUAGE_FILES,
  REAL_DISAGREEMENT_FILE,
  REAL_UNCERTAIN_FILE,
  testRowsOf,
} from './split.ts';

const dir = path.join(REPO_ROOT, 'tests/coach-corpus');
const f3 = (x: number) => x.toFixed(3);
const line = (
  name: string,
  files: string[],
  filter?: (r: { text: string; file: string; ref?: string }) => boolean,
) => {
  const all = loadCorpus(files.map((f) => path.join(dir, f))).rows;
  const rows = filter ? all.filter(filter) : all;
  const r = evaluate(rows);
  const neg = r.fp + r.tn;
  console.log(
    `${name.padEnd(34)} P ${f3(r.precision)} R ${f3(r.recall)} FA ${neg ? ((100 * r.fp) / neg).toFixed(2) : '-'}% n=${r.n} (tp ${r.tp} fp ${r.fp} fn ${r.fn})`,
  );
  return r;
};

line('drafts.jsonl locked test split', ['drafts.jsonl'], (r) => testRowsOf('drafts.jsonl', r.text));
// Written independently of this repository and locked whole (split.ts FRESH_TEST_FILE): never trained on.
if (fs.existsSync(path.join(dir, FRESH_TEST_FILE))) line('fresh.test.jsonl (locked, all)', [FRESH_TEST_FILE]);
// Two more writers, locked whole (split.ts HELPER_TEST_FILES).
for (const f of HELPER_TEST_FILES) line(`${f} (locked, all)`, [f]);
if (fs.existsSync(REAL_TWEETS_FILE)) {
  line('own real-tweet labels, held half', ['real-tweet-labels.jsonl'], (r) => isHeldRealLabel(r.ref ?? ''));
  line('own real-tweet labels, all', ['real-tweet-labels.jsonl']);
  line('archive labels', ['archive-labels.jsonl']);
  // Sampled where two models disagreed (split.ts REAL_DISAGREEMENT_FILE): not a timeline's rates, a comparison.
  line('real tweets two models split on', [REAL_DISAGREEMENT_FILE]);
  line('real tweets the model doubted', [REAL_UNCERTAIN_FILE]);
  for (const lang of ['ja', 'es', 'nl', 'fr']) {
    const file = path.join(dir, 'real-labels-nonenglish.jsonl');
    if (!fs.existsSync(file)) break;
    const rows = loadCorpus([file]).rows.filter((r) => r.lang === lang);
    const r = evaluate(rows);
    console.log(
      `real ${lang} labels`.padEnd(34),
      `FA ${r.fp}/${r.fp + r.tn} P ${f3(r.precision)} R ${f3(r.recall)}`,
    );
  }
  let speak = 0;
  let n = 0;
  for (const t of loadRealTweets().values()) {
    n++;
    if (analyze({ text: t.text, kind: t.kind }, { ...t.context, now: EVAL_NOW }).verdict === 'promotional')
      speak++;
  }
  console.log(`speaks up on ${speak}/${n} real tweets (${((100 * speak) / n).toFixed(2)}%)`);
}
for (const f of LANGUAGE_FILES) {
  if (fs.existsSync(path.join(dir, f))) line(`${f} locked test split`, [f], (r) => testRowsOf(f, r.text));
}
const para = process.env.DT_PARAPHRASES ?? path.join(dir, 'paraphrases.jsonl');
if (fs.existsSync(para)) {
  const rows = fs
    .readFileSync(para, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  let caught = 0;
  let origCaught = 0;
  for (const r of rows) {
    const ctx = { ...r.context, now: EVAL_NOW };
    if (analyze({ text: r.text, kind: r.kind }, ctx).verdict === 'promotional') caught++;
    if (analyze({ text: r.orig_text, kind: r.kind }, ctx).verdict === 'promotional') origCaught++;
  }
  console.log(`paraphrases caught ${caught}/${rows.length} (originals ${origCaught}/${rows.length})`);
}
