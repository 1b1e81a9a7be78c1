// The popup's time to first content (Today's first render and the Keep talking rows) with 100k
// contacts and 1M interactions, in Chromium.
// Rows are written straight into the extension's IndexedDB from the options page (same origin as
// the background), in the shapes of lib/db/schema.ts; then popup.html is opened and the
// `dt-first-content` performance mark (set when Today's list or an empty state first renders) is
// read, relative to the popup's navigation start: first content is when BOTH Today's real rows (or
// its empty state) and the Keep talking rows are in the popup's DOM, whichever source they came
// from (the first screen the background keeps in storage.local, or the live handlers). Openings:
// - first of the day, prepared: the day turned while the browser ran (yesterday's pick and first
//   screen forgotten, then the midnight alarm fired as it does in real use, through chrome.alarms)
//   and the service worker was stopped since, as hours later;
// - first of the day, unprepared: the popup opens before the background prepared anything (the
//   pick and the first screen forgotten, nothing fired): the live handlers answer;
// - just after a write: an events.record batch was stored and the popup opens at once; the write
//   removed the first screen, so the live handlers answer unless it was rebuilt (750 ms after the
//   write) before the popup read it: each opening logs which;
// - later openings: the first screen is there.
// After a write the popup may open on the last first screen, marked "Updating…" (source `previous`):
// that counts as first content (a person sees the rows, marked), so each opening also logs when the
// current content was on screen (the `dt-current-content` mark: both lists current, from the first
// screen or the live answers), and the after-write openings get a row of their own for it.
// First content is when Today's heading and Keep talking's are PAINTED (Element Timing: their
// `elementtiming` entries' renderTime), what a person sees (a heading below the fold is not seen first:
// only those in view count); each opening also logs the older figure,
// the marks Today and Keep talking set in an effect after that paint (`marks`).
// Chrome's own floor, measured beside the later openings: an empty extension page of the same build
// (one module script that paints a heading, the bench's copy of the build only) opened the same way:
// nothing of ours can open faster than it.
// DT_POPUP_EXT=<folder of a chrome-mv3 build> measures another build (to alternate two builds).
// Needs the build and the lock: flock /tmp/dt-e2e.lock node tests/bench/run.mjs popup
// `--scale=0.1` (or DT_POPUP_SCALE=0.1) seeds 10k contacts and 100k interactions (same shapes and
// ratios), for iterating; the reported figure is the full scale (1, the default).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../e2e/browsers.mjs';
import { startReplica } from '../replica/server.mjs';

const SCALE = Number(
  process.argv.find((a) => a.startsWith('--scale='))?.slice('--scale='.length) ??
    process.env.DT_POPUP_SCALE ??
    1,
);
if (!(SCALE > 0 && SCALE <= 1)) throw new Error(`--scale must be in (0, 1], got ${SCALE}`);
const CONTACTS = Math.round(100_000 * SCALE);
const INTERACTIONS = Math.round(1_000_000 * SCALE);
const SCALE_LABEL = `${CONTACTS / 1000}k contacts, ${INTERACTIONS / 1000}k interactions`;
const GOAL_MS = 150;
/** Openings measured of each kind (see the top of this file). */
const FIRST_OF_DAY = 5;
const UNPREPARED = 5;
const AFTER_WRITE = 5;
const LATER = 10;
const ACCOUNT = '1000000001';

/**
 * Seeds in slices of 2k contacts: one evaluate per slice stays inside puppeteer's protocol timeout
 * (180 s) even on a loaded machine (a 10k slice timed out at a load average of 30).
 */
async function seed(page) {
  let counts;
  for (let from = 0; from < CONTACTS; from += 2_000)
    counts = await seedSlice(page, from, Math.min(CONTACTS, from + 2_000));
  return counts;
}

