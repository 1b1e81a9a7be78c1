/**
 * Coaching eval: npx tsx tests/coach-corpus/eval.ts [--loco] [FILE.jsonl...]  (npm run eval:coach -- FILE...; without a
 * file, drafts.jsonl).
 * Promotional is the positive class; broadcast and conversational verdicts count as negative.
 * The last line is always `precision=P recall=R f1=F n=N`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { detectLanguage } from '../../lib/coach/language.ts';
import { evaluate, loadCorpus, REPO_ROOT, summaryLine } from './corpus.ts';
import { leaveOneCategoryOut, PARAPHRASES_FILE, paraphraseCheck } from './generalize.ts';
import { DRAFTS_FILE, testRowsOf } from './split.ts';

const args = process.argv.slice(2);
const loco = args.includes('--loco');
// Without a file: drafts.jsonl, whose locked test split is what the README's `npm run eval:coach` reports.
const given = args.filter((a) => a !== '--loco');
const files = given.length ? given : [path.join(REPO_ROOT, 'tests/coach-corpus', DRAFTS_FILE)];

let loaded: ReturnType<typeof loadCorpus>;
try {
  loaded = loadCorpus(files);
} catch (e) {
  console.error(String(e instanceof Error ? e.message : e));
  process.exit(1);
}
for (const w of loaded.warnings) console.warn(`warning: ${w}`);
const r = evaluate(loaded.rows);

const oneLine = (s: string, max = 140) => {
  const t = s.replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

console.log('confusion matrix (rows = label, columns = verdict)');
console.log('                 promotional  not-promotional');
console.log(`promotional      ${String(r.tp).padStart(11)}  ${String(r.fn).padStart(15)}`);
console.log(`conversational   ${String(r.fp).padStart(11)}  ${String(r.tn).padStart(15)}`);
const verdicts = new Map<string, number>();
for (const o of r.outcomes) verdicts.set(o.verdict, (verdicts.get(o.verdict) ?? 0) + 1);
console.log(`verdicts: ${[...verdicts].map(([k, v]) => `${k}=${v}`).join(' ')}`);

console.log('\nhits per rule (drafts where the rule fired: labeled promotional / labeled conversational)');
for (const [rule, c] of [...r.ruleHits].sort((a, b) => b[1].tp + b[1].fp - (a[1].tp + a[1].fp))) {
  console.log(`  ${rule.padEnd(20)} ${String(c.tp).padStart(4)} / ${String(c.fp).padStart(4)}`);
}

const wrong = r.outcomes.filter((o) => (o.verdict === 'promotional') !== (o.row.label === 'promotional'));
console.log(`\nmisclassified (${wrong.length})`);
for (const o of wrong) {
  const where = o.row.ref ?? `${o.row.file}:${o.row.line}`;
  const kind = o.row.label === 'promotional' ? 'MISS' : 'FALSE ALARM';
  console.log(`  ${kind} [${o.row.kind}] score=${o.score} rules=${o.rules.join(',') || '-'} ${where}`);
  // A locked test-split draft is counted, never shown: reading it would let it shape the next training rows.
  console.log(
    `      ${testRowsOf(o.row.file, o.row.text) ? '(locked test split: text not shown)' : oneLine(o.row.text)}`,
  );
}
// Per language (issue 16): the file's own label, else the language the coach detects; and, for files with a
// locked test split, that split alone.
const byLang = new Map<string, typeof loaded.rows>();
for (const row of loaded.rows) {
  const lang = row.lang ?? detectLanguage(row.text);
  byLang.set(lang, [...(byLang.get(lang) ?? []), row]);
}
console.log('\nper language (all rows given | locked test split rows only)');
for (const [lang, rows] of [...byLang].sort((a, b) => b[1].length - a[1].length)) {
  const all = evaluate(rows);
  const test = rows.filter((x) => testRowsOf(x.file, x.text));
  const t = test.length ? evaluate(test) : undefined;
  const fa = all.fp + all.tn ? `${((100 * all.fp) / (all.fp + all.tn)).toFixed(1)}%` : '-';
  console.log(
    `  ${lang.padEnd(6)} P ${all.precision.toFixed(3)} R ${all.recall.toFixed(3)} FA ${fa.padStart(6)} n=${String(all.n).padEnd(5)}` +
      (t ? ` | test P ${t.precision.toFixed(3)} R ${t.recall.toFixed(3)} n=${t.n}` : ''),
  );
}
if (fs.existsSync(PARAPHRASES_FILE)) {
  const para = paraphraseCheck();
  console.log(
    `\nparaphrase check: ${para.caught}/${para.n} rewritten promotional test drafts stay promotional (the originals: ${para.originals}/${para.n})`,
  );
}
if (loco) {
  // Trains one model per category: about ten seconds each on this machine.
  const l = leaveOneCategoryOut();
  console.log('\nleave one category out (trained without the category, recall on its drafts)');
  for (const x of l.rows)
    console.log(`  ${x.category.padEnd(22)} ${x.recall.toFixed(3)}  (${x.caught}/${x.n})`);
  console.log(`  median recall ${l.median.toFixed(3)}`);
} else console.log('\n(npm run eval:coach -- --loco FILE... adds the leave-one-category-out table)');
console.log(summaryLine(r));
