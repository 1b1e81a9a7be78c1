/**
 * Loading and scoring the coaching corpus. Used by eval.ts (CLI) and the unit tests.
 * Rows are either synthetic ({text, label, kind, context?}) or archive labels ({source, id, label, kind,
 * context?}) whose text is loaded from ../shared/fixtures/x-archive (texts never live in this repo).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CoachContext, Draft, DraftKind, RuleId, VerdictKind } from '../../lib/coach/index.ts';
import { analyze } from '../../lib/coach/index.ts';

export type Label = 'promotional' | 'conversational';
export const LABELS: readonly Label[] = ['promotional', 'conversational'];
export const KINDS: readonly DraftKind[] = ['post', 'reply', 'quote', 'dm'];

export interface CorpusRow {
  file: string;
  line: number;
  text: string;
  label: Label;
  kind: DraftKind;
  context?: Partial<CoachContext>;
  /** "<source>#<id>" for archive rows, "<acct>#<id>" for real-tweet labels. */
  ref?: string;
  /** Taxonomy category (TAXONOMY.md), when the row has one. */
  category?: string;
  /** Language the row was written in (ja, es, pt, nl, fr...), when the file says. */
  lang?: string;
  /** The labeller marked the label a close call. */
  unsure?: boolean;
}

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ARCHIVE_DIR = path.resolve(REPO_ROOT, '../shared/fixtures/x-archive');
export const REAL_TWEETS_FILE = path.resolve(REPO_ROOT, '../shared/fixtures/x-real-tweets/tweets.jsonl');

interface RealTweet {
  acct: string;
  id: string;
  kind: DraftKind;
  text: string;
  context?: Partial<CoachContext>;
}
let realTweets: Map<string, RealTweet> | undefined;

