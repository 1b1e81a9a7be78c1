// Probe: opens popup.html N times with no data in Chromium and prints its
// navigation timing and marks; --trace=FILE writes a performance trace of the last opening.
import { writeFileSync } from 'node:fs';
import { launch } from '../e2e/browsers.mjs';
import { startReplica } from '../replica/server.mjs';

const arg = (k, d) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3) ?? d;
const ext = arg('ext', undefined);
const N = Number(arg('n', 8));
const traceFile = arg('trace', undefined);
// --pages=blank.html,popup.html: pages of the extension (given with --ext) opened in turn, N times each,
// e.g. a baseline page that marks the same names; medians per page.
const pages = arg('pages', 'popup.html').split(',');
const replica = await startReplica({ port: 0 });
const session = await launch({ kind: 'chromium', port: replica.port, extension: ext ?? true });
try {
  const keep = await session.openExtensionPage('options.html');
  await keep.evaluate(() => chrome.runtime.sendMessage({ dt: 1, type: 'status.get', input: {} }));
  await new Promise((r) => setTimeout(r, 1500));
  const rows = [];
  for (let i = 0; i < N * pages.length; i++) {
    const pagePath = pages[i % pages.length];
    const page = await session.newPage();
    const last = i === N * pages.length - 1 && traceFile;
    if (last)
      await page.tracing.start({
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8.execute',
          'v8',
          'blink',
          'loading',
          'navigation',
          'toplevel',
          'blink.user_timing',
        ],
      });
    await page.goto(`${session.extensionOrigin}/${pagePath}`, { waitUntil: 'load' });
    const r = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const read = () => {
            const first = performance.getEntriesByName('dt-first-content')[0];
            if (!first) return setTimeout(read, 5);
            const n = performance.getEntriesByType('navigation')[0];
            const m = (name) => Math.round(performance.getEntriesByName(name)[0]?.startTime ?? -1);
            const paint = performance
              .getEntriesByType('paint')
              .map((p) => `${p.name}=${Math.round(p.startTime)}`);
            resolve({
              fetchStart: Math.round(n.fetchStart),
              responseEnd: Math.round(n.responseEnd),
              domInteractive: Math.round(n.domInteractive),
              dcl: Math.round(n.domContentLoadedEventEnd),
              script: m('dt-popup-script'),
              read: m('dt-first-screen-read'),
              render: m('dt-first-render'),
              first: Math.round(first.startTime),
              due: m('dt-due-content'),
              fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1),
              paint: paint.join(' '),
              res: performance
                .getEntriesByType('resource')
                .map(
                  (e) =>
                    `${e.name.split('/').pop().slice(0, 12)}:${Math.round(e.startTime)}-${Math.round(e.responseEnd)}`,
                )
                .join(' '),
            });
          };
          read();
        }),
    );
    if (last) writeFileSync(traceFile, await page.tracing.stop());
    rows.push({ ...r, pagePath });
    console.log(JSON.stringify(r));
    await page.close();
    await new Promise((r) => setTimeout(r, 500));
  }
  for (const p of pages) {
    const med = (k) => {
      const xs = rows
        .filter((r) => r.pagePath === p)
        .map((r) => r[k])
        .sort((a, b) => a - b);
      return xs[Math.floor(xs.length / 2)];
    };
    console.log(
      `median ${p}`,
      JSON.stringify(
        Object.fromEntries(
          ['responseEnd', 'domInteractive', 'script', 'dcl', 'read', 'render', 'fcp', 'first', 'due'].map(
            (k) => [k, med(k)],
          ),
        ),
      ),
    );
  }
} finally {
  await session.close();
  await replica.close();
}
