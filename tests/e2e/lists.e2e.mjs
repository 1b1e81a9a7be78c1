// Your followers list, in Chromium and Firefox, on a replica that pages it as X does (10 a page,
// then a page with only cursors at the real end):
// - #17.9: the popup's "Newest follower" order is X's list order, whichever reader (the page or the
//   network lens) saw a person first, and a later visit's new followers sort above everyone.
// - #10.8: a follower missing from the list becomes "unfollowed" only once the list was scrolled to
//   its real end in one visit (a partial scroll marks no one): history kept, out of the unmet list,
//   back when seen following again.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, sendFromPage, setViewport, waitInPage } from './browsers.mjs';
import { BROWSERS, screenshot, useSession, waitForAccount } from './session.mjs';
import { ME, sleep } from './x-page.mjs';

const base = JSON.parse(readFileSync(join(ROOT, 'tests/replica/seeds/default.json'), 'utf8'));
const fan = (n, extra = {}) => ({
  id: String(2100000000 + n),
  handle: `list_fan_${n}`,
  name: `List Fan ${n}`,
  bio: `Follower number ${n} in the replica's list.`,
  joined: '2020-01-01T00:00:00.000Z',
  followsMe: true,
  ...extra,
});
const seed = {
  ...base,
  users: [...base.users, ...Array.from({ length: 45 }, (_, i) => fan(i + 1))],
  replica: { listPage: 10 },
};
/** X's followers list, newest first: the order the replica lists them in. */
const listed = seed.users.filter((u) => u.followsMe);
const GONE = { id: '2199999999', handle: 'gone_fan' };

for (const kind of BROWSERS) {
  describe(`your followers list in ${kind}`, () => {
    const ctx = useSession(kind, { seed });
    let page;
    let probe;
    const send = (type, input) => sendFromPage(probe, type, input);
    const contact = async (handle) =>
      (await send('contacts.list', { account: ME.id, search: handle, limit: 5 })).data.rows.find(
        (r) => r.handle === handle,
      );
    const followers = async () =>
      (await send('contacts.list', { account: ME.id, followsMe: true, limit: 1 })).data?.total ?? 0;
    const openFollowers = async () => {
      await page.bringToFront();
      await page.goto(`https://x.com/${ME.handle}/followers`, { waitUntil: 'load' });
      await waitForAccount(page, ME.handle);
      await page.waitForSelector('[data-testid="primaryColumn"] [data-testid="UserCell"]', {
        timeout: 15_000,
      });
    };
    const unmetNewest = async () => {
      const popup = await ctx.session.openExtensionPage('popup.html');
      await setViewport(popup, { width: 400, height: 600 });
      for (const tab of await popup.$$('[role="tab"]'))
        if ((await tab.evaluate((el) => el.textContent)) === 'Unmet') await tab.click();
      await popup.waitForSelector('[data-testid="dt-unmet-list"] [data-testid="dt-contact"]', {
        timeout: 10_000,
      });
      await popup.select('#unmet-sort', 'newest');
      await sleep(300);
      const handles = await popup.$$eval('[data-testid="dt-unmet-list"] [data-testid="dt-contact"]', (els) =>
        els.map((e) => e.dataset.handle),
      );
      return { popup, handles };
    };

    it('a partial scroll marks no one: a follower X no longer lists stays a follower', async () => {
      page = await ctx.session.newPage();
      probe = await ctx.session.openExtensionPage('options.html');
      // Known from an earlier day: a follower who talked to you, and is no longer in X's list.
      const made = await send('events.record', {
        account: ME,
        batchId: 'gone-fan',
        events: [
          { type: 'edge', list: 'followers', person: GONE, at: Date.now() - 86_400_000 },
          {
            type: 'interaction',
            key: 'reply_in:2199999999000',
            kind: 'reply_in',
            person: GONE,
            at: Date.now() - 86_400_000,
            tweetId: '2199999999000',
          },
        ],
      });
      assert.equal(made.ok, true, JSON.stringify(made));
      await openFollowers();
      // Only the first pages load without scrolling.
      await waitInPage(page, () => !document.querySelector('[role="progressbar"]'), { timeout: 15_000 });
      let known = 0;
      for (let i = 0; i < 40 && known < 10; i++) {
        known = await followers();
        await sleep(150);
      }
      assert.ok(known >= 10, `followers recorded: ${known}`);
      await sleep(1500); // everything the page and the lens saw has reached the background
      const cells = await page.$$eval(
        '[data-testid="primaryColumn"] [data-testid="UserCell"]',
        (els) => els.length,
      );
      assert.ok(cells < listed.length, `a partial list: ${cells} of ${listed.length} shown`);
      assert.equal((await contact(GONE.handle))?.followsMe, true, 'a partial scroll marked someone');
    });

    it('the list scrolled to its real end: the missing follower is unfollowed, history kept', async () => {
      const last = listed.at(-1).handle;
      for (let i = 0; i < 60; i++) {
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await sleep(250);
        const done = await page.evaluate(
          (h) =>
            !document.querySelector('[role="progressbar"]') &&
            Boolean(document.querySelector(`[data-testid="UserCell"] a[href="/${h}"]`)),
          last,
        );
        if (done) break;
      }
      let gone;
      for (let i = 0; i < 60; i++) {
        gone = await contact(GONE.handle);
        if (gone?.followsMe === false) break;
        await sleep(200);
      }
      assert.equal(gone?.followsMe, false, `still a follower: ${JSON.stringify(gone)}`);
      assert.equal(gone.counts.reply_in, 1, 'the history is kept');
      assert.equal(await followers(), listed.length, 'everyone X lists is a follower');
      await screenshot(page, kind, 'followers-list-end');
    });

    it('the popup lists unmet followers newest first, in X’s order, without the one who left', async () => {
      const { popup, handles } = await unmetNewest();
      assert.ok(handles.length >= 10, handles.join());
      assert.ok(!handles.includes(GONE.handle), 'the unfollower is out of the unmet list');
      assert.deepEqual(
        handles,
        listed.map((u) => u.handle).slice(0, handles.length),
        'Newest follower is X’s list order',
      );
      await screenshot(popup, kind, 'popup-unmet-newest-x-order');
      await popup.close();
    });

    it('a later visit’s new followers sort above everyone, and the one who left is back when seen following', async () => {
      const fresh = [fan(101), fan(102)];
      // X now lists two new followers on top, and the one who left follows again.
      ctx.replica.setSeed({
        ...seed,
        users: [...fresh, { ...GONE, name: 'Gone Fan', bio: 'Back again.', followsMe: true }, ...seed.users],
      });
      await openFollowers();
      for (let i = 0; i < 60 && (await contact(GONE.handle))?.followsMe !== true; i++) await sleep(200);
      assert.equal((await contact(GONE.handle))?.followsMe, true, 'seen following again');
      const { popup, handles } = await unmetNewest();
      assert.deepEqual(
        handles.slice(0, 2),
        fresh.map((u) => u.handle),
      );
      // Everyone from the first visit keeps their place below the new ones.
      const before = listed.map((u) => u.handle);
      assert.deepEqual(
        handles.filter((h) => before.includes(h)),
        before.slice(0, handles.filter((h) => before.includes(h)).length),
      );
      await screenshot(popup, kind, 'popup-unmet-later-visit');
      await popup.close();
      await probe.close();
    });
  });
}
