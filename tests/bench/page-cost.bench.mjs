// What the overlays cost X: the 2,000-post replica session (scrolled top to bottom in fixed steps)
// without the extension and with it (overlays on), in one run, in Chromium.
// - scripting time ratio: CDP Performance.getMetrics ScriptDuration, with / without (goal <= 1.05);
// - the extension's longest task: its own callbacks timed in the content script (goal < 50 ms);
// - layout shift caused to X's content: 'layout-shift' entries in the page, with minus without (goal 0).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT } from '../e2e/browsers.mjs';
import { startReplica } from '../replica/server.mjs';

const TOTAL = 2000;
const STEP_PX = 400;

function seed() {
  const s = JSON.parse(readFileSync(join(ROOT, 'tests/replica/seeds/default.json'), 'utf8'));
  s.stream = { total: TOTAL };
  return s;
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function session(port, extension, log, overlays = true) {
  const browser = await launch({ kind: 'chromium', port, extension });
  try {
    if (extension && !overlays) {
      const options = await browser.openExtensionPage('popup.html');
      await options.evaluate(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        await api.storage.local.set({
          settings: { overlays: { badges: false, profileCard: false, lists: false } },
        });
      });
      await options.close();
    }
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => {
      window.__dtShift = { value: 0, entries: 0 };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.hadRecentInput) continue;
          window.__dtShift.value += entry.value;
          window.__dtShift.entries++;
          window.__dtShift.sources = (entry.sources ?? []).map((src) => {
            const n = src.node;
            const what =
              n?.nodeType === 1
                ? `${n.tagName.toLowerCase()}${n.getAttribute('data-testid') ? `[${n.getAttribute('data-testid')}]` : ''}.${n.className}`
                : String(n?.nodeName);
            return `${what} ${JSON.stringify(src.previousRect)} -> ${JSON.stringify(src.currentRect)}`;
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('https://x.com/home', { waitUntil: 'load' });
    await page.waitForSelector('article[data-testid="tweet"]');
    if (extension) {
      await page.waitForFunction(
        () => document.documentElement.dataset.dinnerTableAccount === 'dana_builds',
        {
          timeout: 20_000,
        },
      );
      if (overlays) await page.waitForSelector('dinner-table-badge', { timeout: 20_000 });
    }
    await new Promise((r) => setTimeout(r, 500));
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const before = await metrics(cdp);
    const started = Date.now();
    const scrolled = await page.evaluate(
      async (step, total) => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
        const ids = new Set();
        let still = 0;
        let lastHeight = 0;
        let steps = 0;
        for (; steps < 20_000; steps++) {
          window.scrollBy(0, step);
          await frame();
          await frame();
          if (steps % 5 === 0) {
            for (const a of document.querySelectorAll('article[data-testid="tweet"] a[href*="/status/"]'))
              ids.add(a.getAttribute('href').split('/').pop());
          }
          const height = document.documentElement.scrollHeight;
          const atBottom = innerHeight + scrollY >= height - 2;
          if (atBottom && height === lastHeight) {
            if (++still > 40) break;
          } else still = 0;
          lastHeight = height;
        }
        return { steps, posts: Math.min(ids.size, total) };
      },
      STEP_PX,
      TOTAL,
    );
    const after = await metrics(cdp);
    const shift = await page.evaluate(() => window.__dtShift);
    let perf;
    if (extension) {
      perf = await page.evaluate(() => {
        document.dispatchEvent(new CustomEvent('dinner-table-perf-request'));
        return JSON.parse(document.documentElement.getAttribute('data-dinner-table-perf') ?? 'null');
      });
    }
    const result = {
      scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
      taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
      layoutMs: (after.LayoutDuration - before.LayoutDuration) * 1000,
      wallMs: Date.now() - started,
      ...scrolled,
      shift,
      perf,
    };
    log(
      extension ? `with the extension, overlays ${overlays ? 'on' : 'off'}` : 'without extension',
      JSON.stringify(result),
    );
    return result;
  } finally {
    await browser.close();
  }
}

export default async function pageCost({ log }) {
  const replica = await startReplica({ seed: seed() });
  try {
    const without = await session(replica.port, false, log);
    const withExt = await session(replica.port, true, log);
    // Where the rest of the difference comes from: the extension's other features alone.
    const overlaysOff = process.env.DT_BENCH_OVERLAYS_OFF
      ? await session(replica.port, true, log, false)
      : undefined;
    const ratio = withExt.scriptMs / without.scriptMs;
    const longest = withExt.perf?.maxMs ?? Number.NaN;
    const shiftDelta = withExt.shift.value - without.shift.value;
    return [
      {
        name: 'overlays: scripting time ratio (2,000-post session, with / without extension)',
        ratio: Number(ratio.toFixed(3)),
        withMs: Math.round(withExt.scriptMs),
        withoutMs: Math.round(without.scriptMs),
        overlaysOwnMs: Math.round(withExt.perf?.totalMs ?? 0),
        ...(overlaysOff && { overlaysOffMs: Math.round(overlaysOff.scriptMs) }),
        posts: withExt.posts,
        badges: withExt.perf?.badges,
        lookupMessages: withExt.perf?.lookups,
        goal: '<= 1.05',
        met: ratio <= 1.05,
      },
      {
        name: "overlays: extension's longest task (ms)",
        ms: Number(longest.toFixed(2)),
        calls: withExt.perf?.calls,
        goal: '< 50',
        met: longest < 50,
      },
      {
        name: "overlays: layout shift caused to X's content",
        shift: Number(shiftDelta.toFixed(4)),
        withShift: Number(withExt.shift.value.toFixed(4)),
        withoutShift: Number(without.shift.value.toFixed(4)),
        goal: '0',
        met: shiftDelta <= 0.0001,
      },
    ];
  } finally {
    await replica.close();
  }
}