/** Every real tweet of ../shared/fixtures/x-real-tweets, keyed "acct#id" (texts never live in this repo). */
export function loadRealTweets(): Map<string, RealTweet> {
  if (realTweets) return realTweets;
  realTweets = new Map();
  for (const l of fs.readFileSync(REAL_TWEETS_FILE, 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const t = JSON.parse(l) as RealTweet;
    // The author's handle is known as the signed-in account's is in the browser: the coach reads it.
    realTweets.set(`${t.acct}#${t.id}`, { ...t, context: { ...t.context, ownHandle: t.acct } });
  }
  return realTweets;
}
/** Fixed clock for the eval, so results never depend on the day it runs. */
export const EVAL_NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

interface ArchiveTweet {
  id_str?: string;
  full_text?: string;
  text?: string;
  entities?: {
    urls?: { url: string; expanded_url?: string }[];
    media?: { url: string }[];
  };
  extended_entities?: { media?: { url: string }[] };
}

const archiveCache = new Map<string, Map<string, ArchiveTweet>>();

function loadArchiveFile(source: string): Map<string, ArchiveTweet> {
  const cached = archiveCache.get(source);
  if (cached) return cached;
  const full = path.resolve(ARCHIVE_DIR, source);
  if (!full.startsWith(ARCHIVE_DIR + path.sep))
    throw new Error(`source escapes the archive folder: ${source}`);
  const raw = fs.readFileSync(full, 'utf8');
  const arr = JSON.parse(raw.slice(raw.indexOf('=') + 1)) as ({ tweet?: ArchiveTweet } & ArchiveTweet)[];
  const byId = new Map<string, ArchiveTweet>();
  for (const r of arr) {
    const t = r.tweet ?? r;
    if (t.id_str) byId.set(t.id_str, t);
  }
  archiveCache.set(source, byId);
  return byId;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** The text as its author typed it: t.co links expanded, attached media links removed, HTML entities decoded. */
export function composedText(t: ArchiveTweet): string {
  let text = t.full_text ?? t.text ?? '';
  for (const m of [...(t.entities?.media ?? []), ...(t.extended_entities?.media ?? [])]) {
    text = text.split(m.url).join('');
  }
  for (const u of t.entities?.urls ?? []) if (u.expanded_url) text = text.split(u.url).join(u.expanded_url);
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e).trim();
}

const archiveHandles = new Map<string, string | undefined>();

/**
 * The archive owner's handle, as the signed-in account's is known in the browser: account.js's username
 * (newer exports) or user_details.js's screen_name (Grailbird), beside the tweets file or a folder up.
 */
export function archiveHandle(source: string): string | undefined {
  const dir = path.dirname(path.resolve(ARCHIVE_DIR, source));
  if (archiveHandles.has(dir)) return archiveHandles.get(dir);
  let handle: string | undefined;
  for (const [file, field] of [
    ['account.js', 'username'],
    ['user_details.js', 'screen_name'],
    ['../user_details.js', 'screen_name'],
  ] as const) {
    const full = path.resolve(dir, file);
    if (!full.startsWith(ARCHIVE_DIR + path.sep) || !fs.existsSync(full)) continue;
    const m = fs.readFileSync(full, 'utf8').match(new RegExp(`"${field}"\\s*:\\s*"([A-Za-z0-9_]{1,15})"`));
    if (m?.[1]) {
      handle = m[1];
      break;
    }
  }
  archiveHandles.set(dir, handle);
  return handle;
}

export function archiveAvailable(): boolean {
  return fs.existsSync(ARCHIVE_DIR);
}

/** Resolves an archive-label row to its tweet; throws when the tweet is not there. */
export function resolveArchiveRow(source: string, id: string): string {
  const t = loadArchiveFile(source).get(id);
  if (!t) throw new Error(`tweet ${id} not found in ${source}`);
  return composedText(t);
}

export interface LoadResult {
  rows: CorpusRow[];
  skipped: number;
  warnings: string[];
}

/** Reads JSONL files. Archive rows need ../shared/fixtures: missing folder is an error under CI, else skipped. */
export function loadCorpus(
  files: string[],
  env: Record<string, string | undefined> = process.env,
): LoadResult {
  const rows: CorpusRow[] = [];
  const warnings: string[] = [];
  let skipped = 0;
  for (const file of files) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.forEach((l, i) => {
      if (!l.trim()) return;
      const o = JSON.parse(l) as Record<string, unknown>;
      const label = o.label as Label;
      if (typeof o.acct === 'string' && typeof o.id === 'string' && o.text === undefined) {
        // A real-tweet label: ids only; the text, kind and context come from ../shared.
        if (!LABELS.includes(label)) throw new Error(`${file}:${i + 1}: bad label ${String(o.label)}`);
        if (!fs.existsSync(REAL_TWEETS_FILE)) {
          if (env.CI) throw new Error(`real tweets missing at ${REAL_TWEETS_FILE} (required when CI is set)`);
          skipped++;
          return;
        }
        const t = loadRealTweets().get(`${o.acct}#${o.id}`);
        if (!t) throw new Error(`${file}:${i + 1}: tweet ${o.acct}#${o.id} not found`);
        rows.push({
          file,
          line: i + 1,
          text: t.text,
          label,
          kind: t.kind,
          context: t.context,
          ref: `${o.acct}#${o.id}`,
          category: o.category as string | undefined,
          lang: o.lang as string | undefined,
          ...(o.unsure === true && { unsure: true }),
        });
        return;
      }
      const kind = o.kind as DraftKind;
      if (!LABELS.includes(label)) throw new Error(`${file}:${i + 1}: bad label ${String(o.label)}`);
      if (!KINDS.includes(kind)) throw new Error(`${file}:${i + 1}: bad kind ${String(o.kind)}`);
      const context = o.context as Partial<CoachContext> | undefined;
      if (typeof o.text === 'string') {
        rows.push({
          file,
          line: i + 1,
          text: o.text,
          label,
          kind,
          context,
          category: o.category as string | undefined,
          lang: o.lang as string | undefined,
        });
        return;
      }
      if (typeof o.source !== 'string' || typeof o.id !== 'string') {
        throw new Error(`${file}:${i + 1}: row needs text, or source and id`);
      }
      if (!archiveAvailable()) {
        if (env.CI) throw new Error(`archive fixtures missing at ${ARCHIVE_DIR} (required when CI is set)`);
        skipped++;
        return;
      }
      const text = resolveArchiveRow(o.source, o.id);
      const ownHandle = archiveHandle(o.source);
      rows.push({
        file,
        line: i + 1,
        text,
        label,
        kind,
        context: ownHandle ? { ownHandle, ...context } : context,
        ref: `${o.source}#${o.id}`,
      });
    });
  }
  if (skipped) warnings.push(`skipped ${skipped} rows: ../shared/fixtures not found`);
  return { rows, skipped, warnings };
}

export interface Outcome {
  row: CorpusRow;
  verdict: VerdictKind;
  score: number;
  rules: RuleId[];
}

export interface EvalResult {
  outcomes: Outcome[];
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  n: number;
  ruleHits: Map<RuleId, { tp: number; fp: number }>;
}

export function evaluate(rows: CorpusRow[], now = EVAL_NOW): EvalResult {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const outcomes: Outcome[] = [];
  const ruleHits = new Map<RuleId, { tp: number; fp: number }>();
  for (const row of rows) {
    const draft: Draft = { text: row.text, kind: row.kind };
    const v = analyze(draft, { ...row.context, now });
    const predicted = v.verdict === 'promotional';
    const actual = row.label === 'promotional';
    if (predicted && actual) tp++;
    else if (predicted) fp++;
    else if (actual) fn++;
    else tn++;
    const rules = [...new Set(v.findings.map((f) => f.rule))];
    for (const r of rules) {
      const c = ruleHits.get(r) ?? { tp: 0, fp: 0 };
      if (actual) c.tp++;
      else c.fp++;
      ruleHits.set(r, c);
    }
    outcomes.push({ row, verdict: v.verdict, score: v.score, rules });
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { outcomes, tp, fp, fn, tn, precision, recall, f1, n: rows.length, ruleHits };
}

export function summaryLine(r: EvalResult): string {
  return `precision=${r.precision.toFixed(3)} recall=${r.recall.toFixed(3)} f1=${r.f1.toFixed(3)} n=${r.n}`;
}
