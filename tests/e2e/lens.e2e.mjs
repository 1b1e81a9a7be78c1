// The network lens in Chromium and Firefox: followers seen on home, a profile and a status page
// (never on the followers list) reach the popup's unmet list with handle and bio; the lens makes
// no request and the page receives every body byte for byte as served; timeline badges are keyed
// by id and follow a handle change; with X's operations
// renamed the DOM readers carry on and the health view names the missing lens.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, sendFromPage, waitInPage } from './browsers.mjs';
import { BROWSERS, screenshot, useSession, waitForAccount } from './session.mjs';
import { ME, sleep } from './x-page.mjs';

const SEED = JSON.parse(readFileSync(join(ROOT, 'tests/replica/seeds/default.json'), 'utf8'));
const byHandle = new Map(SEED.users.map((u) => [u.handle.toLowerCase(), u]));
const home = SEED.tweets.filter((t) => !t.replyTo);
const reply = SEED.tweets.find((t) => t.replyTo);
const profile =
  SEED.users.find((u) => u.followsMe && home.some((t) => t.author === u.handle)) ?? SEED.users[0];

/** Followers whose posts or profile the three pages show (authors of home posts, the profile, the thread). */
const expected = [
  ...new Set([
    ...home.map((t) => t.author.toLowerCase()),
    profile.handle.toLowerCase(),
    reply.author.toLowerCase(),
  ]),
]
  .map((h) => byHandle.get(h))
  .filter((u) => u?.followsMe);

async function browse(page) {
  // A loaded 2-core machine can take a while per page; the waits below are for facts, not speed.
  page.setDefaultNavigationTimeout(90_000);
  await page.goto('https://x.com/home', { waitUntil: 'load' });
  await waitForAccount(page, ME.handle);
  await page.waitForSelector('article[data-testid="tweet"]');
  await sleep(800);
  await page.goto(`https://x.com/${profile.handle}`, { waitUntil: 'load' });
  await waitForAccount(page, ME.handle);
  await sleep(800);
  await page.goto(`https://x.com/${reply.author}/status/${reply.id}`, { waitUntil: 'load' });
  await waitForAccount(page, ME.handle);
  await sleep(1500);
}

