// The network lens on and off (issue 14 point 6). In Chromium, in alternating pairs: the extension as
// built (lens on) against a copy of the same build whose manifest leaves out the page-world lens
// script (lens off), each browsing home, a profile and a status page of the replica (the pages
// whose GraphQL responses the lens reads). Page scripting (CDP ScriptDuration: the page's scripts,
// the lens and the content script) and task time, with ÷ without, medians over the pairs, with the
// noise floor (off against the next pair's off). In Node: JSON.parse and the extraction walk on X's
// saved responses (the 953 KB UserTweetsAndReplies among them), first run and median.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, ROOT } from '../e2e/browsers.mjs';
import { startReplica } from '../replica/server.mjs';
import { median, QUICK, round } from './harness.mjs';

const PAIRS = Number(process.env.DT_BENCH_PAIRS ?? (QUICK ? 2 : 5));
const SETTLE_MS = 1500;

/** A copy of the Chrome build without the lens: same content script, background and everything else. */
function buildWithoutLens() {
  const dir = mkdtempSync(join(tmpdir(), 'dt-no-lens-'));
  cpSync(join(ROOT, '.output/chrome-mv3'), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const before = manifest.content_scripts.length;
  manifest.content_scripts = manifest.content_scripts.filter((c) => c.world !== 'MAIN');
  if (manifest.content_scripts.length !== before - 1)
    throw new Error('expected exactly one MAIN-world (lens) script');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

async function browse(port, extension) {
  const session = await launch({ kind: 'chromium', port, extension, testHooks: false });
  try {
    const page = await session.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const metrics = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    let script = 0;
    let task = 0;
    for (const path of ['/home', '/maya_okafor', '/maya_okafor/status/1861000026214400175']) {
      const before = await metrics();
      await page.goto(`https://x.com${path}`, { waitUntil: 'load' });
      await page.waitForSelector('article');
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      const after = await metrics();
      script += (after.ScriptDuration - before.ScriptDuration) * 1000;
      task += (after.TaskDuration - before.TaskDuration) * 1000;
    }
    return { script, task };
  } finally {
    await session.close();
  }
}

export default async function ({ log }) {
  const results = [];
  log('lens extraction in node');
  const out = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'tests/bench/lens-extract.ts')], {
    encoding: 'utf8',
  });
  const node = JSON.parse(out.trim().split('\n').at(-1));
  for (const row of node.rows ?? [])
    results.push({
      name: `lens parse+walk ${row.op} ${row.kb} KB`,
      firstParseMs: round(row.firstParseMs),
      firstWalkMs: round(row.firstWalkMs),
      parseMs: round(row.parseMs, 3),
      walkMs: round(row.walkMs, 3),
      // What the lens itself pays per response: over fetch it walks the object the page's json()
      // parsed; over an XHR read as text it parses that text once more, then walks.
      fetchPathMs: round(row.walkMs, 3),
      xhrTextPathMs: round(row.parseMs + row.walkMs, 3),
      facts: row.facts,
    });
  if (node.skipped) results.push({ name: 'lens parse+walk', skipped: node.skipped });

  const replica = await startReplica({ port: 0 });
  const noLens = buildWithoutLens();
  try {
    const on = [];
    const off = [];
    for (let pair = 0; pair < PAIRS; pair++) {
      // The pair's order flips every time, so a machine getting busier favours neither side.
      const order = pair % 2 ? ['off', 'on'] : ['on', 'off'];
      for (const side of order) {
        const run = await browse(replica.port, side === 'on' ? true : noLens);
        (side === 'on' ? on : off).push(run);
        log(
          `pair ${pair + 1}/${PAIRS} lens ${side}: scripting ${round(run.script)} ms, tasks ${round(run.task)} ms`,
        );
      }
    }
    for (const key of ['script', 'task']) {
      const withLens = median(on.map((r) => r[key]));
      const without = median(off.map((r) => r[key]));
      const noise = off.length > 1 ? median(off.slice(1).map((r, i) => r[key] / off[i][key])) : null;
      results.push({
        name: `${key === 'script' ? 'page scripting' : 'page tasks'}, lens on ÷ off (home, profile, status)`,
        onMs: round(withLens),
        offMs: round(without),
        ratio: round(withLens / without, 3),
        plusMs: round(withLens - without),
        noiseRatio: noise === null ? null : round(noise, 3),
        pairs: PAIRS,
        goal: 'within the page-cost goal (≤ ×1.05)',
        // On a busy machine the noise floor can dwarf the lens: then the figure says nothing either way.
        met: noise !== null && Math.abs(noise - 1) <= 0.05 ? withLens / without <= 1.05 : null,
      });
    }
  } finally {
    rmSync(noLens, { recursive: true, force: true });
    await replica.close();
  }
  return results;
}
