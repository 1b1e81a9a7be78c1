// Imports a synthetic X archive (100k followers, 20k following, 50k posts, 20k DM messages, 1 GiB of
// stored dummy media) through the options page in Chromium, and measures:
// - wall time: from handing the file to the options page's input to `dt-import-result` being shown
//   (reading, classifying, sending in chunks and the one-transaction commit);
// - peak JS heap: the largest sum, over 200 ms samples, of CDP Performance.getMetrics JSHeapUsedSize of the
//   options page, the archive worker and the background service worker;
// - peak RSS: the largest sum of VmRSS (/proc) over the whole Chromium process tree (browser, renderers,
//   utility processes; shared pages counted in each process, so it overstates).
// Needs the build (`npm run build`) and the lock: flock /tmp/dt-e2e.lock node tests/bench/run.mjs archive-import
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeSyntheticArchive, SYNTHETIC_OWNER } from '../archive/make-synthetic.mjs';
import { launch, ROOT } from '../e2e/browsers.mjs';
import { startReplica } from '../replica/server.mjs';
import { extensionProfile, sourceNames } from './page-cost.bench.mjs';

const MB = 1024 * 1024;
const GOAL = { seconds: 15, mb: 400 };
/** DT_BENCH_PROFILE=1: also a CPU profile of the background's worker during the import, by function. */
const PROFILE = process.env.DT_BENCH_PROFILE === '1';
/** DT_BENCH_ARCHIVE_SCALE=0.1: a tenth of every count and of the media, for a quick look (the goal is at 1). */
const SCALE = Number(process.env.DT_BENCH_ARCHIVE_SCALE ?? 1);
const scaled = (n) => Math.max(1, Math.round(n * SCALE));

function processTree(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // gone
    }
  }
  const out = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

function treeRss(root) {
  let kb = 0;
  for (const pid of processTree(root)) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch {
      // gone
    }
  }
  return kb * 1024;
}

/**
 * waitForSelector in slices: one long wait is one CDP call, and puppeteer's protocol timeout (180 s)
 * ends it early whatever its own timeout says (a loaded machine takes longer than that).
 */
async function waitLong(page, selector, totalMs) {
  const deadline = Date.now() + totalMs;
  for (;;) {
    try {
      return await page.waitForSelector(selector, { timeout: Math.min(60_000, deadline - Date.now()) });
    } catch (error) {
      if (Date.now() >= deadline || page.isClosed()) throw error;
    }
  }
}