for (const kind of BROWSERS) {
  describe(`network lens in ${kind}`, () => {
    const ctx = useSession(kind);

    it('fills the unmet list with followers seen while browsing, by id, with handle and bio', async () => {
      assert.ok(expected.length >= 2, 'the seed shows followers on these pages');
      const page = await ctx.session.newPage();
      await browse(page);

      // Passive: every GraphQL request is one the page made, and it got each body exactly as served.
      const received = await page.evaluate(() => window.__replicaReceived.map((r) => `${r.op}:${r.sha256}`));
      const gqlHits = ctx.replica.hits.filter((h) => h.startsWith('/i/api/graphql/'));
      assert.equal(gqlHits.length, ctx.replica.served.length);
      assert.ok(received.length > 0);
      // The page's own calls, all of them: the last page's calls equal the last bodies served.
      const served = ctx.replica.served.map((s) => `${s.op}:${s.sha256}`);
      assert.deepEqual(received, served.slice(served.length - received.length));
      await page.close();

      let popup = await ctx.session.openExtensionPage('popup.html');
      const rows = await waitInPage(
        popup,
        async (me, n) => {
          const reply = await (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({
            dt: 1,
            type: 'contacts.list',
            input: { account: me, unmetOnly: true, limit: 500 },
          });
          return reply.ok && reply.data.rows.filter((r) => r.followsMe).length >= n ? reply.data.rows : false;
        },
        { timeout: 15_000 },
        ME.id,
        expected.length,
      );
      for (const u of expected) {
        const row = rows.find((r) => r.id === u.id);
        assert.ok(row, `@${u.handle} is a known follower`);
        assert.equal(row.handle, u.handle);
        assert.equal(row.bio, u.bio);
        assert.equal(row.followsMe, true);
      }
      // A fresh popup (Firefox does not report reloads of extension pages as navigations).
      await popup.close();
      popup = await ctx.session.openExtensionPage('popup.html');
      await popup.waitForSelector('[role="tab"]', { timeout: 10_000 });
      for (const tab of await popup.$$('[role="tab"]'))
        if ((await tab.evaluate((el) => el.textContent)) === 'Unmet') await tab.click();
      await popup.waitForSelector('[data-testid="dt-unmet-list"] [data-testid="dt-contact"]', {
        timeout: 10_000,
      });
      const shown = await popup.$$eval('[data-testid="dt-unmet-list"] [data-testid="dt-contact"]', (els) =>
        els.map((el) => el.textContent),
      );
      assert.ok(
        expected.some((u) => shown.some((text) => text.includes(u.handle))),
        'the popup lists them',
      );
      await screenshot(popup, kind, 'lens-unmet');
      const health = await sendFromPage(popup, 'status.get', {});
      for (const [route, op] of [
        ['home', 'lens:HomeTimeline'],
        ['profile', 'lens:UserByScreenName'],
        ['status', 'lens:TweetDetail'],
      ]) {
        const report = health.data.health.find((h) => h.report.route === route)?.report;
        assert.ok(report?.found.includes(op), `${route} health lists ${op}: ${JSON.stringify(report)}`);
        assert.deepEqual(report.missing, []);
      }
      await popup.close();
    });

    it('keys timeline badges by id, so they follow a handle change', async () => {
      const maya = { id: '1000000002', handle: 'maya_okafor' };
      let popup = await ctx.session.openExtensionPage('popup.html');
      const now = Date.now();
      const recorded = await sendFromPage(popup, 'events.record', {
        account: ME,
        batchId: 'lens-rename-seed',
        events: [
          {
            type: 'interaction',
            key: 'reply_out:lens-rename-1',
            kind: 'reply_out',
            person: maya,
            at: now - 3 * 86_400_000,
          },
          {
            type: 'interaction',
            key: 'reply_in:lens-rename-2',
            kind: 'reply_in',
            person: maya,
            at: now - 2 * 86_400_000,
          },
        ],
      });
      assert.equal(recorded.ok, true, JSON.stringify(recorded));
      const before = await sendFromPage(popup, 'contacts.lookup', {
        account: ME.id,
        people: [`id:${maya.id}`],
      });
      const stage = before.data.contacts[`id:${maya.id}`]?.stage;
      assert.ok(stage && stage !== 'stranger', `Maya has a stage before the rename: ${stage}`);
      await popup.close();

      // Same person (same id), new handle: X's page and its responses now say @maya_renamed.
      ctx.replica.setSeed(JSON.parse(JSON.stringify(SEED).replaceAll('maya_okafor', 'maya_renamed')));
      const page = await ctx.session.newPage();
      page.setDefaultNavigationTimeout(90_000);
      await page.goto('https://x.com/home', { waitUntil: 'load' });
      await waitForAccount(page, ME.handle);
      const badge = await page.waitForSelector(
        'dinner-table-badge[data-handle="maya_renamed"][data-keyed="id"]:not([data-stage="loading"])',
        { timeout: 20_000 },
      );
      await page.waitForFunction(
        (el, s) => el.dataset.stage === s,
        { timeout: 10_000, polling: 100 },
        badge,
        stage,
      );
      await screenshot(page, kind, 'lens-badge-renamed');

      // The record followed the rename too, while the tab is still open: the new handle finds the
      // same person. (A send from a tab being closed is not something any browser promises.)
      popup = await ctx.session.openExtensionPage('popup.html');
      const after = await waitInPage(
        popup,
        async (me) => {
          const reply = await (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({
            dt: 1,
            type: 'contacts.lookup',
            input: { account: me, people: ['maya_renamed'] },
          });
          return reply.ok && reply.data.contacts.maya_renamed ? reply.data.contacts.maya_renamed : false;
        },
        { timeout: 15_000 },
        ME.id,
      );
      assert.equal(after.id, maya.id);
      assert.equal(after.stage, stage);
      await popup.close();
      await page.close();
      ctx.replica.setSeed(SEED);
    });

    it('with X operations renamed, the DOM readers carry on and the health view names the lens', async () => {
      ctx.replica.setSeed({ ...SEED, replica: { renameEndpoints: true } });
      const page = await ctx.session.newPage();
      page.setDefaultNavigationTimeout(90_000);
      await page.goto('https://x.com/home', { waitUntil: 'load' });
      await waitForAccount(page, ME.handle);
      await page.waitForSelector('article[data-testid="tweet"]');
      let popup = await ctx.session.openExtensionPage('popup.html');
      await waitInPage(
        popup,
        async () => {
          const reply = await (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({
            dt: 1,
            type: 'status.get',
            input: {},
          });
          return reply.data.health.find((h) => h.report.route === 'home')?.report.missing.length > 0;
        },
        { timeout: 20_000 },
      );
      await popup.close();
      popup = await ctx.session.openExtensionPage('popup.html');
      await popup.waitForSelector('[data-testid="dt-health"] li[data-route="home"][data-ok="false"]', {
        timeout: 10_000,
      });
      const text = await popup.$eval(
        '[data-testid="dt-health"] li[data-route="home"]',
        (el) => el.textContent,
      );
      assert.match(text, /network lens/);
      assert.match(text, /carries on from the page/);
      const status = await sendFromPage(popup, 'status.get', {});
      const report = status.data.health.find((h) => h.report.route === 'home').report;
      assert.ok(report.found.includes('tweet'), 'the DOM anchors are still found');
      await screenshot(popup, kind, 'lens-health-renamed');
      await popup.close();
      await page.close();
      ctx.replica.setSeed(SEED);
    });

    it('with X test ids renamed, the record still grows from the lens and the health view names what is missing', async () => {
      // A follower Dinner Table has never seen, shown only on home, in a redesign that renamed every test id.
      const fan = { ...SEED.users.find((u) => u.followsMe), id: '1000000777', handle: 'quiet_fan' };
      fan.name = 'Quiet Fan';
      fan.bio = 'Known to Dinner Table only through X’s own data.';
      const post = {
        ...home[0],
        id: '1862000000000000777',
        author: fan.handle,
        text: 'First post seen here.',
      };
      const seed = JSON.parse(JSON.stringify(SEED));
      seed.users.push(fan);
      seed.tweets.push(post);
      seed.homeTimeline = [post.id, ...seed.homeTimeline];
      seed.replica = { renameTestIds: true };
      ctx.replica.setSeed(seed);
      const page = await ctx.session.newPage();
      page.setDefaultNavigationTimeout(90_000);
      await page.goto('https://x.com/home', { waitUntil: 'load' });
      // The side bar's test ids are gone too: the account comes from the lens (cookie id + X's data).
      await waitForAccount(page, ME.handle);
      await page.waitForSelector('article[data-testid="tweet-v2"]');
      assert.equal(await page.$('[data-testid="tweet"]'), null, 'no test id is left under its old name');

      let popup = await ctx.session.openExtensionPage('popup.html');
      const row = await waitInPage(
        popup,
        async (me, id) => {
          const reply = await (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({
            dt: 1,
            type: 'contacts.lookup',
            input: { account: me, people: [`id:${id}`] },
          });
          const c = reply.ok && reply.data.contacts[`id:${id}`];
          return c?.followsMe ? c : false;
        },
        { timeout: 20_000 },
        ME.id,
        fan.id,
      );
      assert.equal(row.handle, fan.handle);
      assert.equal(row.bio, fan.bio);
      await waitInPage(
        popup,
        async () => {
          const reply = await (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({
            dt: 1,
            type: 'status.get',
            input: {},
          });
          const report = reply.data.health.find((h) => h.report.route === 'home')?.report;
          return report?.missing.includes('tweet') ? report : false;
        },
        { timeout: 20_000 },
      );
      await popup.close();
      popup = await ctx.session.openExtensionPage('popup.html');
      await popup.waitForSelector('[data-testid="dt-health"] li[data-route="home"][data-ok="false"]', {
        timeout: 10_000,
      });
      const text = await popup.$eval(
        '[data-testid="dt-health"] li[data-route="home"]',
        (el) => el.textContent,
      );
      assert.match(text, /X changed .* on Home/);
      assert.match(text, /still learns from X’s own data/);
      const status = await sendFromPage(popup, 'status.get', {});
      const report = status.data.health.find((h) => h.report.route === 'home').report;
      assert.ok(report.found.includes('lens:HomeTimeline'), 'the lens read the home timeline');
      await screenshot(popup, kind, 'lens-health-testids-renamed');
      await popup.close();
      await page.close();
      ctx.replica.setSeed(SEED);
    });
  });
}
