import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { inShadow, ROOT, sendFromPage } from './browsers.mjs';
import { BROWSERS, screenshot, useSession, waitForAccount } from './session.mjs';

for (const kind of BROWSERS) {
  describe(`smoke in ${kind}`, () => {
    const ctx = useSession(kind);

    it('runs the content script on the replica of x.com and detects the account', async () => {
      const page = await ctx.session.newPage();
      await page.goto('https://x.com/home', { waitUntil: 'load' });
      assert.ok(
        ctx.replica.hits.some((hit) => hit.startsWith('/home')),
        'the replica served /home',
      );
      await waitForAccount(page, 'dana_builds');
      // The coach loads at the first focus of a composer.
      await page.click('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]');
      const host = await inShadow(page, 'dinner-table-coach', '[data-testid="dt-nudge"]');
      const info = await host.evaluate((el) => ({
        hostTag: el.getRootNode().host.tagName.toLowerCase(),
        shadowMode: el.getRootNode().mode,
      }));
      assert.equal(info.hostTag, 'dinner-table-coach');
      assert.equal(info.shadowMode, 'open');
      await screenshot(page, kind, 'smoke-home');
      await page.close();
    });

    it('finds the account from the page when the twid cookie cannot be read', async () => {
      const seed = JSON.parse(readFileSync(join(ROOT, 'tests/replica/seeds/default.json'), 'utf8'));
      ctx.replica.setSeed({ ...seed, replica: { httpOnlyTwid: true } });
      try {
        const page = await ctx.session.newPage();
        await page.goto('https://x.com/home', { waitUntil: 'load' });
        assert.equal(await page.evaluate(() => document.cookie.includes('twid=')), false);
        await waitForAccount(page, 'dana_builds');
        await page.close();
      } finally {
        ctx.replica.setSeed(seed);
      }
      // The next page gets a readable cookie again (same name and path: it replaces the HttpOnly one).
      const page = await ctx.session.newPage();
      await page.goto('https://x.com/home', { waitUntil: 'load' });
      assert.equal(await page.evaluate(() => document.cookie.includes('twid=')), true);
      await page.close();
    });

    it('answers a round trip from an extension page', async () => {
      const popup = await ctx.session.openExtensionPage('popup.html');
      const reply = await sendFromPage(popup, 'ping', {});
      assert.equal(reply.ok, true);
      assert.equal(typeof reply.data.at, 'number');
      const refused = await sendFromPage(popup, 'no.such.message', {});
      assert.deepEqual(refused.ok, false);
      assert.equal(refused.error.code, 'unknown-type');
      await popup.close();
    });

    it('opens the popup showing the account and the health of the page', async () => {
      const popup = await ctx.session.openExtensionPage('popup.html');
      await popup.waitForSelector('[data-testid="dt-account"]', { timeout: 10_000 });
      const account = await popup.$eval('[data-testid="dt-account"]', (el) => el.textContent);
      assert.match(account, /@dana_builds/);
      await popup.waitForSelector('[data-testid="dt-health"] li[data-route="home"]', { timeout: 15_000 });
      const home = await popup.$eval(
        '[data-testid="dt-health"] li[data-route="home"]',
        (el) => el.dataset.ok,
      );
      assert.equal(home, 'true', 'every anchor of the home page was found');
      await screenshot(popup, kind, 'smoke-popup');
      await popup.close();
    });
  });
}
