// Meta-test (issue #11.1): only lib/x knows X. Every X test id and selector lives in the counted
// table (lib/x/selectors.ts); code elsewhere names X's DOM only through it. A selector the code
// uses must say how many matches to expect somewhere, and the table holds nothing unused.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPECTED_ANCHORS } from '@/lib/x/health';
import { type SelectorSpec, X } from '@/lib/x/selectors';
import { SEEN, type Seen } from '@/lib/x/selectors-seen';

const ROOT = resolve(__dirname, '../..');
const TABLE = 'lib/x/selectors.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Code without comments: a comment may describe X's markup. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

const FILES = ['lib', 'components', 'entrypoints']
  .flatMap((d) => sources(join(ROOT, d)))
  .map((p) => ({ path: relative(ROOT, p), text: code(readFileSync(p, 'utf8')) }));
const inLibX = (path: string) => path.startsWith('lib/x/');

/** A test id in a selector or attribute read that is not one of ours (`dt-*`). */
const X_TEST_ID =
  /data-testid\s*[$^*~|]?=\s*(?:\\?["'`](?!dt-)|[A-Za-z])|getAttribute\(\s*['"]data-testid['"]\s*\)/;

/** String literals handed to a DOM query: querySelector(All), closest, matches, getElementsBy*. */
const QUERY_LITERAL =
  /\.(?:querySelector(?:All)?|closest|matches|getElementsByClassName|getElementsByTagName)(?:<[^>(]*>)?\(\s*(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g;

/**
 * Selectors outside lib/x that query our own elements (our shadow roots, the popup's list), never X's.
 * Anything else outside lib/x must come from the table.
 */
const OWN_SELECTORS = new Set([
  '.dt-root', // the root element of each of our shadow roots
  '.held .actions', // the nudge's own held-state buttons
  '.held .actions .primary',
  'button, a', // a row of our virtual list
  '[data-index]',
  '[data-index="${index}"]',
  '[data-index="${clamped}"]',
]);

function queryLiterals(text: string): string[] {
  return [...text.matchAll(QUERY_LITERAL)].map((m) => m[2] ?? '');
}

/** Names the code uses: X.name, $('name'), $$('name') and the health check's anchors. */
function usedNames(): Set<string> {
  const used = new Set<string>(Object.values(EXPECTED_ANCHORS).flat());
  for (const f of FILES) {
    if (f.path === TABLE) continue;
    for (const m of f.text.matchAll(/\bX\.(\w+)\b|\${1,2}(?:<[^>(]*>)?\(\s*'(\w+)'/g))
      used.add(m[1] ?? m[2] ?? '');
  }
  return used;
}

describe('only lib/x knows X', () => {
  it('reads the extension code (the rules below are not vacuous)', () => {
    expect(FILES.length).toBeGreaterThan(50);
    expect(FILES.flatMap((f) => queryLiterals(f.text)).length).toBeGreaterThan(10);
  });

  it('no X test id outside the table', () => {
    const offenders = FILES.filter(
      (f) => f.path !== TABLE && X_TEST_ID.test(f.text) && !(inLibX(f.path) && !/\[data-testid/.test(f.text)),
    ).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('no selector string for X outside lib/x', () => {
    const offenders = FILES.filter((f) => !inLibX(f.path)).flatMap((f) =>
      queryLiterals(f.text)
        .filter((css) => !OWN_SELECTORS.has(css))
        .map((css) => `${f.path}: ${css}`),
    );
    expect(offenders).toEqual([]);
  });

  it('every selector the code uses has expected counts', () => {
    const table = X as Record<string, SelectorSpec>;
    const used = [...usedNames()].filter((name) => name in table);
    expect(used.length).toBeGreaterThan(10);
    const seen = SEEN as Record<string, Seen>;
    const uncounted = used.filter(
      (name) =>
        Object.keys(seen[name]?.fixtures ?? {}).length + Object.keys(seen[name]?.replica ?? {}).length === 0,
    );
    expect(uncounted).toEqual([]);
  });

  it('the counts stay out of the extension (tests read them; every x.com page would carry them)', () => {
    expect(FILES.filter((f) => /selectors-seen/.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('every counted selector is used', () => {
    const used = usedNames();
    expect(Object.keys(X).filter((name) => !used.has(name))).toEqual([]);
  });

  it('the rules catch what they are meant to', () => {
    expect(X_TEST_ID.test(`el.closest('[data-testid="like"]')`)).toBe(true);
    expect(X_TEST_ID.test(`q('[data-testid^="message-text-"]')`)).toBe(true);
    expect(X_TEST_ID.test(`el.getAttribute('data-testid')`)).toBe(true);
    expect(X_TEST_ID.test(`<p data-testid="dt-empty">`)).toBe(false);
    expect(X_TEST_ID.test(`<ul data-testid={testId}>`)).toBe(false);
    expect(queryLiterals(`a.querySelector<HTMLElement>('[role="dialog"]'); b.closest("li")`)).toEqual([
      '[role="dialog"]',
      'li',
    ]);
  });
});
