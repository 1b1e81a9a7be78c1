// Teardown (#11.3): 50 SPA navigations leave no node, listener or observer of ours behind, and an
// extension reload while X is open leaves exactly one set of our UI, from the new copy, with nothing
// thrown by the orphaned one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inShadow } from './browsers.mjs';
import { BROWSERS, screenshot, useSession, waitForAccount } from './session.mjs';
import { ME, sleep } from './x-page.mjs';

const KENJI_POST = '1861000012582912084';
/** One round of X's pages; ten rounds are the 50 navigations. */
const ROUTES = [
  '/home',
  '/maya_okafor',
  `/kenji_dev/status/${KENJI_POST}`,
  `/${ME.handle}/followers`,
  '/notifications',
];
const ROUNDS = 10;

/** An SPA route change, as X's router makes one: pushState, then the app re-renders. */
function spaGo(page, path) {
  return page.evaluate((p) => {
    history.pushState({}, '', p);
    dispatchEvent(new PopStateEvent('popstate', { state: {} }));
  }, path);
}

/** Our hosts in the page (badges, marks, the coach, the shared popover): tags `dinner-table-*`. */
function hostCounts(page) {
  return page.evaluate(() => {
    const counts = {};
    for (const el of document.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (tag.startsWith('dinner-table-')) counts[tag] = (counts[tag] ?? 0) + 1;
    }
    return counts;
  });
}

/**
 * What the extension holds in the page. Chromium also counts, through CDP, the document and window
 * listeners whose handler comes from an extension script, and the MutationObjects alive in the
 * extension's content-script worlds (queryObjects collects garbage first, so a disconnected
 * observer nothing holds is gone; one still observing is kept alive by the page and counted).
 */
async function snapshot(page, probe) {
  const hosts = await hostCounts(page);
  if (!probe) return { hosts };
  return { hosts, listeners: await probe.listeners(), observers: await probe.observers() };
}

/** Reads snapshots until three in a row agree (badges arrive after a message round trip). */
async function settled(page, probe) {
  let last = '';
  let same = 0;
  for (let i = 0; i < 80; i++) {
    const now = JSON.stringify(await snapshot(page, probe));
    same = now === last ? same + 1 : 0;
    if (same >= 2) return JSON.parse(now);
    last = now;
    await sleep(250);
  }
  throw new Error(`the page never settled: ${last}`);
}

const PROBE_GROUP = 'dt-teardown-probe';

async function chromiumProbe(page, extensionOrigin) {
  const cdp = await page.createCDPSession();
  const contexts = new Map();
  const scripts = new Map();
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.set(context.id, context));
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) =>
    contexts.delete(executionContextId),
  );
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  cdp.on('Debugger.scriptParsed', ({ scriptId, url }) => scripts.set(scriptId, url));
  const errors = [];
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    errors.push(exceptionDetails.exception?.description ?? exceptionDetails.text);
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
    if (type === 'error' && contexts.get(executionContextId)?.auxData?.type === 'isolated') {
      errors.push(args.map((a) => a.value ?? a.description).join(' '));
    }
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  const ours = () =>
    [...contexts.values()].filter((c) => c.auxData?.type === 'isolated' && c.origin.length >= 0);
  const extensionWorlds = () => ours().filter((c) => c.name && !c.name.startsWith('__puppeteer'));

  /** Listeners are listed per world: the page's own (the lens) and each content-script world. */
  async function listenersOn(expression) {
    const found = [];
    for (const contextId of [undefined, ...extensionWorlds().map((c) => c.id)]) {
      try {
        const { result } = await cdp.send('Runtime.evaluate', {
          expression,
          objectGroup: PROBE_GROUP,
          ...(contextId && { contextId }),
        });
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
        await cdp.send('Runtime.releaseObjectGroup', { objectGroup: PROBE_GROUP });
        for (const l of listeners) {
          const url = scripts.get(l.scriptId) ?? '';
          if (url.startsWith(extensionOrigin)) found.push(`${l.type} (${url.slice(extensionOrigin.length)})`);
        }
      } catch {
        // A world torn down between the listing and the query holds nothing.
      }
    }
    return found.sort();
  }

  return {
    errors,
    async listeners() {
      return { document: await listenersOn('document'), window: await listenersOn('window') };
    },
    async observers() {
      await cdp.send('HeapProfiler.collectGarbage');
      let total = 0;
      for (const world of extensionWorlds()) {
        try {
          const { result: proto } = await cdp.send('Runtime.evaluate', {
            expression: 'MutationObserver.prototype',
            contextId: world.id,
            objectGroup: PROBE_GROUP,
          });
          const { objects } = await cdp.send('Runtime.queryObjects', {
            prototypeObjectId: proto.objectId,
            objectGroup: PROBE_GROUP,
          });
          const { result } = await cdp.send('Runtime.callFunctionOn', {
            objectId: objects.objectId,
            functionDeclaration: 'function () { return this.length; }',
            returnByValue: true,
          });
          total += result.value;
        } catch {
          // A world torn down between the listing and the query holds nothing.
        } finally {
          // The probe's own handles would keep the observers it counted alive.
          await cdp.send('Runtime.releaseObjectGroup', { objectGroup: PROBE_GROUP }).catch(() => {});
        }
      }
      return total;
    },
    worlds: () => extensionWorlds().map((c) => c.name),
    detach: () => cdp.detach(),
  };
}

