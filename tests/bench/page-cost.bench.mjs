// What Dinner Table costs X's page: the 2,000-post virtualized home timeline of the replica, scrolled
// top to bottom in fixed 400 px steps, in Chromium, in alternating pairs (without the extension,
// with it; the pair's order flips every time). The noise floor (no extension against no extension:
// each pair's run without against the next pair's) is printed next to every ratio.
// - page scripting: CDP Performance.getMetrics ScriptDuration (all scripts of the page's renderer,
//   content scripts included), with ÷ without, +ms and +ms per post (goal <= x1.05, <= +0.1 ms/post);
// - style recalculation: RecalcStyleDuration, with ÷ without (goal <= x1.05);
// - layout shift: 'layout-shift' entries without recent input, with minus without (goal 0);
// - longest task added: a CPU profile of one more run with the extension (CDP Profiler): the longest
//   unbroken stretch of samples with the content script on the stack (goal < 16 ms), and the
//   content script's cost by function (self time), the "what the remaining cost is made of".
// Medians over the pairs. The extension runs as a user gets it: the test hooks are never set, and
// nothing waits on anything the extension exposes; both sides get the same fixed settle time.
// DT_BENCH_PAIRS (default 5; `npm run bench -- --quick`: 2) sets the number of pairs.
// DT_BENCH_PROFILE_PAGE=1: one more profiled run WITHOUT the extension, to tell the lens's own cost
// from the page's: a CPU profile charges the native work of a call (fetch's request set-up) to the
// innermost JavaScript frame, so wrapping the page's fetch moves that work from the page's calling
// function into our wrapper. Prints, for each page function that calls the wrapped fetch, its self
// time without the extension against its self time plus the wrapper's with it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { launch, ROOT } from '../e2e/browsers.mjs';
import { startReplica } from '../replica/server.mjs';
import { median, QUICK, round } from './harness.mjs';

// DT_BENCH_POSTS: a shorter timeline, only to check the bench itself runs (the goals are at 2,000).
const TOTAL = Number(process.env.DT_BENCH_POSTS ?? 2000);
const STEP_PX = 400;
const SETTLE_MS = 2000;
const PAIRS = Number(process.env.DT_BENCH_PAIRS ?? (QUICK ? 2 : 5));
const PROFILE_PAGE = process.env.DT_BENCH_PROFILE_PAGE === '1';

function seed() {
  const s = JSON.parse(readFileSync(join(ROOT, 'tests/replica/seeds/default.json'), 'utf8'));
  s.stream = { total: TOTAL };
  return s;
}

/**
 * CPU time (user + system, ms) of the Chromium process tree, by kind: the tab's renderer(s), the
 * extension's own process, everything else. On a shared machine the page's metrics above are wall
 * time inside tasks and grow with other people's load; CPU time consumed does not.
 */
function cpuByKind(rootPid) {
  const children = new Map();
  const info = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const ticks = Number(fields[11]) + Number(fields[12]);
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
      info.set(Number(name), { ticks, cmd });
    } catch {
      // the process is gone
    }
  }
  const out = { renderer: 0, extension: 0, other: 0 };
  const walk = (pid) => {
    const p = info.get(pid);
    if (p) {
      const kind = !p.cmd.includes('--type=renderer')
        ? 'other'
        : p.cmd.includes('--extension-process')
          ? 'extension'
          : 'renderer';
      out[kind] += (p.ticks * 1000) / TICKS_PER_SECOND;
    }
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(rootPid);
  return out;
}
const TICKS_PER_SECOND = 100;

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * Scrolls to the bottom of the virtualized timeline, 400 px and two frames per step, identical for
 * both sides; in slices of 100 steps, so a slow, shared machine never hits the protocol's timeout.
 */
async function scrollToBottom(page) {
  for (;;) {
    const state = await page.evaluate(async (step) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      window.__dtScroll ??= { ids: new Set(), still: 0, lastHeight: 0, steps: 0, done: false };
      const s = window.__dtScroll;
      for (let n = 0; n < 100 && !s.done && s.steps < 20_000; n++, s.steps++) {
        window.scrollBy(0, step);
        await frame();
        await frame();
        if (s.steps % 5 === 0) {
          for (const a of document.querySelectorAll('article[data-testid="tweet"] a[href*="/status/"]'))
            s.ids.add(a.getAttribute('href').split('/').pop());
        }
        const height = document.documentElement.scrollHeight;
        const atBottom = innerHeight + scrollY >= height - 2;
        if (atBottom && height === s.lastHeight) {
          if (++s.still > 40) s.done = true;
        } else s.still = 0;
        s.lastHeight = height;
      }
      return { steps: s.steps, posts: s.ids.size, done: s.done || s.steps >= 20_000 };
    }, STEP_PX);
    if (state.done) return { steps: state.steps, posts: Math.min(state.posts, TOTAL) };
  }
}