export default async function archiveImportBench({ log }) {
  const tmp = mkdtempSync(join(tmpdir(), 'dt-bench-archive-'));
  const zipPath = join(tmp, 'synthetic.zip');
  let replica;
  let session;
  try {
    const t0 = Date.now();
    const made = await makeSyntheticArchive(zipPath, {
      prefix: 'twitter-2024-01-01-synthetic/',
      ...(SCALE !== 1 && {
        followers: scaled(100_000),
        following: scaled(20_000),
        posts: scaled(50_000),
        dms: scaled(20_000),
        conversations: scaled(2_000),
        likes: scaled(5_000),
        mediaBytes: scaled(1024 * MB),
      }),
    });
    log(
      `synthetic archive: ${(made.bytes / MB).toFixed(0)} MB in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );

    const seed = JSON.parse(readFileSync(join(ROOT, 'tests/replica/seeds/default.json'), 'utf8'));
    seed.me = {
      ...seed.me,
      id: SYNTHETIC_OWNER.id,
      handle: SYNTHETIC_OWNER.handle,
      name: SYNTHETIC_OWNER.name,
    };
    replica = await startReplica({ port: 0, seed });
    session = await launch({ kind: 'chromium', port: replica.port });
    const browserPid = session.browser.process()?.pid;

    const x = await session.newPage();
    await x.goto('https://x.com/home', { waitUntil: 'load' });
    await x.waitForFunction(
      (h) => document.documentElement.dataset.dinnerTableAccount === h,
      { timeout: 20_000 },
      SYNTHETIC_OWNER.handle,
    );
    await x.close();

    const options = await session.openExtensionPage('options.html');
    const input = await options.waitForSelector('[data-testid="dt-archive-input"]', { timeout: 15_000 });

    // CDP sessions for every JS context that takes part: the page, its worker, the service worker.
    const sessions = new Map();
    const attach = async (client, type) => {
      try {
        await client.send('Performance.enable');
        sessions.set(client, { cdp: client, type });
      } catch {
        // closed
      }
    };
    await attach(await options.createCDPSession(), 'page');
    const sw = await session.serviceWorker();
    if (sw) await attach(sw.client, 'service_worker');
    options.on('workercreated', (worker) => void attach(worker.client, 'worker'));

    let peakHeap = 0;
    let peakByType = {};
    let peakRss = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const byType = {};
        await Promise.all(
          [...sessions.entries()].map(async ([target, { cdp, type }]) => {
            try {
              const { metrics } = await cdp.send('Performance.getMetrics');
              const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
              byType[type] = (byType[type] ?? 0) + used;
            } catch {
              sessions.delete(target);
            }
          }),
        );
        const sum = Object.values(byType).reduce((a, b) => a + b, 0);
        if (sum > peakHeap) {
          peakHeap = sum;
          peakByType = byType;
        }
        if (browserPid) peakRss = Math.max(peakRss, treeRss(browserPid));
        await new Promise((r) => setTimeout(r, 200));
      }
    })();

    // The worker does the commits: its profile says what the import's time is made of.
    const swProfiler = PROFILE && sw ? sw.client : undefined;
    if (swProfiler) {
      await swProfiler.send('Profiler.enable');
      await swProfiler.send('Profiler.setSamplingInterval', { interval: 500 });
      await swProfiler.send('Profiler.start');
    }

    const started = Date.now();
    await input.uploadFile(zipPath);
    const result = await waitLong(options, '[data-testid="dt-import-result"]', 900_000).catch(
      async (error) => {
        const shown = await options
          .$eval('[data-testid="dt-archive"]', (el) => el.textContent)
          .catch((e) => `page gone: ${e}`);
        throw new Error(
          `no result after ${(Date.now() - started) / 1000} s (${error.cause ?? error}); page shows: ${shown}`,
        );
      },
    );
    const seconds = (Date.now() - started) / 1000;
    sampling = false;
    await sampler;
    if (swProfiler) {
      const { profile } = await swProfiler.send('Profiler.stop');
      const ours = extensionProfile(profile, undefined, sourceNames(log, 'background.js'));
      log(`background worker: ${Math.round(ours.totalMs)} ms of script; self time by function:`);
      for (const { fn, ms } of ours.top) log(`  ${ms} ms  ${fn}`);
    }
    const data = await result.evaluate((el) => ({ ...el.dataset }));
    if (data.error) throw new Error(`import failed: ${data.error}`);
    log('result', data, 'phases (ms from start):', data.timings);
    const e = made.expected;
    const counts = {
      followers: Number(data.followers),
      following: Number(data.following),
      posts: Number(data.posts),
      dms: Number(data.dms),
      likes: Number(data.likes),
    };
    if (counts.followers !== e.followers || counts.following !== e.following || counts.dms !== e.dms)
      throw new Error(`unexpected counts ${JSON.stringify(counts)} vs ${JSON.stringify(e)}`);
    const heapMb = peakHeap / MB;
    const rssMb = peakRss / MB;
    return [
      {
        name: 'archive import wall time (synthetic, Chromium, options page)',
        scale: SCALE,
        loadAverage: loadavg().map((n) => Math.round(n * 10) / 10),
        seconds: Number(seconds.toFixed(2)),
        archiveMb: Math.round(made.bytes / MB),
        ...counts,
        goal: `<= ${GOAL.seconds} s`,
        met: seconds <= GOAL.seconds,
      },
      {
        name: 'archive import peak JS heap (options page + worker + service worker)',
        mb: Number(heapMb.toFixed(1)),
        ...Object.fromEntries(
          Object.entries(peakByType).map(([k, v]) => [`${k}Mb`, Number((v / MB).toFixed(1))]),
        ),
        goal: `<= ${GOAL.mb} MB`,
        met: heapMb <= GOAL.mb,
      },
      {
        name: 'archive import peak RSS of the Chromium process tree (informative, overstates shared pages)',
        mb: Number(rssMb.toFixed(0)),
      },
    ];
  } finally {
    await session?.close().catch(() => {});
    await replica?.close().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
}