async function seedSlice(page, from, to) {
  return page.evaluate(
    async ({ contacts, interactions, account, from, to }) => {
      const open = () =>
        new Promise((resolve, reject) => {
          const req = indexedDB.open('dinner-table');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      const db = await open();
      const done = (tx) =>
        new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        });
      const now = Date.now();
      const DAY = 86_400_000;
      let tx = db.transaction('accounts', 'readwrite');
      tx.objectStore('accounts').put({
        id: account,
        handle: 'dana_builds',
        name: 'Dana',
        firstSeen: now - 400 * DAY,
        lastSeen: now,
      });
      await done(tx);
      const perContact = interactions / contacts;
      const kinds = [
        'like_in',
        'visit',
        'like_out',
        'repost_in',
        'like_in',
        'reply_in',
        'like_out',
        'visit',
        'like_in',
        'repost_out',
      ];
      // One transaction per 5k contacts (about 50k interactions): fewer commits, the same rows.
      const BATCH = 5_000;
      for (let start = from; start < to; start += BATCH) {
        tx = db.transaction(['contacts', 'interactions', 'talk'], 'readwrite');
        const cs = tx.objectStore('contacts');
        const is = tx.objectStore('interactions');
        const ts = tx.objectStore('talk');
        for (let i = start; i < Math.min(to, start + BATCH); i++) {
          const key = String(3_000_000_000 + i);
          const counts = {};
          let lastAt = 0;
          // Every 10th contact stays a stranger with no history; every 50th you talked with.
          const talked = i % 50 === 0;
          const n = i % 10 === 0 ? 0 : perContact + (i % 10 === 1 ? perContact : 0);
          const talk = [];
          for (let k = 0; k < n; k++) {
            const kind = talked && k === 0 ? 'reply_out' : kinds[(i + k) % kinds.length];
            const at = now - ((i * 7 + k * 13) % 365) * DAY;
            if (kind === 'reply_out' || kind === 'reply_in')
              talk.push({ key: `${kind}:${i}:${k}`, kind, at });
            counts[kind] = (counts[kind] ?? 0) + 1;
            lastAt = Math.max(lastAt, at);
            is.put({
              account,
              key: `${kind}:${i}:${k}`,
              contact: key,
              kind,
              at,
              tweetId: String(1_700_000_000_000_000_000n + BigInt(i * 100 + k)),
            });
          }
          // The week's tally (lib/relationships/week-tally), as the write path keeps it: one row per
          // thing said to them, in time (then key) order: a first word, or what it answered.
          talk.sort((x, y) => x.at - y.at || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
          let spoken = false;
          let pendingIn;
          for (const x of talk) {
            if (x.kind === 'reply_in') {
              pendingIn = Math.max(pendingIn ?? x.at, x.at);
              continue;
            }
            ts.put({
              account,
              key: x.key,
              contact: key,
              at: x.at,
              ...(!spoken && { first: true }),
              ...(pendingIn !== undefined && { inAt: pendingIn }),
            });
            spoken = true;
            pendingIn = undefined;
          }
          const engaged = (counts.like_in ?? 0) + (counts.repost_in ?? 0) + (counts.reply_in ?? 0);
          const unmet = talked ? 0 : 1;
          const summary = { counts, days: [], ...(lastAt && { lastAt, lastKind: 'like_in' }) };
          // Keep talking: every 100th owes a reply (some within the 14-day window, some missed),
          // every 100th + 50 is a conversation going cold. 2,000 due rows in all, by the byDue index.
          const due = {};
          if (i % 100 === 0) {
            const said = {
              at: now - (i % 30) * DAY,
              kind: 'reply_in',
              text: `Reply number ${i} about tools`,
            };
            Object.assign(summary, { lastIn: said, owed: said });
            Object.assign(due, { dueAt: said.at, dueReason: 'reply-back' });
          } else if (i % 100 === 50) {
            const mine = {
              at: now - (21 + (i % 40)) * DAY,
              kind: 'reply_out',
              text: `Talked about topic ${i}`,
            };
            Object.assign(summary, { lastOut: mine, lastIn: { ...mine, kind: 'reply_in' } });
            Object.assign(due, { stage: 'conversing', dueAt: mine.at + 21 * DAY, dueReason: 'going-cold' });
          }
          cs.put({
            account,
            key,
            id: key,
            handle: `follower_${i}`,
            handleLower: `follower_${i}`,
            name: `Follower ${i}`,
            bio: `Writes about topic ${i % 97} and builds small tools. Coffee, bikes, code.`,
            followsMe: true,
            iFollow: i % 9 === 0,
            followerFirstSeen: now - (i % 1000) * DAY,
            followerLastSeen: now,
            firstSeen: now - (i % 1000) * DAY,
            lastSeen: now,
            summary,
            stage: talked ? 'talked' : n ? 'noticed' : 'stranger',
            unmet,
            engagedMe: engaged,
            ...due,
          });
        }
        await done(tx);
      }
      // Pad to exactly the target: the arithmetic above writes 1.0M interactions.
      const count = await new Promise((resolve) => {
        const r = db.transaction('interactions').objectStore('interactions').count();
        r.onsuccess = () => resolve(r.result);
      });
      const contactCount = await new Promise((resolve) => {
        const r = db.transaction('contacts').objectStore('contacts').count();
        r.onsuccess = () => resolve(r.result);
      });
      db.close();
      return { interactions: count, contacts: contactCount };
    },
    { contacts: CONTACTS, interactions: INTERACTIONS, account: ACCOUNT, from, to },
  );
}

/**
 * A copy of the build with an empty page beside the popup: a heading painted by one module script,
 * marked like the popup's (Chrome's floor for any extension page). Never shipped: the copy is deleted.
 */
function buildWithEmptyPage(from) {
  const dir = mkdtempSync(join(tmpdir(), 'dt-popup-bench-'));
  cpSync(from, dir, { recursive: true });
  writeFileSync(
    join(dir, 'bench-empty.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><script type="module" src="/bench-empty.js"></script></head><body><main id="app"></main></body></html>',
  );
  writeFileSync(
    join(dir, 'bench-empty.js'),
    `const h = document.createElement('h2');
h.setAttribute('elementtiming', 'dt-today');
h.textContent = 'Today';
document.getElementById('app').append(h);
requestAnimationFrame(() => setTimeout(() => performance.mark('dt-first-content')));`,
  );
  return dir;
}

/** When the empty page's heading is painted (ms after navigation start). */
async function emptyPagePainted(session) {
  const page = await session.openExtensionPage('bench-empty.html');
  const ms = await page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntries().find((e) => e.identifier === 'dt-today');
          if (entry) resolve(entry.renderTime || entry.loadTime);
        }).observe({ type: 'element', buffered: true });
      }),
  );
  await page.close();
  return ms;
}