/** One session: fresh profile, the timeline, a settle, the scroll; the page's metrics over the scroll. */
async function session(port, extension, { profile = false } = {}) {
  const browser = await launch({ kind: 'chromium', port, extension });
  try {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => {
      window.__dtShift = { value: 0, entries: 0 };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.hadRecentInput) continue;
          window.__dtShift.value += entry.value;
          window.__dtShift.entries++;
        }
      }).observe({ type: 'layout-shift', buffered: true });
      window.__dtLongest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          window.__dtLongest = Math.max(window.__dtLongest, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await page.createCDPSession();
    // Which JavaScript worlds exist: proves the content script ran, without any test hook.
    const worlds = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context.auxData?.type));
    await cdp.send('Runtime.enable');
    await page.goto('https://x.com/home', { waitUntil: 'load' });
    await page.waitForSelector('article[data-testid="tweet"]');
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    await cdp.send('Performance.enable');
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
    }
    const pid = browser.browser.process()?.pid;
    const cpuBefore = cpuByKind(pid);
    const before = await metrics(cdp);
    const started = Date.now();
    const scrolled = await scrollToBottom(page);
    const after = await metrics(cdp);
    const cpuAfter = cpuByKind(pid);
    const cpu = profile ? (await cdp.send('Profiler.stop')).profile : undefined;
    const page2 = await page.evaluate(() => ({ shift: window.__dtShift, longestTask: window.__dtLongest }));
    const contentScript = worlds.includes('isolated');
    if (extension && !contentScript)
      throw new Error('the extension was loaded but its content script never ran');
    return {
      scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
      styleMs: (after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000,
      layoutMs: (after.LayoutDuration - before.LayoutDuration) * 1000,
      rendererCpuMs: cpuAfter.renderer - cpuBefore.renderer,
      extensionCpuMs: cpuAfter.extension - cpuBefore.extension,
      browserCpuMs:
        cpuAfter.renderer +
        cpuAfter.extension +
        cpuAfter.other -
        (cpuBefore.renderer + cpuBefore.extension + cpuBefore.other),
      taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
      wallMs: Date.now() - started,
      shift: page2.shift.value,
      longTaskMs: page2.longestTask,
      ...scrolled,
      cpu,
    };
  } finally {
    await browser.close();
  }
}

/** The content script's share of a CPU profile: self time by function, and its longest unbroken stretch. */
export function extensionProfile(
  profile,
  isOurs = (url) => url.startsWith('chrome-extension://'),
  nameOf = (frame) =>
    `${frame.functionName || '(anonymous)'} ${frame.lineNumber + 1}:${frame.columnNumber + 1}`,
) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const oursOnStack = new Map();
  const stackHasOurs = (id) => {
    if (oursOnStack.has(id)) return oursOnStack.get(id);
    const node = byId.get(id);
    const value = isOurs(node.callFrame.url) || (parent.has(id) && stackHasOurs(parent.get(id)));
    oursOnStack.set(id, value);
    return value;
  };
  /** The innermost frame of ours: native work (DOM calls, forced layouts) is charged to its caller. */
  const ownerOf = (id) => {
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (isOurs(node.callFrame.url)) return node;
    }
    return undefined;
  };
  const self = new Map();
  let totalMs = 0;
  let longestMs = 0;
  let stretch = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const id = profile.samples[i];
    if (stackHasOurs(id)) {
      totalMs += ms;
      stretch += ms;
      longestMs = Math.max(longestMs, stretch);
      const owner = ownerOf(id);
      const key = nameOf(owner.callFrame);
      self.set(key, (self.get(key) ?? 0) + ms);
    } else stretch = 0;
  }
  const top = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([fn, ms]) => ({ fn, ms: round(ms, 1) }));
  return { totalMs, longestMs, top };
}

/**
 * Self time by the innermost frame that belongs to a script (ours or the page's: native work is
 * charged to its JavaScript caller), keyed `name url-tail:line:col`; and, for samples whose innermost
 * script frame is `isWrapper`'s, the page frame that called it.
 */
