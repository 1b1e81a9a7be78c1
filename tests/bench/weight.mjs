// What the content script (and the options page) are made of: builds the Chrome extension once more
// with hidden source maps into a scratch folder (DT_ANALYZE_OUT, see wxt.config.ts), then charges every
// byte of the minified output to the source file its source-map segment comes from, grouped by npm
// package or by project folder. Prints the top contributors, raw and gzipped (each group gzipped on its
// own, so the gzipped column overstates a little; the total line is the real file).
// Usage: node tests/bench/weight.mjs [content-scripts/x.js] [--no-build]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { ROOT } from '../e2e/browsers.mjs';

const args = process.argv.slice(2);
const target = args.find((a) => !a.startsWith('--')) ?? 'content-scripts/x.js';
const out = process.env.DT_ANALYZE_OUT ?? mkdtempSync(join(tmpdir(), 'dt-weight-'));
if (!args.includes('--no-build')) {
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    env: { ...process.env, DT_ANALYZE_OUT: out },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const file = join(out, 'chrome-mv3', target);
if (!existsSync(`${file}.map`)) throw new Error(`no source map at ${file}.map`);
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));

/** node_modules/<pkg> (scoped too) or the project folder two levels deep. */
function groupOf(source) {
  if (!source) return '(no source: bundler glue)';
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const at = source.indexOf(ROOT);
  const clean = (at >= 0 ? source.slice(at + ROOT.length) : source)
    .replace(/^(\.\.\/)+/, '')
    .replace(/^\//, '');
  return clean
    .split('/')
    .slice(0, clean.startsWith('lib/') ? 3 : 2)
    .join('/');
}

const lines = code.split('\n');
const pieces = new Map();
const segments = [];
map.eachMapping((m) => segments.push(m), null, SourceMapConsumer.GENERATED_ORDER);
let covered = 0;
for (let i = 0; i < segments.length; i++) {
  const m = segments[i];
  const next = segments[i + 1];
  const line = lines[m.generatedLine - 1] ?? '';
  const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
  const text = line.slice(m.generatedColumn, end);
  covered += text.length;
  const group = groupOf(m.source);
  if (!pieces.has(group)) pieces.set(group, []);
  pieces.get(group).push(text);
}
const rows = [...pieces.entries()]
  .map(([group, parts]) => {
    const text = parts.join('');
    return { group, kb: text.length / 1000, gzKb: gzipSync(text, { level: 9 }).length / 1000 };
  })
  .sort((a, b) => b.kb - a.kb);
const total = { kb: code.length / 1000, gzKb: gzipSync(code, { level: 9 }).length / 1000 };
console.log(
  `${target}: ${total.kb.toFixed(1)} kB, ${total.gzKb.toFixed(1)} kB gzipped (${((covered / code.length) * 100).toFixed(0)}% mapped)`,
);
console.log('| source | kB | kB gzipped alone |\n|---|---|---|');
for (const r of rows.slice(0, 25)) console.log(`| ${r.group} | ${r.kb.toFixed(1)} | ${r.gzKb.toFixed(1)} |`);
if (!process.env.DT_ANALYZE_OUT) rmSync(out, { recursive: true, force: true });
