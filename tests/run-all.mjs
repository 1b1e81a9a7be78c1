// `npm test`: every check the project has, in the order a failure is cheapest to find.
// typecheck -> lint -> build -> web-ext lint -> unit + component (vitest) -> e2e in Chromium and Firefox.
// Prints one summary line at the end: "tests: N passed, N failed, N skipped", naming what was skipped.
// Under CI (CI set) any skipped test fails the run: a skip there means a fixture or browser is missing.
// A test that cannot apply to one browser (an MV3 service worker in Firefox MV2) is skipped with a
// reason starting "does not apply": listed by name and counted apart, never a failure.
import { spawn } from 'node:child_process';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['biome', 'check', '.']],
  ['build', 'npm', ['run', 'build', '--silent']],
  ['lint:firefox', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--self-hosted=false']],
  ['unit', 'npx', ['vitest', 'run', '--reporter=verbose']],
  ['e2e', 'node', ['tests/e2e/run.mjs']],
];

let passed = 0;
let failed = 0;
let skipped = 0;
const skippedNames = [];
const notApplicable = [];
const CI = Boolean(process.env.CI);
const summary = () => `tests: ${passed} passed, ${failed} failed, ${skipped} skipped`;
const listSkips = () => {
  for (const name of notApplicable) console.log(`  not applicable: ${name}`);
  for (const name of skippedNames) console.log(`  skipped: ${name}`);
};
const started = Date.now();
for (const [name, cmd, args] of steps) {
  const t0 = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const { code, output } = await run(cmd, args);
  const counts = countTests(name, output);
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
  skippedNames.push(...counts.names);
  notApplicable.push(...(counts.notApplicable ?? []));
  console.log(
    `=== ${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  if (code !== 0) {
    if (counts.failed === 0) failed++;
    listSkips();
    console.log(`\n${summary()}`);
    process.exit(1);
  }
}
listSkips();
if (CI && skipped > 0) {
  console.log(`\nCI is set and ${skipped} test(s) were skipped: under CI every test must run.`);
  console.log(summary());
  process.exit(1);
}
console.log(`\nall checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(summary());

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    const tee = (stream, out) =>
      stream.on('data', (chunk) => {
        output += chunk;
        out.write(chunk);
      });
    tee(child.stdout, process.stdout);
    tee(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Reads the runners' own counts: vitest's "Tests  N passed | N skipped (M)" (its verbose reporter
 * marks a skipped test "↓ name"), node:test's "ℹ pass N" / "ℹ skipped N" (a skipped test or suite
 * is printed "﹣ name (N ms) # reason"; a skipped suite is not in node's count, so names count too).
 */
function countTests(name, raw) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the runners' colour codes
  const output = raw.replace(/\x1b\[[0-9;]*m/g, '');
  if (name === 'unit') {
    const line = /Tests\s+(.*)\(\d+\)/.exec(output)?.[1] ?? '';
    const names = [...output.matchAll(/^\s*↓ (.+?)(?: \[skipped\])?\s*$/gm)].map((m) => `unit: ${m[1]}`);
    return {
      passed: num(/(\d+) passed/, line),
      failed: num(/(\d+) failed/, line),
      skipped: num(/(\d+) skipped/, line),
      names,
    };
  }
  if (name === 'e2e') {
    const all = [...output.matchAll(/^\s*﹣ (.+?) \(\d[\d.]*ms\)(?: # (.*))?$/gm)].map((m) => ({
      name: `e2e: ${m[1]}${m[2] ? ` (${m[2].trim()})` : ''}`,
      applies: !/^(?:SKIP )?does not apply/i.test(m[2]?.trim() ?? ''),
    }));
    const names = all.filter((t) => t.applies).map((t) => t.name);
    const notApplicable = all.filter((t) => !t.applies).map((t) => t.name);
    return {
      passed: num(/^(?:#|ℹ) pass (\d+)/m, output),
      failed: num(/^(?:#|ℹ) fail (\d+)/m, output),
      skipped: Math.max(num(/^(?:#|ℹ) skipped (\d+)/m, output) - notApplicable.length, names.length),
      names,
      notApplicable,
    };
  }
  return { passed: 0, failed: 0, skipped: 0, names: [] };
}

function num(re, text) {
  return Number(re.exec(text)?.[1] ?? 0);
}
