// Two accounts in one browser, in Chromium and Firefox (#17.1): the options page's one account
// selector sets what every section shows and acts on; choosing @other and deleting wipes @other
// only (its handle typed to confirm); the popup keeps showing the account signed in on X.
// And the page as a new user meets it (#17.14): the archive import first, the health in one line,
// the settings in groups, your own domain learned from your profile (#10.8), nothing overflowing in
// Japanese.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sendFromPage, setViewport, waitInPage } from './browsers.mjs';
import { ARTIFACTS, BROWSERS, screenshot, useSession, waitForAccount } from './session.mjs';
import { ME } from './x-page.mjs';

/** What sticks out of the page or of the options column, and whether the page scrolls sideways. */
const overflow = (page) =>
  page.evaluate(() => {
    const main = document.querySelector('main.options').getBoundingClientRect();
    const out = [...document.querySelectorAll('main.options *')]
      .filter((el) => el.getClientRects().length && !el.closest('.visually-hidden'))
      .filter((el) => el.getBoundingClientRect().right > main.right + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.slice(0, 40)}`);
    return { sideways: document.documentElement.scrollWidth > innerWidth, out };
  });
const h2s = (page) => page.$$eval('main h2', (els) => els.map((e) => e.textContent));

const OTHER = { id: '2000000002', handle: 'dana_alt' };
/** An export of @dana_alt as Dinner Table writes it (a row per line), with one row no version can store. */
function otherExport() {
  const row = (r) => JSON.stringify({ account: OTHER.id, ...r });
  const at = Date.now() - 86_400_000;
  return [
    `{"format":"dinner-table-export","version":2,"exportedAt":${at},"account":${JSON.stringify({ ...OTHER, firstSeen: at, lastSeen: at })},`,
    '"contacts":[',
    `${row({ key: '3100', id: '3100', handle: 'alt_fan_a', followsMe: true, firstSeen: at, lastSeen: at })},`,
    row({ key: '3101', id: '3101', handle: 'alt_fan_b', followsMe: true, firstSeen: at, lastSeen: at }),
    '],',
    '"interactions":[',
    `${row({ key: 'dm:1', contact: '3100', kind: 'dm_in', at, text: 'Loved your talk!' })},`,
    row({ key: 'x:2', contact: '3101', kind: 'bogus', at }),
    '],',
    '"posts":[',
    '],',
    '"nudges":[',
    ']',
    '}',
  ].join('\n');
}

const followers = (prefix, n) =>
  Array.from({ length: n }, (_, i) => ({
    type: 'edge',
    list: 'followers',
    person: { id: `${prefix}${i}`, handle: `${prefix}_fan_${i}` },
    at: Date.now() - i * 1000,
  }));

for (const kind of BROWSERS) {
  describe(`the options page with two accounts, in ${kind}`, () => {
    const ctx = useSession(kind);
    const count = async (page, account) =>
      (await sendFromPage(page, 'contacts.list', { account, followsMe: true, limit: 1 })).data?.total;
    const headings = (page) => page.$$eval('h2', (els) => els.map((e) => e.textContent));

    it('choosing @other and deleting wipes only @other; the popup stays on the signed-in account', async () => {
      // @dana_alt was seen first, then @dana_builds signed in (the newest account seen is the signed-in one).
      const maker = await ctx.session.openExtensionPage('options.html');
      for (const [account, prefix, n] of [
        [OTHER, '3000', 4],
        [ME, '4000', 3],
      ]) {
        const reply = await sendFromPage(maker, 'events.record', {
          account,
          batchId: `seed-${account.id}`,
          events: followers(prefix, n),
        });
        assert.equal(reply.ok, true, JSON.stringify(reply));
      }
      await maker.close();

      const options = await ctx.session.openExtensionPage('options.html');
      await setViewport(options, { width: 900, height: 1000 });
      const select = await options.waitForSelector('[data-testid="dt-account-select"]', { timeout: 15_000 });
      assert.equal(await select.evaluate((el) => el.value), ME.id);
      await screenshot(options, kind, 'options-two-accounts');

      await options.select('[data-testid="dt-account-select"]', OTHER.id);
      await options.waitForFunction(
        (h) => [...document.querySelectorAll('h2')].some((e) => e.textContent === `@${h}'s data`),
        { timeout: 10_000 },
        OTHER.handle,
      );
      assert.ok((await headings(options)).includes(`Settings for @${OTHER.handle}`));

      // Choosing @other in options does not put @other in the popup: it shows the signed-in account.
      const popup = await ctx.session.openExtensionPage('popup.html');
      await popup.waitForSelector('[data-testid="dt-account"]', { timeout: 15_000 });
      assert.match(await popup.$eval('[data-testid="dt-account"]', (el) => el.textContent), /@dana_builds/);
      await popup.close();

      await options.bringToFront();
      await options.click('[data-testid="dt-wipe"]');
      const confirm = await options.waitForSelector('[data-testid="dt-wipe-confirm"]');
      assert.equal(await confirm.evaluate((el) => el.textContent), `Delete @${OTHER.handle}`);
      assert.equal(await confirm.evaluate((el) => el.disabled), true);
      await options.type('[data-testid="dt-wipe-handle"]', ME.handle); // the wrong handle does not arm it
      assert.equal(await confirm.evaluate((el) => el.disabled), true);
      await options.$eval('[data-testid="dt-wipe-handle"]', (el) => {
        el.value = '';
      });
      await options.type('[data-testid="dt-wipe-handle"]', OTHER.handle);
      await options.waitForFunction(
        () => !document.querySelector('[data-testid="dt-wipe-confirm"]')?.disabled,
        { timeout: 5_000 },
      );
      await screenshot(options, kind, 'options-delete-other');
      await options.click('[data-testid="dt-wipe-confirm"]');
      const wiped = await options.waitForSelector('[data-testid="dt-wiped"]', { timeout: 10_000 });
      assert.match(
        await wiped.evaluate((el) => el.textContent),
        /of @dana_alt\. Other accounts were not touched/,
      );
      await options.waitForSelector('[data-testid="dt-account"]', { timeout: 10_000 });
      assert.match(await options.$eval('[data-testid="dt-account"]', (el) => el.textContent), /@dana_builds/);
      await screenshot(options, kind, 'options-after-delete');

      assert.equal(await count(options, OTHER.id), 0);
      assert.equal(await count(options, ME.id), 3);
      const status = await sendFromPage(options, 'status.get', {});
      assert.deepEqual(
        status.data.accounts.map((a) => a.handle),
        [ME.handle],
      );
      await options.close();
    });

    it('imports a JSON export of another account line by line: asks first, reports the bad row, never counts twice', async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const file = join(ARTIFACTS, `${kind}-other-export.json`);
      writeFileSync(file, otherExport());
      let options;
      const importOnce = async () => {
        // A new page each time (Firefox's BiDi reload waits past the timeout).
        await options?.close();
        options = await ctx.session.openExtensionPage('options.html');
        await setViewport(options, { width: 900, height: 1000 });
        const input = await options.waitForSelector('[data-testid="dt-import-json"]', { timeout: 15_000 });
        await input.uploadFile(file);
        // The page is on @dana_builds: a file of @dana_alt is imported only when the person says so.
        const ask = await options.waitForSelector('[data-testid="dt-import-foreign"]', { timeout: 10_000 });
        assert.match(await ask.evaluate((el) => el.textContent), /@dana_alt's data, not @dana_builds's/);
        await options.click('[data-testid="dt-import-foreign"] button.primary');
        const report = await options.waitForSelector('[data-testid="dt-import-report"]', { timeout: 15_000 });
        return report.evaluate((el) => ({ ...el.dataset, text: el.textContent }));
      };
      const first = await importOnce();
      assert.equal(first.added, '3');
      assert.equal(first.refused, '1');
      assert.match(first.text, /line 8: kind: a value this version does not know/);
      await screenshot(options, kind, 'options-json-imported');
      assert.equal(await count(options, OTHER.id), 2);

      const again = await importOnce();
      assert.deepEqual([again.added, again.merged, again.unchanged], ['0', '0', '3']);
      assert.equal(await count(options, OTHER.id), 2);
      // The imported account is in the header's list, but the signed-in one stays first and chosen.
      const choices = await options.$$eval('[data-testid="dt-account-select"] option', (els) =>
        els.map((e) => e.textContent),
      );
      assert.deepEqual(choices, ['@dana_builds (last signed in on X)', '@dana_alt']);
      await options.close();
    });
  });
}

