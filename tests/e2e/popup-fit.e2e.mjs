// The popup fits the toolbar (#17.13): at 400 × 600 the footer is on screen at the first height and
// stays there once the lists load, only the panel scrolls, and nothing is wider than 400 px, on every
// tab and in the Person view, with a full Today (replies owed, going cold, the handful).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sendFromPage, setViewport } from './browsers.mjs';
import { BROWSERS, screenshot, useSession, waitForAccount } from './session.mjs';
import { ME } from './x-page.mjs';

const DAY = 86_400_000;

/** A few weeks of talk, as the content script would have sent it. */
function history(now) {
  const kenji = { id: '1000000009', handle: 'kenji_dev', name: 'Kenji Watanabe' };
  const theo = { id: '2000000301', handle: 'theo_ops', name: 'Theo Ops' };
  const said = (key, kind, person, days, text) => ({
    type: 'interaction',
    key,
    kind,
    person,
    at: now - days * DAY,
    text,
  });
  return [
    said('fit:kenji:1', 'reply_in', kenji, 2, 'Which browsers do you run your e2e tests in? '.repeat(5)),
    said('fit:theo:1', 'reply_in', theo, 30, 'Shipped it! Writing up the numbers now.'),
    said('fit:theo:2', 'reply_out', theo, 29, 'Can’t wait to read the pilot write-up, send it over.'),
  ];
}

/** Where the layout breaks, if it does: the footer below the window, or anything wider than it. */
function layoutProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const h = window.innerHeight;
    const w = window.innerWidth;
    const footer = document.querySelector('footer')?.getBoundingClientRect();
    if (!footer || footer.bottom > h + 0.5) problems.push(`footer bottom ${footer?.bottom} > ${h}`);
    if (document.documentElement.scrollHeight > h + 0.5)
      problems.push(`page scrolls: ${document.documentElement.scrollHeight} > ${h}`);
    for (const el of document.querySelectorAll('main *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || getComputedStyle(el).position === 'absolute') continue;
      if (r.right > w + 0.5)
        problems.push(`${el.tagName}.${el.className} right ${Math.round(r.right)} > ${w}`);
    }
    return problems.slice(0, 5);
  });
}

for (const kind of BROWSERS) {
  describe(`the popup fits in ${kind}`, () => {
    const ctx = useSession(kind);
    const openPopup = async () => {
      const popup = await ctx.session.openExtensionPage('popup.html');
      await setViewport(popup, { width: 400, height: 600 });
      return popup;
    };
    const clickTab = async (popup, name) => {
      for (const tab of await popup.$$('[role="tab"]'))
        if ((await tab.evaluate((el) => el.textContent)) === name) await tab.click();
    };

    it('keeps the footer on screen and nothing wider than 400 px, on every tab', async () => {
      const x = await ctx.session.newPage();
      await x.goto(`https://x.com/${ME.handle}/followers`, { waitUntil: 'load' });
      await waitForAccount(x, ME.handle);
      const popup = await openPopup();
      const made = await sendFromPage(popup, 'events.record', {
        account: { ...ME, name: 'Dana Whitfield' },
        batchId: 'fit-history',
        events: history(Date.now()),
      });
      assert.equal(made.ok, true, JSON.stringify(made));
      await popup.close();

      const page = await openPopup();
      // At the first height, before anything loaded, the footer is already in view.
      assert.deepEqual(await layoutProblems(page), [], 'first paint');
      // Text is the page's own size in both browsers (Chrome's default for extension pages is 75%).
      const fonts = await page.evaluate(() =>
        ['body', '[role="tab"]', 'footer button, .popup > :last-child button'].map(
          (css) => getComputedStyle(document.querySelector(css) ?? document.body).fontSize,
        ),
      );
      assert.deepEqual(fonts, ['14px', '14px', '14px']);
      await page.waitForSelector('[data-testid="dt-due-list"] [data-testid="dt-due"]', { timeout: 10_000 });
      await page.waitForSelector('[data-testid="dt-handful"] [data-testid="dt-contact"]', {
        timeout: 10_000,
      });
      const panel = await page.$eval('.panel', (el) => ({
        scroll: el.scrollHeight,
        client: el.clientHeight,
      }));
      assert.ok(panel.scroll > panel.client, `Today is long enough to scroll: ${JSON.stringify(panel)}`);
      assert.deepEqual(await layoutProblems(page), [], 'Today loaded');
      await screenshot(page, kind, 'popup-fit-today');
      // Scrolled to the end of the panel, the footer has not moved.
      await page.$eval('.panel', (el) => el.scrollTo(0, el.scrollHeight));
      assert.deepEqual(await layoutProblems(page), [], 'Today scrolled');
      await screenshot(page, kind, 'popup-fit-today-end');

      await clickTab(page, 'Unmet');
      await page.waitForSelector('[data-testid="dt-unmet-list"] [data-testid="dt-contact"]', {
        timeout: 10_000,
      });
      assert.deepEqual(await layoutProblems(page), [], 'Unmet');
      await screenshot(page, kind, 'popup-fit-unmet');

      await clickTab(page, 'Balance');
      await page.waitForSelector('[data-testid="dt-balance"]', { timeout: 10_000 });
      assert.deepEqual(await layoutProblems(page), [], 'Balance');
      await screenshot(page, kind, 'popup-fit-balance');

      await clickTab(page, 'Today');
      await page.waitForSelector('[data-testid="dt-due"][data-handle="kenji_dev"] button.name', {
        timeout: 10_000,
      });
      await page.click('[data-testid="dt-due"][data-handle="kenji_dev"] button.name');
      await page.waitForSelector('[data-testid="dt-cadence"]', { timeout: 10_000 });
      assert.deepEqual(await layoutProblems(page), [], 'Person');
      await screenshot(page, kind, 'popup-fit-person');
      // A person opened from far down the list starts at the top of the panel, Back in view.
      await clickTab(page, 'Today');
      await page.waitForSelector('[data-testid="dt-handful"] [data-testid="dt-contact"]', {
        timeout: 10_000,
      });
      await page.click('[data-testid="dt-handful"] [data-testid="dt-contact"]:last-child button.name');
      await page.waitForSelector('[data-testid="dt-handful"]', { hidden: true, timeout: 10_000 });
      assert.equal(await page.$eval('.panel', (el) => el.scrollTop), 0, 'the person opens at the top');
      await screenshot(page, kind, 'popup-fit-person-from-below');
      await page.close();
      await x.close();
    });
  });
}
