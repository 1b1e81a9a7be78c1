import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_DIR, KINDS, LABELS, REPO_ROOT, resolveArchiveRow } from '../coach-corpus/corpus';

const read = (name: string) =>
  fs
    .readFileSync(`${REPO_ROOT}/tests/coach-corpus/${name}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');

describe('synthetic.jsonl', () => {
  const lines = read('synthetic.jsonl');
  it('has at least 400 lines', () => {
    expect(lines.length).toBeGreaterThanOrEqual(400);
  });
  it('every line parses with a valid label, kind and text', () => {
    for (const l of lines) {
      const o = JSON.parse(l);
      expect(LABELS).toContain(o.label);
      expect(KINDS).toContain(o.kind);
      expect(typeof o.text).toBe('string');
      expect(o.text.length).toBeGreaterThan(0);
    }
  });
  it('has both labels and no duplicate texts', () => {
    const rows = lines.map((l) => JSON.parse(l));
    expect(rows.filter((r) => r.label === 'promotional').length).toBeGreaterThan(100);
    expect(rows.filter((r) => r.label === 'conversational').length).toBeGreaterThan(100);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
  });
});

describe('timeline.jsonl (training side only)', () => {
  const rows = read('timeline.jsonl').map((l) => JSON.parse(l));
  it('every line has a valid label, kind, category and text, both labels, no duplicates', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    for (const o of rows) {
      expect(LABELS).toContain(o.label);
      expect(KINDS).toContain(o.kind);
      expect(o.category).toMatch(/^[a-z-]+$/);
      expect(o.text.length).toBeGreaterThan(0);
    }
    expect(rows.filter((r) => r.label === 'promotional').length).toBeGreaterThan(30);
    expect(rows.filter((r) => r.label === 'conversational').length).toBeGreaterThan(100);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
  });
  it('shares no text with drafts.jsonl (so no test row can be trained on through it)', () => {
    const drafts = new Set(read('drafts.jsonl').map((l) => JSON.parse(l).text));
    expect(rows.filter((r) => drafts.has(r.text))).toEqual([]);
  });
});

describe('archive-labels.jsonl', () => {
  const lines = read('archive-labels.jsonl');
  it('has at least 100 rows with valid fields and no texts copied in', () => {
    expect(lines.length).toBeGreaterThanOrEqual(100);
    for (const l of lines) {
      const o = JSON.parse(l);
      expect(LABELS).toContain(o.label);
      expect(KINDS).toContain(o.kind);
      expect(typeof o.source).toBe('string');
      expect(o.id).toMatch(/^\d+$/);
      expect(o.text).toBeUndefined();
    }
  });
  // Skipped by name in a plain clone; under CI a missing ../shared fails here instead of passing.
  const present = fs.existsSync(ARCHIVE_DIR);
  it.skipIf(!present && !process.env.CI)('rows resolve to real tweets (needs ../shared/fixtures)', () => {
    if (!present) throw new Error(`archive fixtures missing at ${ARCHIVE_DIR}; required when CI is set`);
    for (const l of lines) {
      const o = JSON.parse(l);
      expect(resolveArchiveRow(o.source, o.id).length).toBeGreaterThan(0);
    }
  });
});

describe('own-work.train.jsonl (training side only, with the author in the context)', () => {
  const rows = read('own-work.train.jsonl').map((l) => JSON.parse(l));
  it('every line has a valid label, kind, category, text and the author handle and name', () => {
    expect(rows.length).toBeGreaterThanOrEqual(80);
    for (const o of rows) {
      expect(LABELS).toContain(o.label);
      expect(KINDS).toContain(o.kind);
      expect(o.category).toMatch(/^[a-z-]+$/);
      expect(o.text.length).toBeGreaterThan(0);
      expect(o.context.ownHandle).toMatch(/^[A-Za-z0-9_]{1,15}$/);
      expect(typeof o.context.ownName).toBe('string');
    }
    expect(rows.filter((r) => r.label === 'promotional').length).toBeGreaterThan(30);
    expect(rows.filter((r) => r.label === 'conversational').length).toBeGreaterThan(30);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
  });
  it('shares no text with drafts.jsonl', () => {
    const drafts = new Set(read('drafts.jsonl').map((l) => JSON.parse(l).text));
    expect(rows.filter((r) => drafts.has(r.text))).toEqual([]);
  });
});
