/**
 * How the second batch of our own real-tweet labels was sampled (issue 12: "a random sample across all 18
 * accounts, by reading each one"). Deterministic: for each account, the tweets not yet in
 * real-tweet-labels.jsonl are ordered by SHA-1 of `SEED#acct#id` and the first PER_ACCOUNT are taken
 * (gedankenstuecke has 9 tweets, all labeled in the first batch, so 17 accounts give 60 each).
 *
 *   npx tsx tests/coach-corpus/sample-real-labels.ts > /tmp/sample.tsv
 *
 * prints `n, acct, id, kind, text` (tab-separated, newlines shown as ⏎) for a person to read and label by
 * hand against TAXONOMY.md. The output holds real people's texts: it is read, never committed. The labels
 * were decided by reading each text, never by running the coach.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadRealTweets, REPO_ROOT } from './corpus.ts';
import { REAL_LABELS_FILE } from './split.ts';

export const SAMPLE_SEED = 'reallabels-2026-11-30';
export const PER_ACCOUNT = 60;

const labeled = new Set(
  fs
    .readFileSync(path.join(REPO_ROOT, 'tests/coach-corpus', REAL_LABELS_FILE), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const o = JSON.parse(l) as { acct: string; id: string };
      return `${o.acct}#${o.id}`;
    }),
);
const byAcct = new Map<string, { ref: string; kind: string; text: string }[]>();
for (const [ref, t] of loadRealTweets()) {
  if (labeled.has(ref)) continue;
  const acct = ref.split('#')[0] ?? '';
  const list = byAcct.get(acct) ?? [];
  list.push({ ref, kind: t.kind, text: t.text });
  byAcct.set(acct, list);
}
const key = (ref: string) => createHash('sha1').update(`${SAMPLE_SEED}#${ref}`, 'utf8').digest('hex');
let n = 0;
for (const acct of [...byAcct.keys()].sort()) {
  const picked = (byAcct.get(acct) ?? [])
    .map((t) => ({ ...t, k: key(t.ref) }))
    .sort((a, b) => (a.k < b.k ? -1 : 1))
    .slice(0, PER_ACCOUNT);
  for (const t of picked) {
    const [a, id] = t.ref.split('#');
    console.log([++n, a, id, t.kind, t.text.replace(/\s*\n\s*/g, ' ⏎ ')].join('\t'));
  }
}
