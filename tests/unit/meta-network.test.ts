// Meta-test (issue #11.2): extension code never issues a request. No fetch, XMLHttpRequest, WebSocket,
// sendBeacon or EventSource outside the network lens, which only wraps the page's own fetch/XHR to
// observe them; nowhere (the lens included) a request of our own; no remote URL but X's own pages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const DIRS = ['lib', 'components', 'entrypoints'];
/** The lens observes the page's own calls, so it may name fetch and XMLHttpRequest (never issue one). */
const LENS = (path: string) => path.startsWith('lib/x/lens/') || /^entrypoints\/lens/.test(path);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [p] : [];
  });
}

/** Code without comments, so a comment may explain what the lens watches. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

const FILES = DIRS.flatMap((d) => sources(join(ROOT, d))).map((p) => ({
  path: relative(ROOT, p),
  text: code(readFileSync(p, 'utf8')),
}));

const NAMES_A_REQUEST_API = /\bfetch\b|\bXMLHttpRequest\b|\bWebSocket\b|\bsendBeacon\b|\bEventSource\b/;
const ISSUES_A_REQUEST =
  /\bnew\s+(XMLHttpRequest|WebSocket|EventSource)\b|\bsendBeacon\s*\(|(?<!function\s+)(?<!\w)\.?fetch\s*\(/;
const X_PAGES = /^https?:\/\/(x\.com|twitter\.com|mobile\.x\.com|mobile\.twitter\.com)(\/|$)/;

describe('no request leaves the extension', () => {
  it('reads the extension code (the rules below are not vacuous)', () => {
    expect(FILES.length).toBeGreaterThan(50);
  });

  it('names no request API outside the network lens', () => {
    const offenders = FILES.filter((f) => !LENS(f.path) && NAMES_A_REQUEST_API.test(f.text)).map(
      (f) => f.path,
    );
    expect(offenders).toEqual([]);
  });

  it('issues no request of its own anywhere, the lens included', () => {
    const offenders = FILES.filter((f) => ISSUES_A_REQUEST.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('holds no remote URL but links to X pages', () => {
    const offenders = FILES.flatMap((f) =>
      [...f.text.matchAll(/\b(?:https?|wss?):\/\/[^\s'"`)]*/g)]
        .map((m) => m[0])
        .filter((url) => !X_PAGES.test(url) && !/^https?:\/\/\$\{/.test(url) && url !== 'https://')
        .map((url) => `${f.path}: ${url}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the rules catch what they are meant to', () => {
    expect(ISSUES_A_REQUEST.test('await fetch("/x")')).toBe(true);
    expect(ISSUES_A_REQUEST.test('navigator.sendBeacon(u, b)')).toBe(true);
    expect(ISSUES_A_REQUEST.test('window.fetch(u)')).toBe(true);
    expect(ISSUES_A_REQUEST.test('const r = new XMLHttpRequest()')).toBe(true);
    expect(ISSUES_A_REQUEST.test('win.fetch = function fetch(this: unknown) {}')).toBe(false);
    expect(NAMES_A_REQUEST_API.test('globalThis.fetch')).toBe(true);
    expect(X_PAGES.test('https://evil.example/x')).toBe(false);
  });
});
