// `npm run bench`: every tests/bench/*.bench.mjs, one after another. Each module's default export is
// `async function ({ log }) => Result[]`, a Result being { name, ...numbers, goal?, unit? }.
// Prints each result as one JSON line, then one summary line. Numbers, not pass/fail tests.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
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
const met = all.filter((r) => r.met === true).length;
const missed = all.filter((r) => r.met === false).map((r) => r.name);
const errors = all.filter((r) => r.error).map((r) => r.bench);
console.log(
  JSON.stringify({ summary: true, results: all.length, goalsMet: met, goalsMissed: missed, errors }),
);
