import path from 'node:path';
import { analyze } from '../../lib/coach/index.ts';
import { EVAL_NOW, loadCorpus, REPO_ROOT } from './corpus.ts';
import { isHeldRealLabel } from './split.ts';

const rows = loadCorpus([path.join(REPO_ROOT, 'tests/coach-corpus/real-tweet-labels.jsonl')]).rows.filter(
  (r) => !isHeldRealLabel(r.ref ?? ''),
);
for (const r of rows) {
  const v = analyze({ text: r.text, kind: r.kind }, { ...r.context, now: EVAL_NOW });
  const p = v.verdict === 'promotional';
  const y = r.label === 'promotional';
  if (p !== y)
    console.log(
      `${y ? 'MISS' : 'FA  '} ${r.kind} s=${v.score} [${v.findings.map((f) => f.rule).join(',')}] ${r.category} | ${r.text.replace(/\s+/g, ' ').slice(0, 200)} || own=${JSON.stringify(r.context?.ownDomains ?? [])}`,
    );
}
