// Keep talking on the replica of X, with a backdated history: an unanswered reply shows above the
// handful and answering it on X clears it; a conversing contact silent for four weeks is going
// cold; a changed cadence (in the Person view) is respected; Done, Snooze and Stop act on rows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, sendFromPage, setViewport, waitInPage } from './browsers.mjs';
import { BROWSERS, screenshot, useSession, waitForAccount } from './session.mjs';
import { ME, sleep, typeInto } from './x-page.mjs';

const seed = JSON.parse(readFileSync(join(ROOT, 'tests/replica/seeds/default.json'), 'utf8'));
const idOf = (handle) => seed.users.find((u) => u.handle === handle).id;
const KENJI_POST = '1861000012582912084';
const DAY = 86_400_000;

/** What the content script would have sent over the past weeks, as page events. */
function backdated(now) {
  const kenji = { id: idOf('kenji_dev'), handle: 'kenji_dev' };
  const theo = { id: '2000000301', handle: 'theo_ops', name: 'Theo Ops' };
  const ana = { id: '2000000302', handle: 'ana_writes', name: 'Ana Writes' };
  const said = (key, kind, person, days, text) => ({
    type: 'interaction',
    key,
    kind,
    person,
    at: now - days * DAY,
    text,
  });
  return [
    said('kt:kenji:1', 'reply_in', kenji, 3, 'Which browsers do you run your e2e tests in?'),
    said('kt:theo:2', 'reply_in', theo, 29, 'Shipped it! Writing up the numbers now.'),
    said('kt:theo:3', 'reply_out', theo, 28, 'Can’t wait to read the pilot write-up.'),
    said('kt:ana:1', 'dm_in', ana, 12, 'Loved your talk'),
    said('kt:ana:2', 'dm_out', ana, 11, 'Thank you! Which part?'),
  ];
}