export function selfByScriptFrame(profile, isWrapper = () => false) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (f) =>
    `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  const innermost = (id, skip = () => false) => {
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at).callFrame;
      if (f.url && !skip(f)) return { at, f };
    }
    return undefined;
  };
  const self = new Map();
  const wrapperCallers = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const inner = innermost(profile.samples[i]);
    if (!inner) continue;
    self.set(key(inner.f), (self.get(key(inner.f)) ?? 0) + ms);
    if (isWrapper(inner.f)) {
      const caller = innermost(parent.get(inner.at), (f) => f.url.startsWith('chrome-extension://'));
      const k = caller ? key(caller.f) : '(no page caller)';
      wrapperCallers.set(k, (wrapperCallers.get(k) ?? 0) + ms);
    }
  }
  return { self, wrapperCallers };
}

/**
 * Names profile frames by their source (file:line function) through the source map of an identical
 * build (tests/bench/weight.mjs's scratch build with hidden maps); the shipped build has no map and
 * minified names. Falls back to the minified names when the two builds differ.
 */
export function sourceNames(log, file = 'content-scripts/x.js') {
  const out = mkdtempSync(join(tmpdir(), 'dt-bench-map-'));
  try {
    execFileSync('npx', ['wxt', 'build'], {
      cwd: ROOT,
      env: { ...process.env, DT_ANALYZE_OUT: out },
      stdio: 'ignore',
    });
    const mapped = readFileSync(join(out, 'chrome-mv3', file), 'utf8');
    const shipped = readFileSync(join(ROOT, '.output/chrome-mv3', file), 'utf8');
    if (mapped.trimEnd() !== shipped.trimEnd()) {
      log('the source-mapped build differs from .output: profile frames keep their minified names');
      return undefined;
    }
    const map = new SourceMapConsumer(
      JSON.parse(readFileSync(join(out, 'chrome-mv3', `${file}.map`), 'utf8')),
    );
    return (frame) => {
      // The map is x.js's: a frame of another script of ours (the lens, in the page's world) keeps its own name.
      if (!frame.url.endsWith(`/${file}`))
        return `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      const at = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
      if (!at.source)
        return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      const source = at.source.slice(
        at.source.indexOf(ROOT) >= 0 ? at.source.indexOf(ROOT) + ROOT.length + 1 : 0,
      );
      return `${at.name ?? frame.functionName ?? '(anonymous)'} ${source.replace(/^(\.\.\/)+/, '')}:${at.line}`;
    };
  } catch (error) {
    log('no source map for the profile:', String(error));
    return undefined;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const ratioRow = (label, key, pairs, noise, goal, met, extra = () => ({})) => {
  const orNull = (n) => (Number.isFinite(n) ? n : null);
  const ratios = pairs.map((p) => p.with[key] / p.without[key]);
  const deltas = pairs.map((p) => p.with[key] - p.without[key]);
  const noiseRatios = noise.map((p) => p.b[key] / p.a[key]);
  const noiseDeltas = noise.map((p) => p.b[key] - p.a[key]);
  const ratio = median(ratios);
  const plusMs = median(deltas);
  return {
    name: label,
    ratio: round(ratio, 3),
    plusMs: Math.round(plusMs),
    withMs: Math.round(median(pairs.map((p) => p.with[key]))),
    withoutMs: Math.round(median(pairs.map((p) => p.without[key]))),
    pairRatios: ratios.map((r) => round(r, 3)),
    // null with a single pair: the noise floor needs two runs without the extension.
    noiseRatio: orNull(round(median(noiseRatios), 3)),
    noisePlusMs: orNull(Math.round(median(noiseDeltas))),
    noiseRatios: noiseRatios.map((r) => round(r, 3)),
    pairs: pairs.length,
    // The difference is no larger than two runs without the extension differ: not a measured cost.
    withinNoise: noiseRatios.length > 0 && Math.abs(ratio - 1) <= Math.abs(median(noiseRatios) - 1),
    ...extra(ratio, plusMs),
    goal,
    met: met(ratio, plusMs),
  };
};

export default async function pageCost({ log }) {
  const replica = await startReplica({ seed: seed() });
  try {
    const pairs = [];
    for (let i = 0; i < PAIRS; i++) {
      // Alternate which side goes first, so a drift in the machine's load hits both sides alike.
      const order = i % 2 === 0 ? [false, true] : [true, false];
      const pair = {};
      for (const extension of order) {
        const run = await session(replica.port, extension);
        log(
          `pair ${i + 1}/${PAIRS} ${extension ? 'with   ' : 'without'}: script ${run.scriptMs.toFixed(0)} ms, style ${run.styleMs.toFixed(0)} ms, layout ${run.layoutMs.toFixed(0)} ms, renderer CPU ${run.rendererCpuMs.toFixed(0)} ms, extension process CPU ${run.extensionCpuMs.toFixed(0)} ms, shift ${run.shift.toFixed(4)}, ${run.posts} posts, ${run.steps} steps, ${(run.wallMs / 1000).toFixed(0)} s`,
        );
        pair[extension ? 'with' : 'without'] = run;
      }
      pairs.push(pair);
    }
    // The noise floor: each run without the extension against the next one without it (no extension
    // against no extension, same replica, same scroll, one pair apart in time).
    const noise = pairs.slice(1).map((p, i) => ({ a: pairs[i].without, b: p.without }));
    log('one more run with the extension under the CPU profiler (not counted in the pairs)');
    const profiled = await session(replica.port, true, { profile: true });
    const ours = extensionProfile(profiled.cpu, undefined, sourceNames(log));
    log('content script self time by function (profiled run):', JSON.stringify(ours.top));
    if (PROFILE_PAGE) {
      log('one more run without the extension under the CPU profiler (DT_BENCH_PROFILE_PAGE)');
      const plain = await session(replica.port, false, { profile: true });
      const isLensFetch = (f) => f.url.endsWith('/lens.js') && /fetch/.test(f.functionName);
      const withExt = selfByScriptFrame(profiled.cpu, isLensFetch);
      const without = selfByScriptFrame(plain.cpu);
      const wrapperKey = [...withExt.self.keys()].find(
        (k) => / content-scripts\/lens\.js:/.test(k) && /fetch/.test(k),
      );
      for (const [caller, wrapperMs] of [...withExt.wrapperCallers].sort((a, b) => b[1] - a[1]).slice(0, 5))
        log(
          `lens fetch wrapper (${wrapperKey}) called from ${caller}: wrapper self ${round(wrapperMs, 1)} ms + caller self ${round(withExt.self.get(caller) ?? 0, 1)} ms with the extension; caller self ${round(without.self.get(caller) ?? 0, 1)} ms without it`,
        );
    }
    const posts = median(pairs.map((p) => p.with.posts));
    const shiftAdded = median(pairs.map((p) => p.with.shift - p.without.shift));
    return [
      ratioRow(
        'page scripting, with ÷ without (2,000-post timeline)',
        'scriptMs',
        pairs,
        noise,
        '<= x1.05 and <= +0.1 ms/post',
        (ratio, plusMs) => ratio <= 1.05 && plusMs / TOTAL <= 0.1,
        (_ratio, plusMs) => ({ perPostMs: round(plusMs / TOTAL, 3), posts }),
      ),
      ratioRow(
        'style recalculation, with ÷ without',
        'styleMs',
        pairs,
        noise,
        '<= x1.05',
        (ratio) => ratio <= 1.05,
      ),
      ratioRow('layout, with ÷ without (informative)', 'layoutMs', pairs, noise, undefined, () => undefined),
      ratioRow(
        "tab renderer CPU time, with ÷ without (informative: not inflated by the machine's other load)",
        'rendererCpuMs',
        pairs,
        noise,
        undefined,
        () => undefined,
        (_ratio, plusMs) => ({ perPostMs: round(plusMs / TOTAL, 3) }),
      ),
      ratioRow(
        'whole browser CPU time, with ÷ without (informative: includes the background)',
        'browserCpuMs',
        pairs,
        noise,
        undefined,
        () => undefined,
      ),
      {
        name: 'longest task added by Dinner Table (CPU profile, content script on the stack)',
        ms: round(ours.longestMs, 1),
        contentScriptProfiledMs: Math.round(ours.totalMs),
        longestPageTaskWithMs: Math.round(median(pairs.map((p) => p.with.longTaskMs))),
        longestPageTaskWithoutMs: Math.round(median(pairs.map((p) => p.without.longTaskMs))),
        top: ours.top,
        goal: '< 16 ms',
        met: ours.longestMs < 16,
      },
      {
        name: 'layout shift added, with minus without',
        shift: round(shiftAdded, 4),
        noiseShift: noise.length ? round(median(noise.map((p) => p.b.shift - p.a.shift)), 4) : null,
        goal: '0',
        met: shiftAdded <= 0.0001,
      },
    ];
  } finally {
    await replica.close();
  }
}
