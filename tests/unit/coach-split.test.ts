import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../coach-corpus/corpus';

import {
  DRAFTS_FILE,
  fileChecksum,
  isHeldRealLabel,
  isTestText,
  LANGUAGE_FILES,
  LOCKED_WHOLE_FILES,
  labelRefsOf,
  lockFileOf,
  REAL_LABELS_FILE,
  REAL_LINKED_TRAIN_FILE,
  REAL_MEASURE_FILES,
  splitChecksum,
} from '../coach-corpus/split';
import { LANGUAGE_TRAIN_FILES, loadTrainingRows, TRAIN_FILES } from '../coach-corpus/train';

const dir = path.join(REPO_ROOT, 'tests/coach-corpus');
const lock = JSON.parse(fs.readFileSync(path.join(dir, 'test-split.lock.json'), 'utf8')) as {
  file: string;
  rows: number;
  testRows: number;
  sha256: string;
};
const drafts = fs
  .readFileSync(path.join(dir, DRAFTS_FILE), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { text: string; label: string });

describe('locked test split of drafts.jsonl', () => {
  it('is the split recorded when the corpus landed (same rows, same labels)', () => {
    expect(lock.file).toBe(DRAFTS_FILE);
    expect(drafts.filter((r) => isTestText(r.text)).length).toBe(lock.testRows);
    expect(splitChecksum(drafts)).toBe(lock.sha256);
  });
  it('holds about a quarter of the rows', () => {
    expect(lock.testRows / drafts.length).toBeGreaterThan(0.2);
    expect(lock.testRows / drafts.length).toBeLessThan(0.3);
  });
  it('the checksum notices a changed label or text', () => {
    const t = drafts.findIndex((r) => isTestText(r.text));
    const flipped = drafts.map((r, i) =>
      i === t ? { ...r, label: r.label === 'promotional' ? 'conversational' : 'promotional' } : r,
    );
    expect(splitChecksum(flipped)).not.toBe(lock.sha256);
  });
});

describe('the trainer', () => {
  const rows = loadTrainingRows();
  const testTexts = new Set(drafts.filter((r) => isTestText(r.text)).map((r) => r.text));
  it('reads the training files only (and the training half of our real-tweet labels)', () => {
    expect(TRAIN_FILES).toContain(DRAFTS_FILE);
    for (const r of rows) expect([...TRAIN_FILES, REAL_LABELS_FILE]).toContain(path.basename(r.file));
  });
  it('never reads the held half of our real-tweet labels', () => {
    const real = rows.filter((r) => path.basename(r.file) === REAL_LABELS_FILE);
    expect(real.filter((r) => isHeldRealLabel(r.ref ?? ''))).toEqual([]);
  });
  it('never reads a tweet of the disagreement or doubt labels (measures), from any file', () => {
    const measured = new Set(REAL_MEASURE_FILES.flatMap((f) => [...labelRefsOf(path.join(dir, f))]));
    expect(measured.size).toBe(120 + 243);
    expect(rows.filter((r) => measured.has(r.ref ?? '')).map((r) => r.ref)).toEqual([]);
  });
  it('holds out about half of the real-tweet labels, by a fixed hash', () => {
    const ids = fs
      .readFileSync(path.join(dir, REAL_LABELS_FILE), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { acct: string; id: string });
    const held = ids.filter((o) => isHeldRealLabel(`${o.acct}#${o.id}`)).length;
    expect(held / ids.length).toBeGreaterThan(0.45);
    expect(held / ids.length).toBeLessThan(0.55);
    // Fixed: the first label's side never changes (a changed hash would silently move rows).
    expect(isHeldRealLabel('alrocar#1751937882766667813')).toBe(true);
  });
  it('never reads a row of the test split, from any file', () => {
    expect(rows.length).toBeGreaterThan(1500);
    const leaked = rows.filter(
      (r) => testTexts.has(r.text) || (isTestText(r.text) && path.basename(r.file) === DRAFTS_FILE),
    );
    expect(leaked.map((r) => r.text)).toEqual([]);
  });
  it('reads every training row of drafts.jsonl', () => {
    const fromDrafts = rows.filter((r) => path.basename(r.file) === DRAFTS_FILE).length;
    expect(fromDrafts).toBe(drafts.length - lock.testRows);
  });
});

