/**
 * Coaching eval: npx tsx tests/coach-corpus/eval.ts FILE.jsonl [FILE...]  (npm run eval:coach -- FILE...)
 * Promotional is the positive class; broadcast and conversational verdicts count as negative.
 * The last line is always `precision=P recall=R f1=F n=N`.
 */
import { evaluate, loadCorpus, summaryLine } from './corpus.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: tsx tests/coach-corpus/eval.ts FILE.jsonl [FILE...]');
  process.exit(2);
}

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
  console.log(`      ${oneLine(o.row.text)}`);
}
console.log(summaryLine(r));