/** DT_POPUP_TRACE=<file>: a performance trace of the last later opening (open it in DevTools). */
const TRACE_FILE = process.env.DT_POPUP_TRACE;

async function firstContent(session, { trace: traceFile } = {}) {
  const page = traceFile ? await session.newPage() : await session.openExtensionPage('popup.html');
  if (traceFile) {
    await page.tracing.start({
      path: traceFile,
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'blink',
        'loading',
        'toplevel',
        'blink.user_timing',
        // JavaScript samples: DevTools shows what the scripts spent their time on.
        'disabled-by-default-v8.cpu_profiler',
      ],
    });
    await page.goto(`${session.extensionOrigin}/popup.html`, { waitUntil: 'load' });
  }
  const { ms, marks, painted, current, today, due, loaded, source, trace } = await page.evaluate(
    () =>
      new Promise((resolve) => {
        // When each heading was painted (Element Timing), by identifier.
        const paints = {};
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) paints[e.identifier] ??= e.renderTime || e.loadTime;
        }).observe({ type: 'element', buffered: true });
        // Element Timing reports only what is painted in view: with many rows due, Today's heading is below
        // the panel's fold and a person first sees Keep talking. Whether it is in view, once laid out:
        const inView = {};
        const io = new IntersectionObserver((entries) => {
          for (const e of entries) inView[e.target.getAttribute('elementtiming')] = e.isIntersecting;
        });
        const watched = new Set();
        // First content with the due list: both Today's first render and Keep talking's rows.
        const read = () => {
          const first = performance.getEntriesByName('dt-first-content')[0];
          const due = performance.getEntriesByName('dt-due-content')[0];
          // Content from the last first screen (marked "Updating…") is current once the mark says so;
          // any other source is current as it shows.
          const previous = [first, due].some((m) => m?.detail?.source === 'previous');
          const current = previous
            ? performance.getEntriesByName('dt-current-content')[0]?.startTime
            : first && due && Math.max(first.startTime, due.startTime);
          // Keep talking has no heading (nothing painted) when no one is due: its mark stands.
          const dueRows = document.querySelectorAll('[data-testid="dt-due"]').length;
          for (const el of document.querySelectorAll('[elementtiming]'))
            if (!watched.has(el)) {
              watched.add(el);
              io.observe(el);
            }
          // Each heading counts once painted, or once known to be out of view (not seen first).
          const seen = (id) => (inView[id] === false ? null : paints[id]);
          const todaySeen = seen('dt-today');
          const dueSeen = dueRows ? seen('dt-due') : null;
          const shown = [todaySeen, dueSeen].filter((t) => t !== null);
          if (first && due && current && todaySeen !== undefined && dueSeen !== undefined && shown.length)
            resolve({
              ms: Math.max(...shown),
              painted: `Today ${todaySeen === null ? 'below the fold' : `painted ${todaySeen.toFixed(0)}`}, Keep talking ${dueRows ? `painted ${dueSeen.toFixed(0)}` : 'empty'}`,
              marks: Math.max(first.startTime, due.startTime),
              current,
              today: first.startTime,
              due: due.startTime,
              source: `${first.detail?.source ?? '?'}/${due.detail?.source ?? '?'}`,
              // The trace of the opening (entrypoints/popup/main.tsx): where the time goes.
              trace: ['dt-popup-script', 'dt-first-screen-read', 'dt-first-render']
                .map(
                  (name) => `${name.slice(3)} ${performance.getEntriesByName(name)[0]?.startTime.toFixed(0)}`,
                )
                .join(', ')
                .concat(
                  performance.getEntriesByName('dt-first-screen-read')[0]?.detail?.early
                    ? ' (read early)'
                    : '',
                ),
              // Where the page's own load ends and the messages' wait begins.
              loaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0,
            });
          else setTimeout(read, 5);
        };
        read();
      }),
  );
  if (traceFile) await page.tracing.stop();
  const dueRows = await page.$$eval('[data-testid="dt-due"]', (els) => els.length);
  const picks = await page.$$eval(
    '[data-testid="dt-handful"] [data-testid="dt-contact"]',
    (els) => els.length,
  );
  await page.close();
  return { ms, marks, painted, current, today, due, loaded, source, trace, picks, dueRows };
}

