// Meta-tests (issue #11.2): the shape of the house. Only the background opens the database; no
// import cycles; entrypoints stay wiring; the coach and the relationship rules are pure (no DOM, no
// browser), so they run the same in a test, a worker or the background.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

interface Edge {
  to: string;
  /** `import type` / `export type`: erased at build time, but still a dependency between modules. */
  typeOnly: boolean;
}

const FILES = new Map(
  ['lib', 'components', 'entrypoints']
    .flatMap((d) => sources(join(ROOT, d)))
    .map((p) => [relative(ROOT, p), code(readFileSync(p, 'utf8'))] as const),
);

/** `@/lib/x` or `./x` to a file of the project; bare packages and assets (css) resolve to null. */
function resolveImport(from: string, spec: string): string | null {
  const bare = spec.replace(/\?.*$/, '');
  let base: string;
  if (bare.startsWith('@/')) base = join(ROOT, bare.slice(2));
  else if (bare.startsWith('.')) base = resolve(ROOT, dirname(from), bare);
  else return null;
  for (const candidate of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    const p = base + candidate;
    if (/\.(ts|tsx)$/.test(p) && existsSync(p) && statSync(p).isFile()) return relative(ROOT, p);
  }
  return null;
}

const IMPORT =
  /(?:^|[;\n])\s*(import|export)\s+(type\s+)?(?:[\w*{}\s,$]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(path: string, text: string): { spec: string; edge: Edge | null }[] {
  return [...text.matchAll(IMPORT)].map((m) => {
    const spec = m[3] ?? m[4] ?? '';
    const to = resolveImport(path, spec);
    return { spec, edge: to ? { to, typeOnly: Boolean(m[2]) } : null };
  });
}

const GRAPH = new Map([...FILES].map(([path, text]) => [path, importsOf(path, text)]));
const edges = (path: string, withTypes = true) =>
  (GRAPH.get(path) ?? []).flatMap((i) => (i.edge && (withTypes || !i.edge.typeOnly) ? [i.edge.to] : []));

/** Strongly connected components of more than one file (or a file importing itself): the cycles. */
function importCycles(nodes: string[], next: (n: string) => string[]): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of next(v)) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v) ?? 0, idx.get(w) ?? 0));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || next(v).includes(v)) found.push(scc.sort());
    }
  };
  for (const n of nodes) if (!idx.has(n)) visit(n);
  return found;
}

function reachable(from: string, withTypes: boolean): Set<string> {
  const seen = new Set<string>();
  const todo = [from];
  while (todo.length) {
    const n = todo.pop() as string;
    if (seen.has(n)) continue;
    seen.add(n);
    todo.push(...edges(n, withTypes));
  }
  return seen;
}

const BACKGROUND = (p: string) =>
  p === 'entrypoints/background.ts' || p.startsWith('lib/background/') || p.startsWith('lib/db/');
const PAGES = [...FILES.keys()].filter((p) => p.startsWith('entrypoints/') && !BACKGROUND(p));

describe('the shape of the house', () => {
  it('reads the import graph (the rules below are not vacuous)', () => {
    expect(FILES.size).toBeGreaterThan(100);
    expect([...GRAPH.values()].flat().filter((i) => i.edge).length).toBeGreaterThan(200);
    expect(PAGES).toEqual(
      expect.arrayContaining(['entrypoints/x.content/index.ts', 'entrypoints/popup/main.tsx']),
    );
    // Every relative or @/ import resolves to a file: an unresolved one would hide an edge.
    const unresolved = [...GRAPH].flatMap(([path, list]) =>
      list
        .filter((i) => !i.edge && /^[.@]\//.test(i.spec) && !/\.(css|json)(\?|$)/.test(i.spec))
        .map((i) => `${path}: ${i.spec}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('only the background imports lib/db', () => {
    const direct = [...FILES.keys()].filter(
      (p) => !BACKGROUND(p) && edges(p).some((to) => to.startsWith('lib/db/')),
    );
    expect(direct).toEqual([]);
    const pulledIn = PAGES.flatMap((page) =>
      [...reachable(page, false)].filter((p) => BACKGROUND(p)).map((p) => `${page} -> ${p}`),
    );
    expect(pulledIn).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(importCycles([...FILES.keys()], (n) => edges(n))).toEqual([]);
  });

  it('entrypoints stay wiring: short, no logic of their own', () => {
    const fat = [...FILES]
      .filter(([p]) => p.startsWith('entrypoints/'))
      .flatMap(([p, text]) => {
        const lines = text.split('\n').filter((l) => l.trim()).length;
        const problems = [
          lines > 40 && `${lines} lines of code`,
          /\bfunction\s+\w+|\bclass\s+\w+/.test(text) && 'declares a function or class',
          /\bquerySelector|\bindexedDB\b|\bopenDB\b/.test(text) && 'touches the DOM or the database',
        ].filter(Boolean);
        return problems.map((why) => `${p}: ${why}`);
      });
    expect(fat).toEqual([]);
  });

  it('lib/coach and lib/relationships import nothing from the DOM or the browser', () => {
    const isPure = (p: string) => p.startsWith('lib/coach/') || p.startsWith('lib/relationships/');
    const BROWSER_MODULES =
      /^(wxt|webextension-polyfill|preact|@\/components\/|@\/lib\/(ui|x|db|background|features)\/|@\/lib\/messages\/client)/;
    const BROWSER_GLOBALS =
      /\b(document|window|browser|chrome|navigator|localStorage|sessionStorage|indexedDB|location|HTMLElement|Element|Node|MutationObserver|requestAnimationFrame|customElements)\b(?!\s*:)/;
    const offenders = [...FILES]
      .filter(([p]) => isPure(p))
      .flatMap(([p, text]) => [
        ...(GRAPH.get(p) ?? [])
          .filter(
            (i) =>
              BROWSER_MODULES.test(i.spec) ||
              (i.edge &&
                !isPure(i.edge.to) &&
                !i.edge.to.startsWith('lib/text/') &&
                !i.edge.to.startsWith('lib/messages/schemas')),
          )
          .map((i) => `${p} imports ${i.spec}`),
        ...[
          ...text.replace(/(['"`])(?:(?!\1)[^\\]|\\.)*\1/g, "''").matchAll(new RegExp(BROWSER_GLOBALS, 'g')),
        ].map((m) => `${p} uses ${m[1]}`),
      ]);
    expect(offenders).toEqual([]);
  });

  it('the cycle finder finds cycles', () => {
    const g: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['a'], d: ['d'], e: ['a'] };
    expect(importCycles(Object.keys(g), (n) => g[n] ?? [])).toEqual([['a', 'b', 'c'], ['d']]);
  });
});
