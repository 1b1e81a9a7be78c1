// History storage in real Chromium: write throughput through the product's path (validated
// messages to the background, one transaction per batch), and the unmet-followers query over
// 100k followers and 1M interactions.
import { loadavg } from 'node:os';
import { chromiumSession, median, percentile, QUICK, round } from './harness.mjs';

const ACCOUNT = { id: '1000000001', handle: 'dana_builds' };
/** Batches of 100 events written in all (DT_BENCH_BATCHES; --quick: 150), over RUNS runs. */
const BATCHES = Number(process.env.DT_BENCH_BATCHES ?? (QUICK ? 150 : 1000));
const RUNS = QUICK ? 3 : 5;
/** DT_BENCH_WRITES_ONLY=1: the write rate only, without seeding 100k followers for the queries. */
const WRITES_ONLY = process.env.DT_BENCH_WRITES_ONLY === '1';

export default async function ({ log }) {
  const results = [];
  // Test hooks off, as in normal use (with them on, every batch also reads the fault switch).
  const { session, close } = await chromiumSession({ testHooks: false });
  try {
    const page = await session.openExtensionPage('options.html');

    // RUNS runs of BATCHES/RUNS batches of 100 events (new keys each run, the same 2,000 people, a
    // third of them replies to you): the median run's rate is the figure; each run's is in `runs`.
    log(
      `writing ${BATCHES * 100} interactions in batches of 100 through events.record, ${RUNS} runs, each followed by the bare requests`,
    );
    const runs = [];
    const floors = [];
    for (let run = 0; run < RUNS; run++) {
      runs.push(
        await page.evaluate(
          async (account, run, batches) => {
            const send = (input) => chrome.runtime.sendMessage({ dt: 1, type: 'events.record', input });
            const people = 2000;
            const t0 = performance.now();
            let stored = 0;
            for (let b = 0; b < batches; b++) {
              const events = [];
              for (let i = 0; i < 100; i++) {
                const n = (run * batches + b) * 100 + i;
                const person = { id: String(2_000_000_000 + (n % people)), handle: `p${n % people}` };
                events.push({
                  type: 'interaction',
                  key: `bench:${n}`,
                  kind: n % 3 ? 'like_out' : 'reply_in',
                  person,
                  at: 1.7e12 + n,
                  tweetId: String(3e15 + n),
                });
              }
              const reply = await send({ account, batchId: `r${run}b${b}`, events });
              if (!reply.ok) throw new Error(JSON.stringify(reply.error));
              stored += reply.data.stored;
            }
            return { stored, ms: performance.now() - t0 };
          },
          ACCOUNT,
          run,
          Math.ceil(BATCHES / RUNS),
        ),
      );
      const last = runs[runs.length - 1];
      // Interleaved with the product's runs: the same machine load for both.
      floors.push(await page.evaluate(writeFloor, ACCOUNT.id, run, Math.ceil(BATCHES / RUNS)));
      log(
        `run ${run + 1}: ${last.stored} in ${round(last.ms)} ms; bare requests: ${floors[run].stored} in ${round(floors[run].ms)} ms`,
      );
    }
    const rates = runs.map((r) => (r.stored / r.ms) * 1000);
    const perSecond = median(rates);
    const floorRates = floors.map((r) => (r.stored / r.ms) * 1000);
    const floorPerSecond = median(floorRates);
    results.push({
      name: 'write-throughput',
      interactions: runs.reduce((n, r) => n + r.stored, 0),
      seconds: round(runs.reduce((n, r) => n + r.ms, 0) / 1000),
      perSecond: Math.round(perSecond),
      runs: rates.map(Math.round),
      // What IndexedDB itself allows for the rows this takes (see writeFloor), in the same runs.
      bareRequestsPerSecond: Math.round(floorPerSecond),
      bareRuns: floorRates.map(Math.round),
      ofBare: round(perSecond / floorPerSecond),
      loadAverage: loadavg().map((n) => round(n)),
      goal: '>= 20000/s',
      met: perSecond >= 20000,
    });
    if (WRITES_ONLY) return results;

    log('seeding 100k followers and 1M interactions directly into IndexedDB');
    // One evaluate per 5k followers: a single one for all of them outlived puppeteer's protocol
    // timeout (180 s) on a loaded machine.
    for (let slice = 0; slice < 20; slice++)
      await page.evaluate(seedSlice, ACCOUNT.id, slice * 5_000, (slice + 1) * 5_000);

    log('timing contacts.list (unmet followers, newest first, first page)');
    const times = await page.evaluate(async (accountId) => {
      const out = [];
      for (let i = 0; i < 40; i++) {
        const t0 = performance.now();
        const reply = await chrome.runtime.sendMessage({
          dt: 1,
          type: 'contacts.list',
          input: { account: accountId, unmetOnly: true, limit: 50 },
        });
        if (!reply.ok || reply.data.rows.length !== 50) throw new Error(JSON.stringify(reply).slice(0, 300));
        out.push(performance.now() - t0);
      }
      return out;
    }, ACCOUNT.id);
    const p95 = percentile(times.slice(5), 95);
    results.push({
      name: 'unmet-query',
      followers: 100_000,
      interactions: 1_000_000,
      p50ms: round(percentile(times.slice(5), 50)),
      p95ms: round(p95),
      goal: 'p95 <= 150 ms',
      met: p95 <= 150,
    });

    const searchTimes = await page.evaluate(async (accountId) => {
      const out = [];
      for (let i = 0; i < 6; i++) {
        const t0 = performance.now();
        await chrome.runtime.sendMessage({
          dt: 1,
          type: 'contacts.list',
          input: { account: accountId, unmetOnly: true, search: `follower 9${i}`, limit: 50 },
        });
        out.push(performance.now() - t0);
      }
      return out;
    }, ACCOUNT.id);
    results.push({
      name: 'unmet-search',
      followers: 100_000,
      p50ms: round(percentile(searchTimes, 50)),
      p95ms: round(percentile(searchTimes, 95)),
    });
  } finally {
    await close();
  }
  return results;
}