for (const kind of BROWSERS) {
  describe(`keep talking in ${kind}`, () => {
    const ctx = useSession(kind);
    let options;
    const popup = async () => {
      const page = await ctx.session.openExtensionPage('popup.html');
      // Chromium sizes by CDP; Firefox ESR by BiDi (browsers.mjs's setViewport).
      if (kind === 'chromium') await page.setViewport({ width: 400, height: 700 });
      else await setViewport(page, { width: 400, height: 700 });
      return page;
    };
    const dueRows = async (page) =>
      page.$$eval('[data-testid="dt-due-list"] [data-testid="dt-due"]', (els) =>
        els.map((el) => `${el.dataset.handle}:${el.dataset.reason}`),
      );
    /** Reads the rows until `check` holds (the popup loads them after first paint). */
    const eventually = async (page, check, what) => {
      let last;
      for (let i = 0; i < 60; i++) {
        last = await dueRows(page).catch(() => []);
        if (check(last)) return last;
        await sleep(200);
      }
      assert.fail(`${what}: ${JSON.stringify(last)}`);
    };

    it('shows an unanswered reply and a conversation going cold, not a recent one', async () => {
      options = await ctx.session.openExtensionPage('options.html');
      const reply = await sendFromPage(options, 'events.record', {
        account: { ...ME, name: 'Dana' },
        batchId: 'backdated',
        events: backdated(Date.now()),
      });
      assert.equal(reply.ok, true, JSON.stringify(reply));
      const page = await popup();
      const rows = await eventually(page, (r) => r.length === 2, 'two rows due');
      assert.deepEqual(rows, ['kenji_dev:reply-back', 'theo_ops:going-cold']);
      const text = await page.$eval('[data-testid="dt-due-list"]', (el) => el.textContent);
      assert.match(text, /Replied to you 3 days ago/);
      assert.match(text, /Last talked 28 days ago, about “Can’t wait to read the pilot…”/);
      assert.match(text, /Which browsers do you run your e2e tests in\?/);
      await screenshot(page, kind, 'keep-talking');
      await page.close();
    });

    it('a changed cadence is respected', async () => {
      let page = await popup();
      await eventually(page, (r) => r.includes('theo_ops:going-cold'), 'theo going cold');
      await page.click('[data-testid="dt-due"][data-handle="theo_ops"] button.name');
      await page.waitForSelector('[data-testid="dt-cadence"]');
      await page.select('[data-testid="dt-cadence"]', '3m');
      await waitInPage(page, () =>
        /every 3 months/.test(document.querySelector('#person-cadence + [role=status]')?.textContent ?? ''),
      );
      await page.close();
      page = await popup();
      await eventually(page, (r) => r.length === 1 && r[0] === 'kenji_dev:reply-back', 'only kenji left');
      // A week's cadence brings a 28-day silence back.
      const back = await sendFromPage(options, 'due.cadence', {
        account: ME.id,
        key: '2000000301',
        keepEvery: '1w',
      });
      assert.equal(back.ok, true, JSON.stringify(back));
      await page.close();
      page = await popup();
      await eventually(page, (r) => r.includes('theo_ops:going-cold'), 'theo back at a weekly cadence');
      await page.click('[data-testid="dt-due"][data-handle="theo_ops"] [data-testid="dt-due-snooze"]');
      await eventually(page, (r) => !r.includes('theo_ops:going-cold'), 'theo snoozed');
      await page.close();
    });

    it('answering the reply on X clears the row by itself', async () => {
      const x = await ctx.session.newPage();
      await x.bringToFront();
      await x.goto(`https://x.com/kenji_dev/status/${KENJI_POST}`, { waitUntil: 'load' });
      await waitForAccount(x, ME.handle);
      const box = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
      const reply = 'Chromium and Firefox ESR, both headless. Which do you use?';
      await typeInto(x, box, reply);
      await x.click('[data-testid="tweetButtonInline"]');
      // A post counts once X shows it, and a background tab gets no animation frames: let the page show
      // the reply and the content script see it (two frames) before the popup takes the front.
      await x.waitForFunction(
        (text) => [...document.querySelectorAll('article')].some((a) => a.innerText.includes(text)),
        // Polled on a timer, not on animation frames: a tab the browser treats as hidden (Firefox under
        // load, after other pages were in front) gets none, and the wait would never see the reply.
        { timeout: 15_000, polling: 250 },
        reply,
      );
      // The popup shows the record as it is when it opens: wait until the background has the reply
      // (the page queues it for up to a quarter second, and a loaded machine takes longer).
      for (let i = 0; ; i++) {
        const seen = await sendFromPage(options, 'contact.get', { account: ME.id, person: 'kenji_dev' });
        if (seen.data?.history.some((h) => h.kind === 'reply_out' && h.text === reply)) break;
        if (i === 75) assert.fail(`the reply never reached the record: ${JSON.stringify(seen)}`);
        await sleep(200);
      }
      const page = await popup();
      await eventually(page, (r) => !r.includes('kenji_dev:reply-back'), 'kenji answered');
      const reached = await page.$eval('.keep-talking', (el) => el.textContent).catch(() => '');
      await page.close();
      await x.close();
      // Nothing else is due now (theo snoozed), so the section may be gone; if shown, it counts the reply.
      if (reached) assert.match(reached, /reached out to 1 person today/);
    });

    it('a morning of replies owed shows five, then the rest on "Show N more"', async () => {
      const owed = Array.from({ length: 7 }, (_, i) => ({
        type: 'interaction',
        key: `kt:many:${i}`,
        kind: 'reply_in',
        person: { id: `20000004${i}0`, handle: `owed_${i}`, name: `Owed ${i}` },
        at: Date.now() - (7 - i) * 3_600_000,
        text: `Question number ${i} for you`,
      }));
      const reply = await sendFromPage(options, 'events.record', {
        account: { ...ME, name: 'Dana' },
        batchId: 'many-owed',
        events: owed,
      });
      assert.equal(reply.ok, true, JSON.stringify(reply));
      const page = await popup();
      const first = await eventually(page, (r) => r.length === 5, 'five rows first');
      assert.deepEqual(
        first,
        ['owed_0', 'owed_1', 'owed_2', 'owed_3', 'owed_4'].map((h) => `${h}:reply-back`),
      );
      await page.click('[data-testid="dt-due-show-more"]');
      await eventually(page, (r) => r.length === 7, 'all seven after Show 2 more');
      // The first row the button brought has the focus, for a keyboard to go on from there.
      await waitInPage(
        page,
        () => document.activeElement?.closest('[data-testid="dt-due"]')?.dataset.handle === 'owed_5',
      );
      await screenshot(page, kind, 'keep-talking-show-more');
      await page.close();
    });
  });
}