for (const kind of BROWSERS) {
  describe(`the options page as a new user meets it, in ${kind}`, () => {
    const ctx = useSession(kind);

    it('puts the archive import first before any account is known', async () => {
      const options = await ctx.session.openExtensionPage('options.html');
      await setViewport(options, { width: 900, height: 1100 });
      await options.waitForSelector('[data-testid="dt-empty"]', { timeout: 15_000 });
      assert.equal((await h2s(options))[0], 'Import your X archive');
      const primary = await options.$eval(
        '[data-testid="dt-archive"] .button-like.primary',
        (el) => el.textContent,
      );
      assert.equal(primary, 'Choose archive .zip');
      assert.deepEqual(await overflow(options), { sideways: false, out: [] });
      await screenshot(options, kind, 'options-new-user');
      await options.close();
    });

    it('learns your own domain from your profile; health is one line; the rules are grouped', async () => {
      const page = await ctx.session.newPage();
      await page.goto(`https://x.com/${ME.handle}`, { waitUntil: 'load' });
      await waitForAccount(page, ME.handle);
      // The replica's profile shows https://danawhitfield.dev: the background learns danawhitfield.dev.
      const probe = await ctx.session.openExtensionPage('options.html');
      await waitInPage(
        probe,
        async () => {
          const all = await (globalThis.browser ?? globalThis.chrome).storage.local.get(null);
          return Object.entries(all).some(
            ([k, v]) => k.startsWith('settings:') && v.learnedDomains?.includes('danawhitfield.dev'),
          );
        },
        { timeout: 20_000 },
      );
      await probe.close();
      // A new page rather than a reload (Firefox's BiDi reload waits past the timeout).
      const options = await ctx.session.openExtensionPage('options.html');
      await setViewport(options, { width: 900, height: 1100 });
      const learned = await options.waitForSelector(
        '[data-testid="dt-learned-domains"] [data-domain="danawhitfield.dev"]',
        { timeout: 15_000 },
      );
      assert.deepEqual((await h2s(options)).slice(0, 2), [
        'Import your X archive',
        `Settings for @${ME.handle}`,
      ]);
      // All pages Dinner Table saw work: one line, the list folded behind it.
      const health = await options.waitForSelector('[data-testid="dt-health-summary"]', { timeout: 10_000 });
      assert.equal(await health.evaluate((el) => el.tagName === 'DETAILS' && !el.open), true);
      const groups = await options.$$eval('[data-testid="dt-settings-rules"] .rule-group', (els) =>
        els.map((g) => ({
          id: g.dataset.group,
          title: g.querySelector('h3').textContent,
          about: g.querySelector('p').textContent,
          rules: g.querySelectorAll('[data-rule]').length,
        })),
      );
      assert.deepEqual(
        groups.map((g) => g.title),
        ['Links', 'Words', 'Relationships', 'Your history'],
      );
      assert.ok(groups.every((g) => g.about.endsWith('.') && g.rules > 0));
      // The sub-headings are sized by the page, not the browser: "Added by you" is 13px in both.
      const sizes = await options.$$eval('[data-testid="dt-settings-domains"] h3', (els) =>
        els.map((e) => getComputedStyle(e).fontSize),
      );
      assert.deepEqual(sizes, ['13px', '13px']);
      assert.deepEqual(await overflow(options), { sideways: false, out: [] });
      await screenshot(options, kind, 'options-after-profile');
      await learned.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(options, kind, 'options-settings-groups');
      if (kind === 'chromium') {
        // The page follows the browser's dark theme (base.css); Puppeteer emulates it over CDP only.
        await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        await screenshot(options, kind, 'options-settings-groups-dark');
        await options.emulateMediaFeatures([]);
      }

      await options.click('[data-testid="dt-learned-domains"] [data-domain="danawhitfield.dev"] button');
      await waitInPage(options, () => !document.querySelector('[data-domain="danawhitfield.dev"]'));
      assert.match(
        await options.$eval('[data-testid="dt-settings-status"]', (el) => el.textContent),
        /danawhitfield\.dev removed/,
      );
      await options.close();
      await page.close();
    });
  });

  describe(`the options page in Japanese, in ${kind}`, () => {
    const ctx = useSession(kind, { lang: 'ja' });

    it('speaks Japanese and nothing overflows, wide or narrow', async () => {
      const maker = await ctx.session.openExtensionPage('options.html');
      const made = await sendFromPage(maker, 'events.record', {
        account: ME,
        batchId: 'ja',
        events: followers('4000', 1),
      });
      assert.equal(made.ok, true, JSON.stringify(made));
      await maker.close();
      const options = await ctx.session.openExtensionPage('options.html');
      for (const width of [900, 420]) {
        await setViewport(options, { width, height: 1100 });
        await options.waitForSelector('[data-testid="dt-settings-rules"]', { timeout: 15_000 });
        assert.equal((await h2s(options))[0], 'X のアーカイブを読み込む');
        assert.deepEqual(await overflow(options), { sideways: false, out: [] }, `at ${width}px`);
        await screenshot(options, kind, `options-ja-${width}`);
      }
      await options.evaluate(() =>
        document.querySelector('[data-testid="dt-settings-rules"]').scrollIntoView({ block: 'start' }),
      );
      await screenshot(options, kind, 'options-ja-420-rules');
      await options.close();
    });
  });
}