/**
 * Runs in the extension page: the bare IndexedDB requests the same batches need, with no product
 * code (no message, no validation, no summary): per batch of 100, one transaction that adds 100
 * interaction rows and puts 100 contact rows (the bench's people are 100 distinct ones a batch),
 * into a scratch database with the product's indexes, rows shaped like a stored contact. The
 * product cannot beat this without writing fewer rows: it is the ceiling of the storage design.
 */
async function writeFloor(accountId, run, batches) {
  const open = (name, upgrade) =>
    new Promise((resolve, reject) => {
      // The product's database at whatever version it is; the scratch one made at version 1.
      const req = upgrade ? indexedDB.open(name, 1) : indexedDB.open(name);
      if (upgrade) req.onupgradeneeded = () => upgrade(req.result);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  // A contact the product stored (its summary, stage and dates), as the template of every put.
  const product = await open('dinner-table');
  const template = await new Promise((resolve, reject) => {
    const req = product.transaction('contacts').objectStore('contacts').get([accountId, '2000000000']);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  product.close();
  if (!template) throw new Error('no stored contact to model the bare requests on');
  const db = await open('dt-write-floor', (d) => {
    const contacts = d.createObjectStore('contacts', { keyPath: ['account', 'key'] });
    contacts.createIndex('byHandle', ['account', 'handleLower']);
    contacts.createIndex('byUnmet', ['account', 'unmet', 'followerFirstSeen']);
    contacts.createIndex('byDue', ['account', 'dueAt']);
    const interactions = d.createObjectStore('interactions', { keyPath: ['account', 'key'] });
    interactions.createIndex('byContact', ['account', 'contact', 'at']);
    interactions.createIndex('byAccountAt', ['account', 'at']);
  });
  const t0 = performance.now();
  let stored = 0;
  for (let b = 0; b < batches; b++) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['contacts', 'interactions'], 'readwrite');
      const contacts = tx.objectStore('contacts');
      const interactions = tx.objectStore('interactions');
      for (let i = 0; i < 100; i++) {
        const n = (run * batches + b) * 100 + i;
        const key = String(2_000_000_000 + (n % 2000));
        interactions.add({
          account: accountId,
          key: `floor:${n}`,
          contact: key,
          kind: n % 3 ? 'like_out' : 'reply_in',
          at: 1.7e12 + n,
          tweetId: String(3e15 + n),
        });
        contacts.put({
          ...template,
          key,
          id: key,
          handle: `p${n % 2000}`,
          handleLower: `p${n % 2000}`,
          lastSeen: 1.7e12 + n,
        });
      }
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    stored += 100;
  }
  const ms = performance.now() - t0;
  db.close();
  return { stored, ms };
}

/** Writes followers [from, to) and 10 interactions each straight into the extension's database (in the page). */
async function seedSlice(accountId, from, to) {
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('dinner-table');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const put = (store, rows) =>
    new Promise((resolve, reject) => {
      const tx = db.transaction(store, 'readwrite');
      const os = tx.objectStore(store);
      for (const row of rows) os.put(row);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  const day = 86_400_000;
  const contacts = [];
  const interactions = [];
  for (let i = from; i < to; i++) {
    const key = String(5_000_000_000 + i);
    const engaged = i % 7 === 0;
    const talked = i % 5 === 0;
    const counts = {
      like_in: engaged ? 2 : 0,
      reply_out: talked ? 1 : 0,
      visit: 7 - (engaged ? 2 : 0) - (talked ? 1 : 0),
    };
    const stage = talked ? 'talked' : 'noticed';
    contacts.push({
      account: accountId,
      key,
      id: key,
      handle: `f${i}`,
      handleLower: `f${i}`,
      name: `Follower ${i}`,
      bio: `Bio of follower ${i}`,
      followsMe: true,
      followerFirstSeen: 1.6e12 + i * 1000,
      followerLastSeen: 1.7e12,
      firstSeen: 1.6e12,
      lastSeen: 1.7e12,
      summary: { counts, lastAt: 1.7e12, days: [] },
      stage,
      unmet: talked ? 0 : 1,
      engagedMe: counts.like_in,
    });
    for (let j = 0; j < 10; j++) {
      interactions.push({
        account: accountId,
        key: `seed:${i}:${j}`,
        contact: key,
        kind: j < counts.like_in ? 'like_in' : 'visit',
        at: 1.6e12 + j * day,
      });
    }
  }
  await put('contacts', contacts);
  await put('interactions', interactions);
  db.close();
}
