// A new user's first popup, before and after the followers page (#17.4), in Chromium and Firefox:
// the first pick of the day is made before any follower is known, and must not stay empty.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sendFromPage, setViewport, waitInPage } from './browsers.mjs';
import { BROWSERS, screenshot, useSession, waitForAccount } from './session.mjs';
import { ME, sleep } from './x-page.mjs';

for (const kind of BROWSERS) {
  describe(`a first week, day one, in ${kind}`, () => {
    const ctx = useSession(kind);
    let page;
    const openPopup = async () => {
      const popup = await ctx.session.openExtensionPage('popup.html');
      await setViewport(popup, { width: 400, height: 600 });
      return popup;
    };
    const go = async (path) => {
      await page.bringToFront();
      await page.goto(`https://x.com${path}`, { waitUntil: 'load' });
      await waitForAccount(page, ME.handle);
    };

    it('opens the popup before any follower is known: it teaches where to find them', async () => {
      page = await ctx.session.newPage();
      await go('/home');
      const popup = await openPopup();
      await popup.waitForSelector('[data-testid="dt-empty-followers"]', { timeout: 10_000 });
      const text = await popup.$eval('[data-testid="dt-empty-followers"]', (el) => el.textContent);
      assert.match(text, /followers page on X/);
      await screenshot(popup, kind, 'popup-first-run');
      await popup.close();
    });

    it('after the followers page, picks 5 to meet and says how many were found', async () => {
      await go(`/${ME.handle}/followers`);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const probe = await ctx.session.openExtensionPage('options.html');
      let unmet = 0;
      for (let i = 0; i < 60 && unmet < 10; i++) {
        const reply = await sendFromPage(probe, 'contacts.list', {
          account: ME.id,
          followsMe: true,
          limit: 1,
        });
        unmet = reply.data?.total ?? 0;
        await sleep(150);
      }
      await probe.close();
      assert.ok(unmet >= 10, `followers recorded: ${unmet}`);

      const popup = await openPopup();
      await popup.waitForSelector('[data-testid="dt-handful"]', { timeout: 10_000 });
      const rows = await popup.$$('[data-testid="dt-handful"] [data-testid="dt-contact"]');
      assert.equal(rows.length, 5);
      const found = await waitInPage(
        popup,
        () => document.querySelector('[data-testid="dt-found"]')?.textContent,
      );
      assert.match(found, /^Found \d+ followers to meet: here are 5 for today\.$/);
      const shown = Number(found.match(/\d+/)[0]);
      assert.ok(shown >= 10, found);
      assert.doesNotMatch(await popup.$eval('body', (b) => b.textContent), /No one left to meet/);
      await screenshot(popup, kind, 'popup-after-followers-page');
      await popup.close();
    });
  });
}