/**
 * Updates the extension. Chromium: installs the same build again through CDP (an update, as the
 * store makes one). Firefox: reloads it from one of its own pages (the manifest runs no code of ours).
 */
async function reloadExtension(session) {
  if (session.updateExtension) {
    await session.updateExtension();
    return;
  }
  const page = await session.newPage();
  const manifest = `${session.extensionOrigin}/manifest.json`;
  if (session.kind === 'chromium') await page.goto(manifest, { waitUntil: 'load' });
  else await page.mainFrame().browsingContext.navigate(manifest, 'complete');
  // The page closes with the extension: the evaluation may never answer.
  await Promise.race([
    page.evaluate(() => (globalThis.browser ?? globalThis.chrome).runtime.reload()).catch(() => {}),
    sleep(2_000),
  ]);
  await page.close().catch(() => {});
}

for (const kind of BROWSERS) {
  describe(`teardown in ${kind}`, () => {
    const ctx = useSession(kind, { updatable: true });
    let page;
    let probe;
    let baseline;

    it('50 SPA navigations leave our nodes, listeners and observers at their baseline', async () => {
      page = await ctx.session.newPage();
      await page.goto('https://x.com/home', { waitUntil: 'load' });
      if (kind === 'chromium') probe = await chromiumProbe(page, ctx.session.extensionOrigin);
      await waitForAccount(page, ME.handle);
      // Load the coach (it comes at the first focus of a composer) so its teardown runs too.
      await page.click('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]');
      await inShadow(page, 'dinner-table-coach', '[data-testid="dt-nudge"]');

      const atEnd = [];
      for (let round = 0; round < ROUNDS; round++) {
        for (const path of ROUTES) {
          await spaGo(page, path);
          await page.waitForFunction((p) => location.pathname === p, {}, path);
          // Let the page's features start before leaving it (a person reads for a moment).
          await sleep(150);
        }
        if (round === 0 || round === ROUNDS - 1) {
          await spaGo(page, '/home');
          atEnd.push(await settled(page, probe));
        }
      }
      [baseline] = atEnd;
      assert.ok(
        (baseline.hosts['dinner-table-coach'] ?? 0) > 0,
        `the coach is on the home page: ${JSON.stringify(baseline)}`,
      );
      assert.ok(
        (baseline.hosts['dinner-table-badge'] ?? 0) > 0,
        `badges are on the home page: ${JSON.stringify(baseline)}`,
      );
      if (probe) assert.ok(baseline.observers > 0, 'the probe sees our observers');
      assert.deepEqual(atEnd[1], baseline, 'after 50 navigations, the same as after 5');
      if (probe) assert.deepEqual(probe.errors, [], 'nothing thrown while navigating');
      await screenshot(page, kind, 'teardown-after-50');
    });

    it('after an extension reload the orphaned copy’s UI is gone and it throws nothing', async () => {
      const tagged = await page.evaluate(() => {
        const hosts = [...document.querySelectorAll('*')].filter((el) =>
          el.tagName.startsWith('DINNER-TABLE-'),
        );
        for (const el of hosts) el.dataset.teardownOld = '1';
        // Still here afterwards only if the page was not reloaded.
        window.__dtSameDocument = true;
        return hosts.length;
      });
      assert.ok(tagged > 0, 'our UI is on the page before the reload');
      await reloadExtension(ctx.session);
      // The orphan removes everything when it learns its extension is gone: WXT's ctx checks each
      // second, and a newer copy starting in the page (both browsers put one in) says so at once.
      // Firefox unloads the orphan's code silently; the new copy clears its hosts.
      await page.waitForFunction(() => !document.querySelector('[data-teardown-old]'), { timeout: 20_000 });
      if (probe) assert.deepEqual(probe.errors, [], 'nothing thrown by the orphan');
    });

    // Firefox re-injects the new copy into the open tab by itself; Chromium does not, so the new
    // background puts it there on update (lib/background/reinject.ts). Either way the tab works again
    // without a page reload, with one set of our UI.
    it('after an extension reload the new copy adds exactly one set, without reloading the page', async () => {
      await waitForAccount(page, ME.handle);
      await page.click('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]');
      await inShadow(page, 'dinner-table-coach', '[data-testid="dt-nudge"]');
      // Chromium also counts listeners and observers: the baseline's, so the orphan left none and
      // the new copy added one set (only the page-world lens, kept with the page's code, is the old one's).
      const after = await settled(page, probe);
      assert.deepEqual(after, baseline, 'exactly one set of our UI, listeners and observers');
      assert.equal(await page.evaluate(() => window.__dtSameDocument), true, 'the page was not reloaded');
      assert.deepEqual(probe?.errors ?? [], [], 'nothing thrown');
      await probe?.detach();
      await screenshot(page, kind, 'teardown-after-reload');
    });
  });
}
