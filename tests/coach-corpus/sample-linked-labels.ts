/**
 * How `real-linked.train.jsonl` (training side only) was sampled: real tweets that carry a link, because the
 * coach misses most promotional real tweets in exactly that shape (issue 12: "sharing your own article, video,
 * podcast, talk or project as a headline and a link, often through a shortener"). Deterministic: for each
 * account, the tweets with a link (an http(s):// or www. URL in the text; the fixture's text already carries
 * the expanded `entities.urls`) that are in neither real-tweet-labels.jsonl nor real-labels-nonenglish.jsonl
 * are ordered by SHA-1 of `SEED#acct#id`, and the first PER_ACCOUNT are printed. A person reads them in that
 * order and labels the English ones by hand against TAXONOMY.md (non-English ones are skipped, not labeled).
 *
 *   npx tsx tests/coach-corpus/sample-linked-labels.ts [PER_ACCOUNT] > /tmp/linked.tsv
 *
 * prints `n, acct, id, kind, ownDomains, text` (tab-separated, newlines shown as ⏎). The output holds real
 * people's texts: it is read in a terminal, never committed. This script never loads or runs the coach, so
 * the labels are a reader's, not the model's.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const LINKED_SEED = 'reallinked-2026-12-01';
export const LINKED_PER_ACCOUNT = 120;

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TWEETS = path.resolve(HERE, '../../../shared/fixtures/x-real-tweets/tweets.jsonl');
const EXCLUDED = ['real-tweet-labels.jsonl', 'real-labels-nonenglish.jsonl'];
const LINK = /\bhttps?:\/\/\S|\bwww\.\S/i;

interface Tweet {
  acct: string;
  id: string;
  kind: string;
  text: string;
  context?: { ownDomains?: string[] };
}

const readJsonl = <T>(file: string): T[] =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** "acct#id" of every tweet already labeled elsewhere, so no tweet is labeled twice. */
export function alreadyLabeled(): Set<string> {
  const refs = new Set<string>();
  for (const f of EXCLUDED)
    for (const o of readJsonl<{ acct: string; id: string }>(path.join(HERE, f)))
      refs.add(`${o.acct}#${o.id}`);
  return refs;
}

export const hasLink = (text: string): boolean => LINK.test(text);

const sortKey = (ref: string) => createHash('sha1').update(`${LINKED_SEED}#${ref}`, 'utf8').digest('hex');

/** Per account, the unlabeled linked tweets in the fixed hash order (first `perAccount` of each). */
export function linkedCandidates(perAccount = LINKED_PER_ACCOUNT): Tweet[] {
  const skip = alreadyLabeled();
  const byAcct = new Map<string, Tweet[]>();
  for (const t of readJsonl<Tweet>(TWEETS)) {
    if (skip.has(`${t.acct}#${t.id}`) || !hasLink(t.text)) continue;
    byAcct.set(t.acct, [...(byAcct.get(t.acct) ?? []), t]);
  }
  return [...byAcct.keys()].sort().flatMap((acct) =>
    (byAcct.get(acct) ?? [])
      .map((t) => ({ t, k: sortKey(`${t.acct}#${t.id}`) }))
      .sort((a, b) => (a.k < b.k ? -1 : 1))
      .slice(0, perAccount)
      .map(({ t }) => t),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const per = Number(process.argv[2] ?? LINKED_PER_ACCOUNT);
  let n = 0;
  for (const t of linkedCandidates(per)) {
    const own = (t.context?.ownDomains ?? []).join(',');
    console.log([++n, t.acct, t.id, t.kind, own, t.text.replace(/\s*\n\s*/g, ' ⏎ ')].join('\t'));
  }
}
