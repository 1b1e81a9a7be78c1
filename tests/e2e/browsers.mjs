// Launches Debian's Chromium and Firefox ESR with the built extension, pointed at the X replica.
// Both browsers see https://x.com as the replica: Chromium through --host-resolver-rules (any port),
// Firefox through network.dns.localDomains (same port: the replica listens on 443).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const GECKO_ID = 'dinner-table@dinnertable.app';
export const FIREFOX_UUID = '5d1e4a52-0c7b-4c4e-9d55-7d4c2f6f1a10';
const X_HOSTS = ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'];

const EXECUTABLES = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

export function requireBrowser(kind) {
  const exe = EXECUTABLES[kind];
  if (!existsSync(exe)) {
    const pkg = kind === 'chromium' ? 'chromium' : 'firefox-esr';
    throw new Error(
      `${kind} was not found at ${exe}. Install it with: sudo apt-get update && sudo apt-get install -y ${pkg}` +
        ` (or set ${kind === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'} to its executable).`,
    );
  }
  return exe;
}

export function requireBuild(dir) {
  const path = join(ROOT, '.output', dir);
  if (!existsSync(join(path, 'manifest.json'))) {
    throw new Error(`The extension is not built (${path} is missing). Run: npm run build`);
  }
  return path;
}

/**
 * Just after a write the popup opens on the last first screen marked "Updating…" and inert, until
 * its live answers replace it (components/popup/Popup.tsx): a test reads the popup as it is now, so
 * opening popup.html waits for its `dt-current-content` mark (both of Today's lists current, or their
 * errors), and for the other tabs' code. Bounded: a test of a background that never answers goes on after 10 s and sees that.
 */
async function untilPopupCurrent(page, path) {
  if (!path.startsWith('popup.html')) return;
  // The other tabs' code comes 200 ms after Today shows (`dt-views-loaded`): a test that clicks a
  // tab at once would otherwise meet its "Loading…" line, where a person's click comes later.
  await waitInPage(
    page,
    () =>
      performance.getEntriesByName('dt-current-content').length > 0 &&
      performance.getEntriesByName('dt-views-loaded').length > 0,
    { timeout: 10_000, polling: 20 },
  ).catch(() => {});
}

/** The storage.local key the content script reads before it mounts anything (lib/ui/test-hooks.ts). */
export const TEST_HOOKS_KEY = 'dt:test-hooks';

/**
 * @param {{ kind: 'chromium'|'firefox', port: number, extension?: boolean, headless?: boolean,
 *   testHooks?: boolean, lang?: string, updatable?: boolean }} options
 *   testHooks (default true): open shadow roots, light-DOM data attributes and `dt-*` hooks on X's
 *   pages. Set before any X page opens; pass false to see what a user's page script would see.
 *   lang (default en-US): the browser's interface language (BCP 47, e.g. `ja`); the extension's
 *   `_locales` follow it. The e2e files assert English.
 *   updatable (Chromium): the session gets `updateExtension()`, which installs the build again.
 * @returns {Promise<Session>}
 */
export async function launch({
  kind,
  port,
  extension = true,
  headless = true,
  testHooks = true,
  lang = 'en-US',
  updatable = false,
}) {
  const session =
    kind === 'chromium'
      ? await launchChromium({ port, extension, headless, lang, updatable })
      : await launchFirefox({ port, extension, headless, lang });
  if (extension && testHooks) {
    try {
      await setTestHooks(session, true);
    } catch (error) {
      await session.close();
      throw error;
    }
  }
  return session;
}

/**
 * Writes the test-hooks flag into the extension's storage.local from an extension document that runs
 * no code of ours (the manifest), so nothing else is set in motion. Not through the service worker:
 * once puppeteer has attached to it, Chromium 150 keeps a restarted worker paused for the debugger,
 * and a test that stops the worker would then wait forever for an answer.
 */
export async function setTestHooks(session, on) {
  const write = async (flag, key) => {
    const api = globalThis.browser ?? globalThis.chrome;
    if (flag) await api.storage.local.set({ [key]: true });
    else await api.storage.local.remove(key);
    return (await api.storage.local.get(key))[key] === true;
  };
  let stored;
  const page = await session.newPage();
  try {
    const manifest = `${session.extensionOrigin}/manifest.json`;
    if (session.kind === 'chromium') await page.goto(manifest, { waitUntil: 'load' });
    else await page.mainFrame().browsingContext.navigate(manifest, 'complete');
    stored = await page.evaluate(write, on, TEST_HOOKS_KEY);
  } finally {
    await page.close().catch(() => {});
  }
  if (stored !== on) throw new Error(`Could not ${on ? 'set' : 'clear'} ${TEST_HOOKS_KEY} in the extension.`);
}

