// `npm run bench [-- --quick] [name ...]`: every tests/bench/*.bench.mjs (or those whose file name
// contains one of the names), one after another. Each module's default export is
// `async function ({ log }) => Result[]`, a Result being { name, ...numbers, goal?, met? }.
// Prints each result as one JSON line, then one summary table of the issue's goals (on stderr, so
// stdout stays JSON lines) and one JSON summary line. Numbers, not pass/fail tests: never in `npm test`.
// Run it after `npm run build`, alone on the machine: other work moves every figure. Two runs at once
// need a network namespace each (as root: `unshare -n sh -c 'ip link set lo up && npm run bench'`).
// --quick: fewer pairs and repetitions (see harness.mjs QUICK), for iterating.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = import.meta.dirname;
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();

const all = [];
for (const file of files) {
  const started = Date.now();
  const run = (await import(pathToFileURL(join(dir, file)).href)).default;
  try {
    const results = await run({ log: (...args) => console.error(`[${file}]`, ...args) });
    for (const result of results) {
      const line = { bench: file.replace('.bench.mjs', ''), ...result };
      all.push(line);
      console.log(JSON.stringify(line));
    }
  } catch (error) {
    const line = { bench: file.replace('.bench.mjs', ''), error: String(error?.stack ?? error) };
    all.push(line);
    console.log(JSON.stringify(line));
  }
  console.error(`[${file}] ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// The issue's goals table, row by row: which results measure it and how to print them.
const noise = (r) =>
  r.noiseRatio === null
    ? 'no noise floor: one pair'
    : `noise ×${r.noiseRatio}, ${signed(r.noisePlusMs)} ms${r.withinNoise ? '; within the noise' : ''}`;
/** The popup bench's seeded scale, from its row name. */
const scaleOf = (r) => {
  const m = r.name.match(/\((\d[\d.]*k contacts, \d[\d.]*k interactions)\)/);
  return m ? ` (${m[1]})` : '';
};
const signed = (n) => (n >= 0 ? `+${n}` : `${n}`);
const GOALS = [
  {
    row: 'page scripting, with ÷ without, 2,000 posts',
    goal: '≤ ×1.05 and ≤ +0.1 ms/post',
    bench: 'page-cost',
    pick: (r) => r.bench === 'page-cost' && r.name.startsWith('page scripting'),
    show: (r) =>
      `×${r.ratio}, ${signed(r.plusMs)} ms, ${r.perPostMs} ms/post (${noise(r)}; ${r.pairs} pairs)`,
  },
  {
    row: '(same scroll) tab renderer CPU time, with ÷ without',
    goal: 'informative',
    bench: 'page-cost',
    pick: (r) => r.bench === 'page-cost' && r.name.startsWith('tab renderer CPU'),
    show: (r) => `×${r.ratio}, ${signed(r.plusMs)} ms, ${r.perPostMs} ms/post (${noise(r)})`,
  },
  {
    row: 'style recalculation, with ÷ without',
    goal: '≤ ×1.05',
    bench: 'page-cost',
    pick: (r) => r.bench === 'page-cost' && r.name.startsWith('style recalculation'),
    show: (r) => `×${r.ratio}, ${signed(r.plusMs)} ms (${noise(r)})`,
  },
  {
    row: 'longest task added by Dinner Table',
    goal: '< 16 ms',
    bench: 'page-cost',
    pick: (r) => r.bench === 'page-cost' && r.name.startsWith('longest task'),
    show: (r) => `${r.ms} ms`,
  },
  {
    row: 'layout shift added',
    goal: '0',
    bench: 'page-cost',
    pick: (r) => r.bench === 'page-cost' && r.name.startsWith('layout shift'),
    show: (r) => `${r.shift} (noise ${r.noiseShift})`,
  },
  {
    row: 'content script on every x.com page, gzipped',
    goal: '≤ 40 KB',
    bench: 'sizes',
    pick: (r) => r.bench === 'sizes' && r.name.startsWith('content script'),
    show: (r) => `${r.gzKb} KB (${r.kb} KB raw)`,
  },
  {
    row: 'keystroke → pill, p95',
    goal: '≤ 16 ms',
    bench: 'coach',
    pick: (r) => r.bench === 'coach' && r.name === 'keystroke-to-pill',
    show: (r) => `${r.p95ms} ms (p50 ${r.p50ms} ms)`,
  },
  {
    row: 'history writes through the real message path',
    goal: '≥ 20,000/s',
    bench: 'db',
    pick: (r) => r.bench === 'db' && r.name === 'write-throughput',
    show: (r) =>
      `${r.perSecond}/s${r.bareRequestsPerSecond ? ` (the bare IndexedDB requests for the same rows: ${r.bareRequestsPerSecond}/s)` : ''}`,
  },
  {
    row: 'popup first content, first opening of the day, prepared at midnight',
    goal: '≤ 150 ms',
    bench: 'popup',
    pick: (r) => r.bench === 'popup' && r.name.includes('first opening of the day, prepared'),
    show: (r) => `median ${r.ms} ms, p95 ${r.p95} ms, max ${r.max} ms${scaleOf(r)}`,
  },
  {
    row: 'popup first content, first opening of the day, unprepared',
    goal: '≤ 150 ms',
    bench: 'popup',
    pick: (r) => r.bench === 'popup' && r.name.includes('first opening of the day, unprepared'),
    show: (r) => `median ${r.ms} ms, p95 ${r.p95} ms, max ${r.max} ms${scaleOf(r)}`,
  },
  {
    row: 'popup first content, just after a write',
    goal: '≤ 150 ms',
    bench: 'popup',
    pick: (r) =>
      r.bench === 'popup' && r.name.includes('just after a write') && !r.name.includes('current content'),
    show: (r) => `median ${r.ms} ms, p95 ${r.p95} ms, max ${r.max} ms${scaleOf(r)}`,
  },
  {
    row: 'popup current content (not the last first screen marked "Updating…"), just after a write',
    goal: 'informative',
    bench: 'popup',
    pick: (r) => r.bench === 'popup' && r.name.includes('just after a write, current content'),
    show: (r) => `median ${r.ms} ms, p95 ${r.p95} ms, max ${r.max} ms${scaleOf(r)}`,
  },
  {
    row: 'popup first content, later openings',
    goal: '≤ 150 ms',
    bench: 'popup',
    pick: (r) => r.bench === 'popup' && r.name.includes('later openings ('),
    show: (r) => `median ${r.ms} ms, p95 ${r.p95} ms, max ${r.max} ms${scaleOf(r)}`,
  },
  {
    row: 'popup later openings by the effect marks after paint (before Element Timing)',
    goal: 'informative',
    bench: 'popup',
    pick: (r) => r.bench === 'popup' && r.name.includes('by the effect marks'),
    show: (r) => `median ${r.ms} ms, p95 ${r.p95} ms, max ${r.max} ms${scaleOf(r)}`,
  },
  {
    row: "an empty extension page's first paint (Chrome's floor)",
    goal: 'informative',
    bench: 'popup',
    pick: (r) => r.bench === 'popup' && r.name.includes("Chrome's floor"),
    show: (r) => `median ${r.ms} ms, p95 ${r.p95} ms; later openings median ${r.popupOverFloor} ms over it`,
  },
  {
    row: 'popup first content, every opening',
    goal: '≤ 150 ms',
    bench: 'popup',
    pick: (r) => r.bench === 'popup' && r.name.includes('every opening'),
    show: (r) => `median ${r.ms} ms, p95 ${r.p95} ms, max ${r.max} ms${scaleOf(r)}`,
  },
  {
    row: 'archive import, synthetic 1 GiB: time',
    goal: '≤ 15 s',
    bench: 'archive-import',
    pick: (r) => r.bench === 'archive-import' && r.name.includes('wall time'),
    show: (r) => `${r.seconds} s`,
  },
  {
    row: 'archive import, synthetic 1 GiB: peak memory (JS heap)',
    goal: '≤ 400 MB',
    bench: 'archive-import',
    pick: (r) => r.bench === 'archive-import' && r.name.includes('peak JS heap'),
    show: (r) => `${r.mb} MB`,
  },
  {
    row: 'options page script, gzipped',
    goal: 'only what the page uses',
    bench: 'sizes',
    pick: (r) => r.bench === 'sizes' && r.name.startsWith('options page'),
    show: (r) =>
      `${r.gzKb} KB (${r.files.map((f) => `${f.file.replace(/^chunks\//, '')} ${f.gzKb}`).join(', ')})`,
  },
];
const table = [
  '| measure | measured | goal | met |',
  '|---|---|---|---|',
  ...GOALS.map(({ row, goal, bench, pick, show }) => {
    const r = all.find((x) => !x.error && pick(x));
    const errored = all.some((e) => e.error && e.bench === bench);
    const shown = r ? show(r) : errored ? 'error (see JSON line)' : 'not run';
    const met = r?.met === true ? 'yes' : r?.met === false ? 'NO' : '–';
    return `| ${row} | ${shown} | ${goal} | ${met} |`;
  }),
];
console.error(`\n${table.join('\n')}\n`);

const met = all.filter((r) => r.met === true).length;
const missed = all.filter((r) => r.met === false).map((r) => r.name);
const errors = all.filter((r) => r.error).map((r) => r.bench);
console.log(
  JSON.stringify({ summary: true, results: all.length, goalsMet: met, goalsMissed: missed, errors }),
);
