// `npm test`: every check the project has, in the order a failure is cheapest to find.
// typecheck -> lint -> build -> web-ext lint -> unit + component (vitest) -> e2e in Chromium and Firefox.
// Prints one summary line at the end: "tests: N passed, N failed".
import { spawn } from 'node:child_process';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['biome', 'check', '.']],
  ['build', 'npm', ['run', 'build', '--silent']],
  ['lint:firefox', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--self-hosted=false']],
  ['unit', 'npx', ['vitest', 'run']],
  ['e2e', 'node', ['tests/e2e/run.mjs']],
];

let passed = 0;
let failed = 0;
const started = Date.now();
for (const [name, cmd, args] of steps) {
  const t0 = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const { code, output } = await run(cmd, args);
  const counts = countTests(name, output);
  passed += counts.passed;
  failed += counts.failed;
  console.log(
    `=== ${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  if (code !== 0) {
    if (counts.failed === 0) failed++;
    console.log(`\ntests: ${passed} passed, ${failed} failed`);
    process.exit(1);
  }
}
console.log(`\nall checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`tests: ${passed} passed, ${failed} failed`);

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
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

/** Reads the runners' own counts: vitest's "Tests  N passed (M)", node:test's "# pass N" / "# fail N". */
function countTests(name, output) {
  if (name === 'unit') {
    const line = /Tests\s+(.*)\(\d+\)/.exec(output)?.[1] ?? '';
    return { passed: num(/(\d+) passed/, line), failed: num(/(\d+) failed/, line) };
  }
  if (name === 'e2e')
    return { passed: num(/^(?:#|ℹ) pass (\d+)/m, output), failed: num(/^(?:#|ℹ) fail (\d+)/m, output) };
  return { passed: 0, failed: 0 };
}

function num(re, text) {
  return Number(re.exec(text)?.[1] ?? 0);
}