export default async function popupBench({ log }) {
  const replica = await startReplica({ port: 0 });
  const build = buildWithEmptyPage(
    process.env.DT_POPUP_EXT ?? join(import.meta.dirname, '../../.output/chrome-mv3'),
  );
  const session = await launch({ kind: 'chromium', port: replica.port, extension: build });
  try {
    const options = await session.openExtensionPage('options.html');
    // The background opens (and migrates) the database on its first message.
    await options.evaluate(() => chrome.runtime.sendMessage({ dt: 1, type: 'status.get', input: {} }));
    const started = Date.now();
    const counts = await seed(options);
    log(
      `seeded ${counts.contacts} contacts, ${counts.interactions} interactions in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    await options.close();

    const timings = async (label) => {
      const page = await session.openExtensionPage('options.html');
      const t = await page.evaluate(async () => {
        const out = {};
        for (const type of ['ping', 'handful.get', 'handful.get', 'due.get', 'status.get', 'week.get']) {
          const t0 = performance.now();
          // week.get (the Balance tab, not first content) names its account.
          const input = type === 'week.get' ? { account: '1000000001' } : {};
          await chrome.runtime.sendMessage({ dt: 1, type, input });
          out[type] = `${out[type] ? `${out[type]}, ` : ''}${Math.round(performance.now() - t0)}`;
        }
        return out;
      });
      log(`${label}: message round trips (ms) ${JSON.stringify(t)}`);
      await page.close();
    };
    // Let a popup's own status.get (asked after first content) finish between openings, as between
    // two real openings of the popup.
    const pause = () => new Promise((r) => setTimeout(r, 3000));
    /** Runs `fn(arg)` in a fresh options page (the extension's origin) and closes it. */
    const inOptions = async (fn, arg) => {
      const page = await session.openExtensionPage('options.html');
      try {
        return await page.evaluate(fn, arg);
      } finally {
        await page.close();
      }
    };
    /** A CDP session of an extension page kept open: ServiceWorker.stopAllWorkers acts on its partition. */
    const options0 = async () => {
      const page = await session.openExtensionPage('options.html');
      const client = await page.createCDPSession();
      await client.send('ServiceWorker.enable');
      return client;
    };
    const stats = (xs) => {
      const sorted = [...xs].sort((a, b) => a - b);
      const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
      return { median: Math.round(at(0.5)), p95: Math.round(at(0.95)), max: Math.round(sorted.at(-1)) };
    };
    /** The day turns while the browser runs: yesterday's first screen is stale by its date. */
    const forgetDay = () =>
      inOptions(async () => {
        const all = await chrome.storage.local.get(null);
        await chrome.storage.local.remove(Object.keys(all).filter((k) => k.startsWith('handful:')));
        // The last first screen too: a new day never shows yesterday's, even marked as updating.
        await chrome.storage.session.remove(['firstScreen', 'firstScreenLast']);
      });
    /** Midnight's alarm, fired the way Chrome fires it; resolves once the first screen is stored (ms). */
    const fireMidnight = () =>
      inOptions(async () => {
        const t0 = performance.now();
        await chrome.alarms.create('dt-first-screen', { when: Date.now() });
        for (;;) {
          if ((await chrome.storage.session.get('firstScreen')).firstScreen)
            return Math.round(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 20));
        }
      });
    /** One small batch through the real message path (a like on someone's post), as X pages send. */
    let written = 0;
    const write = () =>
      inOptions(async (n) => {
        const reply = await chrome.runtime.sendMessage({
          dt: 1,
          type: 'events.record',
          input: {
            account: { id: '1000000001', handle: 'dana_builds' },
            batchId: `bench-${n}-${Date.now()}`,
            events: [
              {
                type: 'interaction',
                key: `like_out:bench:${n}`,
                kind: 'like_out',
                at: Date.now(),
                tweetId: String(1_800_000_000_000_000_000n + BigInt(n)),
                person: { id: String(3_000_000_000 + 7 + n * 10), handle: `follower_${7 + n * 10}` },
              },
            ],
          },
        });
        return reply.ok && reply.data.stored === 1;
      }, written++);
    /** The service worker stops after 30 s idle; a morning's first opening finds it stopped. */
    const cdp = await options0();
    const stopWorker = async () => {
      await cdp.send('ServiceWorker.stopAllWorkers');
    };
    const heap = async () => {
      try {
        const worker = await session.serviceWorker();
        const { usedSize } = await worker.client.send('Runtime.getHeapUsage');
        return Math.round(usedSize / 1e6);
      } catch {
        return null;
      }
    };
    const logOpening = (label, o) =>
      log(
        `  ${label}: ${o.ms.toFixed(0)} ms (${o.painted}; marks ${o.marks.toFixed(0)}), page loaded ${o.loaded.toFixed(0)} ms, Today ${o.today.toFixed(0)} ms, Keep talking ${o.due.toFixed(0)} ms (${o.dueRows} rows), from ${o.source}, current ${o.current.toFixed(0)} ms; ${o.trace}`,
      );

    await pause();
    const prepared = [];
    let first;
    for (let i = 0; i < FIRST_OF_DAY; i++) {
      await forgetDay();
      const built = await fireMidnight();
      await stopWorker();
      await pause();
      const opening = await firstContent(session);
      first ??= opening;
      prepared.push(opening.ms);
      logOpening(`first of the day, prepared at midnight (built in ${built} ms)`, opening);
    }
    const unprepared = [];
    for (let i = 0; i < UNPREPARED; i++) {
      await pause();
      await forgetDay();
      const opening = await firstContent(session);
      unprepared.push(opening.ms);
      logOpening('first of the day, unprepared', opening);
    }
    await pause();
    await timings('after the first openings');
    log(`background heap after the first openings: ${await heap()} MB`);
    const afterWrite = [];
    const afterWriteCurrent = [];
    for (let i = 0; i < AFTER_WRITE; i++) {
      await pause();
      const ok = await write();
      const opening = await firstContent(session);
      afterWrite.push(opening.ms);
      afterWriteCurrent.push(opening.current);
      logOpening(`just after a write (${ok ? 'stored' : 'refused'})`, opening);
    }
    const warm = [];
    const warmMarks = [];
    const empty = [];
    for (let i = 0; i < LATER; i++) {
      await pause();
      const opening = await firstContent(session, { trace: i === LATER - 1 ? TRACE_FILE : undefined });
      warm.push(opening.ms);
      warmMarks.push(opening.marks);
      logOpening('later', opening);
      await pause();
      empty.push(await emptyPagePainted(session));
      log(`  an empty extension page: painted at ${empty.at(-1).toFixed(0)} ms`);
    }
    await timings('at the end');
    log(`background heap at the end: ${await heap()} MB`);
    const row = (label, xs, extra = {}) => {
      const st = stats(xs);
      log(`${label}: ${xs.map((m) => m.toFixed(0)).join(', ')} ms`);
      return {
        name: `popup first content, ${label} (${SCALE_LABEL}), median of ${xs.length}`,
        ms: st.median,
        ...st,
        ...extra,
        goal: GOAL_MS,
        met: st.max <= GOAL_MS,
      };
    };
    const all = [...prepared, ...unprepared, ...afterWrite, ...warm];
    return [
      row('first opening of the day, prepared at midnight', prepared, {
        picks: first.picks,
        dueRows: first.dueRows,
        contacts: counts.contacts,
        interactions: counts.interactions,
      }),
      row('first opening of the day, unprepared (live)', unprepared),
      row(
        'just after a write (the last first screen marked "Updating…", live, or the rebuilt snapshot: see each opening)',
        afterWrite,
      ),
      row('just after a write, current content (live answers, or the rebuilt snapshot)', afterWriteCurrent),
      row('later openings', warm),
      {
        name: `popup first content, later openings, by the effect marks after paint (the figure before Element Timing), median of ${warmMarks.length}`,
        ms: stats(warmMarks).median,
        ...stats(warmMarks),
      },
      {
        name: `an empty extension page's first paint (Chrome's floor, opened between the later openings), median of ${empty.length}`,
        ms: stats(empty).median,
        ...stats(empty),
        popupOverFloor: stats(warm).median - stats(empty).median,
      },
      row(
        `every opening (${prepared.length} + ${unprepared.length} + ${afterWrite.length} + ${warm.length})`,
        all,
      ),
    ];
  } finally {
    await session.close();
    await replica.close();
    rmSync(build, { recursive: true, force: true });
  }
}