describe('locked test splits of the language corpora (issue 16)', () => {
  const langLock = JSON.parse(
    fs.readFileSync(path.join(dir, 'test-split.languages.lock.json'), 'utf8'),
  ) as Record<string, { rows: number; testRows: number; sha256: string }>;
  it('lock every language file with the same rule', () => {
    expect(Object.keys(langLock).sort()).toEqual([...LANGUAGE_FILES].sort());
  });
  for (const f of LANGUAGE_FILES) {
    it(`${f}: 250+ rows, the test split recorded when it landed`, () => {
      const rows = fs
        .readFileSync(path.join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { text: string; label: string });
      expect(rows.length).toBeGreaterThanOrEqual(250);
      expect(rows.length).toBe(langLock[f]?.rows);
      expect(rows.filter((r) => isTestText(r.text)).length).toBe(langLock[f]?.testRows);
      expect(splitChecksum(rows)).toBe(langLock[f]?.sha256);
    });
  }
});

describe('the trainer and the language corpora', () => {
  const rows = loadTrainingRows();
  it('never reads a test row of a language file, nor its sibling line in another language', () => {
    const testLines = new Set<number>();
    for (const f of LANGUAGE_FILES)
      fs.readFileSync(path.join(dir, f), 'utf8')
        .split('\n')
        .forEach((l, i) => {
          if (l.trim() && isTestText(JSON.parse(l).text)) testLines.add(i + 1);
        });
    const fromLang = rows.filter((r) => LANGUAGE_FILES.includes(path.basename(r.file)));
    expect(fromLang.length).toBeGreaterThan(300);
    expect(fromLang.filter((r) => testLines.has(r.line) || isTestText(r.text))).toEqual([]);
  });
  it('reads the training-only language drafts, none of them a text of any locked test split', () => {
    const locked = new Set<string>();
    for (const f of [DRAFTS_FILE, ...LANGUAGE_FILES])
      for (const l of fs.readFileSync(path.join(dir, f), 'utf8').split('\n'))
        if (l.trim() && isTestText(JSON.parse(l).text)) locked.add(JSON.parse(l).text);
    const extra = rows.filter((r) => LANGUAGE_TRAIN_FILES.includes(path.basename(r.file)));
    for (const lang of ['ja', 'es', 'pt'])
      expect(extra.filter((r) => r.lang === lang).length).toBeGreaterThan(40);
    expect(extra.filter((r) => locked.has(r.text))).toEqual([]);
    expect(LANGUAGE_FILES.some((f) => LANGUAGE_TRAIN_FILES.includes(f))).toBe(false);
  });
});

for (const name of LOCKED_WHOLE_FILES)
  describe(`the locked ${name} (written independently, locked whole)`, () => {
    const file = path.join(dir, name);
    const have = fs.existsSync(file);
    const read = () =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { text: string; label: string });
    it.skipIf(!have)('is the file recorded when it landed (same rows, same labels)', () => {
      const lock = JSON.parse(fs.readFileSync(path.join(dir, lockFileOf(name)), 'utf8')) as {
        file: string;
        rows: number;
        sha256: string;
      };
      const rows = read();
      expect(lock.file).toBe(name);
      expect(rows.length).toBe(lock.rows);
      expect(fileChecksum(rows)).toBe(lock.sha256);
      const flipped = rows.map((r, i) => (i === 0 ? { ...r, label: `${r.label}!` } : r));
      expect(fileChecksum(flipped)).not.toBe(lock.sha256);
    });
    it.skipIf(!have)('is never read by the trainer, from any file', () => {
      expect(TRAIN_FILES).not.toContain(name);
      const texts = new Set(read().map((r) => r.text));
      expect(loadTrainingRows().filter((r) => texts.has(r.text) || path.basename(r.file) === name)).toEqual(
        [],
      );
    });
  });

describe('real-linked.train.jsonl (ids only, training only)', () => {
  it('never brings a tweet of real-tweet-labels.jsonl into training a second time, nor one of its held half', () => {
    const rows = loadTrainingRows();
    const labelled = labelRefsOf(path.join(dir, REAL_LABELS_FILE));
    const linked = rows.filter((r) => path.basename(r.file) === REAL_LINKED_TRAIN_FILE);
    expect(linked.filter((r) => labelled.has(r.ref ?? ''))).toEqual([]);
    const refs = rows.map((r) => r.ref).filter((r): r is string => r !== undefined);
    expect(new Set(refs).size).toBe(refs.length);
  });
});