async function launchChromium({ port, extension, headless, lang, updatable }) {
  const executablePath = requireBrowser('chromium');
  // `extension` may name another build folder (the lens bench loads a copy without the lens).
  const extPath = extension
    ? typeof extension === 'string'
      ? extension
      : requireBuild('chrome-mv3')
    : undefined;
  const userDataDir = mkdtempSync(join(tmpdir(), 'dt-chromium-'));
  const rules = X_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(',');
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--lang=${lang}`,
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
    '--window-size=1280,900',
  ];
  // `updatable`: the extension is installed through CDP (Extensions.loadUnpacked, which needs the
  // pipe), so installing it again is a real update, as the store makes one. A `runtime.reload()`
  // under puppeteer leaves the extension unloaded for good (its pages answer ERR_BLOCKED_BY_CLIENT).
  const viaCdp = Boolean(extPath && updatable);
  if (extPath && !viaCdp) args.push(`--load-extension=${extPath}`, `--disable-extensions-except=${extPath}`);
  if (viaCdp) args.push('--enable-unsafe-extension-debugging');
  const browser = await puppeteer.launch({
    executablePath,
    headless,
    userDataDir,
    args,
    defaultViewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    ...(viaCdp && { pipe: true, enableExtensions: true }),
  });
  let extensionId;
  if (viaCdp) extensionId = await browser.installExtension(extPath);
  else if (extPath) {
    const worker = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'),
      { timeout: 20_000 },
    );
    extensionId = new URL(worker.url()).host;
  }
  return {
    kind: 'chromium',
    browser,
    extensionOrigin: extensionId && `chrome-extension://${extensionId}`,
    async newPage() {
      return browser.newPage();
    },
    /** Installs the same build again: an extension update (sessions launched `updatable` only). */
    ...(viaCdp && { updateExtension: () => browser.installExtension(extPath) }),
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
      await untilPopupCurrent(page, path);
      return page;
    },
    async serviceWorker() {
      const target = await browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
        { timeout: 20_000 },
      );
      return target.worker();
    },
    async close() {
      await browser.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Firefox speaks only the languages it has a language pack for (the Debian build has en-US alone), and
 * an extension's `_locales` follow that app locale, not `intl.locale.requested`. So, through the
 * system access the harness opens (`--remote-allow-system-access`), the chrome context declares the
 * language available and requests it, before the extension is installed and picks its locale, which
 * is what a language pack does: the app's own menus fall back to English, the extension sees `lang`.
 */
async function setFirefoxAppLocale(browser, lang) {
  const { contexts } = (await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' }))
    .result;
  const context = contexts[0]?.context;
  if (!context) throw new Error('Firefox offered no chrome context to set its language in.');
  const expression = `(() => {
    Services.locale.availableLocales = [${JSON.stringify(lang)}, 'en-US'];
    Services.locale.requestedLocales = [${JSON.stringify(lang)}];
    return Services.locale.appLocaleAsBCP47;
  })()`;
  const reply = await browser.connection.send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: false,
  });
  const got = reply.result?.result?.value;
  if (got !== lang) throw new Error(`Firefox kept ${got} as its language, asked for ${lang}.`);
}

async function launchFirefox({ port, extension, headless, lang }) {
  if (port !== 443) throw new Error('Firefox cannot remap ports: start the replica on port 443.');
  const executablePath = requireBrowser('firefox');
  const extPath = extension ? requireBuild('firefox-mv2') : undefined;
  const userDataDir = mkdtempSync(join(tmpdir(), 'dt-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    userDataDir,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.dns.localDomains': X_HOSTS.join(','),
      'network.http.http3.enable': false,
      'network.trr.mode': 5,
      'app.update.disabledForTesting': true,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'intl.accept_languages': lang,
      'intl.locale.requested': lang,
    },
  });
  if (!lang.startsWith('en')) await setFirefoxAppLocale(browser, lang);
  if (extPath) {
    const id = await browser.installExtension(extPath);
    if (id !== GECKO_ID) throw new Error(`Firefox installed the extension as ${id}, expected ${GECKO_ID}.`);
  }
  return {
    kind: 'firefox',
    browser,
    extensionOrigin: extPath && `moz-extension://${FIREFOX_UUID}`,
    async newPage() {
      return browser.newPage();
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // page.goto never sees a moz-extension:// navigation finish: use BiDi's navigate directly.
      await page.mainFrame().browsingContext.navigate(`moz-extension://${FIREFOX_UUID}/${path}`, 'complete');
      await untilPopupCurrent(page, path);
      return page;
    },
    async serviceWorker() {
      return undefined; // Firefox MV2 runs a background page, not a worker.
    },
    async close() {
      await browser.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Sizes a page's viewport. Firefox ESR 140's BiDi has no emulation.setScreenOrientationOverride, which
 * puppeteer's page.setViewport also sends, so Firefox gets the BiDi viewport command alone.
 */
export async function setViewport(page, { width, height }) {
  // A CDP page (Chromium) has no BiDi browsing context, and CDP browsers have no cdpSupported getter.
  const context = page.mainFrame().browsingContext;
  if (!context || page.browser().cdpSupported) return page.setViewport({ width, height });
  await context.setViewport({ viewport: { width, height }, devicePixelRatio: 1 });
}

/**
 * page.waitForFunction for extension pages: puppeteer builds the predicate with Function() inside the
 * page, which the extension pages' CSP refuses in Firefox ESR 140. This polls page.evaluate instead
 * (a serialized call, no eval) and returns the first truthy value.
 */
export async function waitInPage(page, fn, { timeout = 10_000, polling = 100 } = {}, ...args) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, ...args);
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeout} ms waiting for ${fn.toString().slice(0, 120)}`);
    await new Promise((resolve) => setTimeout(resolve, polling));
  }
}

/** Finds an element inside Dinner Table's shadow roots: `host` is the host tag, `css` is inside. */
export function inShadow(page, host, css) {
  return page.waitForFunction(
    (h, c) => {
      for (const el of document.querySelectorAll(h)) {
        const found = el.shadowRoot?.querySelector(c);
        if (found) return found;
      }
      return null;
    },
    { timeout: 15_000, polling: 100 },
    host,
    css,
  );
}

/** Sends a protocol message from an extension page (popup/options) and returns the reply. */
export function sendFromPage(page, type, input) {
  return page.evaluate(
    (t, i) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ dt: 1, type: t, input: i }),
    type,
    input,
  );
}
