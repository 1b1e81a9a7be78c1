// Overlays on X: timeline badges, the profile card (notes kept across reloads and handle changes),
// list marks, the settings switches, and text from X rendered inert.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { inShadow, ROOT, sendFromPage } from './browsers.mjs';
import { BROWSERS, screenshot, useSession, waitForAccount } from './session.mjs';

const ME = { id: '1000000001', handle: 'dana_builds' };
const DAY = 86_400_000;
const MARKUP_NAME = '<img src=x onerror="window.__dtPwned=1">Mallory';
const MARKUP_BIO = '<script>window.__dtPwned=2</script><b>bold</b> bio';

function makeSeed() {
  const seed = JSON.parse(readFileSync(join(ROOT, 'tests/replica/seeds/default.json'), 'utf8'));
  seed.users.push({
    id: '1000000099',
    handle: 'mallory_x',
    name: MARKUP_NAME,
    bio: MARKUP_BIO,
    followsMe: true,
  });
  seed.tweets.push({
    id: '1861000035000000000',
    author: 'mallory_x',
    text: 'Totally normal post.',
    createdAt: '2026-11-20T13:00:00.000Z',
  });
  seed.homeTimeline = ['1861000035000000000', ...seed.homeTimeline];
  seed.stream = { total: 150 };
  return seed;
}

/** Where we stand with a few people, recorded as the page would have. */
const EXPECTED = { maya_okafor: 'conversing', jonas_eriksen: 'talked', priya_ships: 'noticed' };

function seedEvents(now) {
  const maya = { id: '1000000002', handle: 'maya_okafor', name: 'Maya Okafor', followsMe: true };
  const jonas = { id: '1000000003', handle: 'jonas_eriksen' };
  const priya = { id: '1000000004', handle: 'priya_ships', followsMe: true };
  const interaction = (kind, person, at, tweetId) => ({
    type: 'interaction',
    key: `${kind}:${person.id}:${at}`,
    kind,
    person,
    at,
    ...(tweetId && { tweetId, text: `About ${kind}` }),
  });
  return [
    interaction('reply_out', maya, now - 3 * DAY, '1850000000000000001'),
    interaction('reply_in', maya, now - 2 * DAY, '1850000000000000002'),
    interaction('like_out', maya, now - 1 * DAY, '1850000000000000003'),
    interaction('reply_out', jonas, now - 5 * DAY, '1850000000000000004'),
    interaction('mention_out', jonas, now - 4 * DAY, '1850000000000000005'),
    interaction('like_out', priya, now - 6 * DAY, '1850000000000000006'),
  ];
}

/** Every post in the DOM with its author and the badge we put beside it. */
function readBadges(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('article[data-testid="tweet"]')]
      .filter((a) => !a.parentElement?.closest('article'))
      .map((article) => {
        const link = article.querySelector('[data-testid="User-Name"] a[href]');
        const handle = link?.getAttribute('href')?.slice(1);
        const status = article.querySelector('[data-testid="User-Name"] a[href*="/status/"]');
        const badges = [...article.querySelectorAll('dinner-table-badge')];
        const box = article.getBoundingClientRect();
        return {
          handle,
          id: status?.getAttribute('href')?.split('/').pop(),
          onScreen: box.bottom > 0 && box.top < innerHeight,
          badges: badges.map((b) => ({ handle: b.dataset.handle, stage: b.dataset.stage })),
        };
      }),
  );
}

/** Every post by someone else has its badge (X renders cells before we see them) and none is loading. */
const badgesSettled = (page) =>
  page.waitForFunction(
    (me) => {
      const articles = [...document.querySelectorAll('article[data-testid="tweet"]')].filter(
        (a) => !a.parentElement?.closest('article'),
      );
      const badged = articles.every((article) => {
        const handle = article
          .querySelector('[data-testid="User-Name"] a[href]')
          ?.getAttribute('href')
          ?.slice(1);
        return !handle || handle === me || article.querySelector('dinner-table-badge');
      });
      return (
        articles.length > 0 &&
        badged &&
        [...document.querySelectorAll('dinner-table-badge')].every((b) => b.dataset.stage !== 'loading')
      );
    },
    { timeout: 15_000, polling: 100 },
    ME.handle,
  );

async function setOverlays(page, overlays) {
  await page.evaluate(async (o) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const { settings = {} } = await api.storage.local.get('settings');
    await api.storage.local.set({
      settings: { ...settings, overlays: { badges: true, profileCard: true, lists: true, ...o } },
    });
  }, overlays);
}

for (const kind of BROWSERS) {
  describe(`overlays in ${kind}`, () => {
    // The DOM readers alone: X's own data (read by the lens, tested in lens.e2e) would add true facts,
    // such as Maya's real reply, to the exact history this test seeds.
    const seed = { ...makeSeed(), replica: { renameEndpoints: true } };
    const ctx = useSession(kind, { seed });
    /** Stages as this browser's store has them; visits in the tests below add to it. */
    const expected = { ...EXPECTED };

    it('records the seeded history from an extension page', async () => {
      const popup = await ctx.session.openExtensionPage('popup.html');
      const reply = await sendFromPage(popup, 'events.record', {
        account: ME,
        batchId: 'overlays-seed',
        events: seedEvents(Date.now()),
      });
      assert.equal(reply.ok, true, JSON.stringify(reply));
      assert.equal(reply.data.stored, 6);
      await popup.close();
    });

    it('puts a badge with the right stage on every post of a scrolled timeline', async () => {
      const page = await ctx.session.newPage();
      await page.goto('https://x.com/home', { waitUntil: 'load' });
      await waitForAccount(page, ME.handle);
      const checked = new Set();
      const stagesSeen = new Set();
      for (let step = 0; step < 60 && checked.size < 80; step++) {
        // Settled and read are two looks at the page: X may render a new post between them.
        let posts = [];
        for (let look = 0; look < 20; look++) {
          await badgesSettled(page);
          posts = await readBadges(page);
          if (!posts.some((p) => p.badges.some((b) => b.stage === 'loading'))) break;
        }
        for (const post of posts) {
          if (!post.handle) continue;
          if (post.handle === ME.handle) {
            assert.equal(post.badges.length, 0, 'no badge on your own post');
          } else {
            assert.equal(post.badges.length, 1, `one badge on the post by @${post.handle}`);
            assert.equal(post.badges[0].handle, post.handle);
            assert.equal(
              post.badges[0].stage,
              expected[post.handle] ?? 'stranger',
              `stage of @${post.handle}`,
            );
            stagesSeen.add(post.badges[0].stage);
          }
          checked.add(post.id);
        }
        if (step === 0) await screenshot(page, kind, 'overlays-home');
        await page.evaluate(() => window.scrollBy(0, 700));
        await new Promise((r) => setTimeout(r, 120));
      }
      assert.ok(checked.size >= 80, `checked ${checked.size} posts while scrolling`);
      assert.deepEqual([...stagesSeen].sort(), ['conversing', 'noticed', 'stranger', 'talked']);
      await page.close();
    });

    it('opens the details of a badge on keyboard focus', async () => {
      const page = await ctx.session.newPage();
      await page.goto('https://x.com/home', { waitUntil: 'load' });
      await waitForAccount(page, ME.handle);
      await page.waitForSelector('dinner-table-badge[data-handle="maya_okafor"][data-stage="conversing"]');
      await page.evaluate(() =>
        document
          .querySelector('dinner-table-badge[data-handle="maya_okafor"]')
          .shadowRoot.querySelector('button')
          .focus(),
      );
      const details = await inShadow(page, 'dinner-table-badge-popover', '[data-testid="dt-badge-details"]');
      const text = await details.evaluate((el) => el.textContent);
      assert.match(text, /Conversing/);
      assert.match(text, /Follows you/);
      assert.match(text, /You liked their post, yesterday/);
      assert.match(text, /You1 like · 1 replyThem1 reply/);
      const label = await page.evaluate(() =>
        document
          .querySelector('dinner-table-badge[data-handle="maya_okafor"]')
          .shadowRoot.querySelector('button')
          .getAttribute('aria-label'),
      );
      assert.match(label, /@maya_okafor, conversing, follows you, you owe a reply/);
      // Issue 13: she replied last and you never answered.
      assert.match(text, /You owe a reply/);
      assert.ok(await page.$('dinner-table-badge[data-handle="maya_okafor"][data-due="reply-back"]'));
      // Issue 17.11: the details sit above the name row, never over the post's own text.
      const overlap = await page.evaluate(() => {
        const badge = document.querySelector('dinner-table-badge[data-handle="maya_okafor"]');
        const text = badge
          .closest('article')
          .querySelector('[data-testid="tweetText"]')
          .getBoundingClientRect();
        const pop = document
          .querySelector('dinner-table-badge-popover')
          .shadowRoot.querySelector('.dt-popover')
          .getBoundingClientRect();
        return (
          pop.bottom > text.top && pop.top < text.bottom && pop.right > text.left && pop.left < text.right
        );
      });
      assert.equal(overlap, false, 'the details do not cover the post text');
      // The one-time legend of the marks, until "Got it" (a real click: focus moves into the details).
      const legend = await inShadow(page, 'dinner-table-badge-popover', '[data-testid="dt-legend"]');
      assert.match(
        await legend.evaluate((el) => el.textContent),
        /Never talked.*Noticed.*Friend.*Follows you/,
      );
      await screenshot(page, kind, 'overlays-popover');
      await (await inShadow(page, 'dinner-table-badge-popover', '[data-testid="dt-legend-done"]')).click();
      await page.waitForFunction(
        () =>
          !document
            .querySelector('dinner-table-badge-popover')
            .shadowRoot.querySelector('[data-testid="dt-legend"]'),
      );
      assert.ok(
        await page.evaluate(
          () =>
            !!document.querySelector('dinner-table-badge-popover').shadowRoot.querySelector('.dt-popover'),
        ),
        'the details stay open after Got it',
      );
      // The next step is a real button: Reply opens X's own reply box for this post.
      const action = await inShadow(page, 'dinner-table-badge-popover', '[data-testid="dt-next-action"]');
      assert.equal(await action.evaluate((el) => el.textContent), 'Reply');
      await action.click();
      await page.waitForSelector('[role="dialog"] [data-testid="tweetTextarea_0"]', { timeout: 10_000 });
      await screenshot(page, kind, 'overlays-popover-reply');
      await page.keyboard.press('Escape');
      await page.goto('https://x.com/home', { waitUntil: 'load' });
      await page.waitForSelector('dinner-table-badge[data-handle="maya_okafor"][data-stage="conversing"]');
      await page.evaluate(() =>
        document
          .querySelector('dinner-table-badge[data-handle="maya_okafor"]')
          .shadowRoot.querySelector('button')
          .focus(),
      );
      await inShadow(page, 'dinner-table-badge-popover', '[data-testid="dt-badge-details"]');
      assert.equal(
        await page.evaluate(
          () =>
            !!document
              .querySelector('dinner-table-badge-popover')
              .shadowRoot.querySelector('[data-testid="dt-legend"]'),
        ),
        false,
        'the legend is shown once',
      );
      await page.keyboard.press('Escape');
      await page.waitForFunction(
        () => !document.querySelector('dinner-table-badge-popover')?.shadowRoot.querySelector('.dt-popover'),
      );
      await page.close();
    });

    it('shows the seeded history on the profile and keeps notes across reloads and a handle change', async () => {
      const page = await ctx.session.newPage();
      await page.goto('https://x.com/maya_okafor', { waitUntil: 'load' });
      await waitForAccount(page, ME.handle);
      // Issue 17.12: one line first, so X's posts stay above the fold.
      const toggle = await inShadow(page, 'dinner-table-profile-card', '[data-testid="dt-card-toggle"]');
      await page.waitForFunction((el) => /you owe a reply/.test(el.textContent), { timeout: 10_000 }, toggle);
      const line = await toggle.evaluate((el) => ({
        text: el.textContent,
        expanded: el.getAttribute('aria-expanded'),
      }));
      assert.equal(line.expanded, 'false');
      assert.match(line.text, /^Maya Okafor · conversing · follows you · you owe a reply▾$/);
      const height = await page.$eval('dinner-table-profile-card', (el) => el.getBoundingClientRect().height);
      assert.ok(height <= 60, `one line: ${height}px`);
      await screenshot(page, kind, 'overlays-profile-line');
      await toggle.click();
      await inShadow(
        page,
        'dinner-table-profile-card',
        '[data-testid="dt-history"] li[data-kind="reply_in"]',
      );
      const card = await page.evaluate(() => {
        const root = document.querySelector('dinner-table-profile-card').shadowRoot;
        return {
          stage: root.querySelector('[data-testid="dt-stage"]').dataset.stage,
          kinds: [...root.querySelectorAll('[data-testid="dt-history"] li')].map((li) => li.dataset.kind),
          counts: root.querySelector('[data-testid="dt-counts"]').textContent,
        };
      });
      assert.equal(card.stage, 'conversing');
      assert.deepEqual(
        card.kinds.filter((k) => k !== 'visit'),
        ['like_out', 'reply_in', 'reply_out'],
        'newest first',
      );
      // Today's visit may already be counted: the card opened after the page recorded it.
      assert.match(card.counts, /^You1 like · 1 reply( · 1 profile visit)?Them1 reply$/);

      const notes = await inShadow(page, 'dinner-table-profile-card', '[data-testid="dt-notes"]');
      await notes.asElement().focus();
      const typed = 'Met at JSConf <img src=x onerror="window.__dtPwned=3"> jk';
      await page.keyboard.type(typed);
      await inShadow(page, 'dinner-table-profile-card', '[data-testid="dt-save-state"][data-state="saved"]');
      assert.ok(!page.url().includes('compose'), "typing a note did not trigger X's shortcuts");
      await screenshot(page, kind, 'overlays-profile');

      // Issue 13.1: "keep in touch every" on the profile card, the same setting as the popup's Person view.
      const cadence = await inShadow(page, 'dinner-table-profile-card', '[data-testid="dt-cadence"]');
      await cadence.asElement().select('2w');
      const extension = await ctx.session.openExtensionPage('popup.html');
      for (let i = 0; ; i++) {
        const seen = await sendFromPage(extension, 'contact.get', { account: ME.id, person: 'maya_okafor' });
        if (seen.data?.contact?.keepEvery === '2w') break;
        if (i === 50)
          assert.fail(`the cadence never reached the record: ${JSON.stringify(seen.data?.contact)}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      await extension.close();
      await page.bringToFront();

      await page.reload({ waitUntil: 'load' });
      // Remembered: open again without a click.
      const afterReload = await inShadow(page, 'dinner-table-profile-card', '[data-testid="dt-notes"]');
      await page.waitForFunction((el, t) => el.value === t, { timeout: 10_000 }, afterReload, typed);
      const cadenceAfter = await inShadow(page, 'dinner-table-profile-card', '[data-testid="dt-cadence"]');
      await page.waitForFunction((el) => el.value === '2w', { timeout: 10_000 }, cadenceAfter);

      // Same person (same id), new handle.
      const renamed = JSON.parse(JSON.stringify(seed).replaceAll('maya_okafor', 'maya_renamed'));
      ctx.replica.setSeed(renamed);
      await page.goto('https://x.com/maya_renamed', { waitUntil: 'load' });
      const afterRename = await inShadow(page, 'dinner-table-profile-card', '[data-testid="dt-notes"]');
      await page.waitForFunction((el, t) => el.value === t, { timeout: 10_000 }, afterRename, typed);
      const host = await page.$eval('dinner-table-profile-card', (el) => ({ ...el.dataset }));
      assert.equal(host.handle, 'maya_renamed');
      assert.equal(host.id, '1000000002');
      const pwned = await page.evaluate(() => window.__dtPwned);
      assert.equal(pwned, undefined);
      ctx.replica.setSeed(seed);
      await page.close();
    });

    it('renders names, bios and notes from X as inert text', async () => {
      const page = await ctx.session.newPage();
      await page.goto('https://x.com/mallory_x', { waitUntil: 'load' });
      await waitForAccount(page, ME.handle);
      await inShadow(page, 'dinner-table-profile-card', '[data-testid="dt-notes"]');
      // The profile visit records the name; the card reads it back from the store.
      await page.waitForFunction(
        (name) =>
          document
            .querySelector('dinner-table-profile-card')
            ?.shadowRoot.querySelector('.dt-card-title')
            ?.textContent.includes(name),
        { timeout: 10_000 },
        MARKUP_NAME,
      );
      expected.mallory_x = 'noticed'; // the visit was recorded
      const notes = await inShadow(page, 'dinner-table-profile-card', '[data-testid="dt-notes"]');
      await notes.asElement().focus();
      await page.keyboard.type('<script>window.__dtPwned=4</script>');
      await inShadow(page, 'dinner-table-profile-card', '[data-testid="dt-save-state"][data-state="saved"]');
      await page.goto('https://x.com/home', { waitUntil: 'load' });
      await page.waitForSelector('dinner-table-badge[data-handle="mallory_x"]:not([data-stage="loading"])');
      await page.evaluate(() =>
        document
          .querySelector('dinner-table-badge[data-handle="mallory_x"]')
          .shadowRoot.querySelector('button')
          .focus(),
      );
      const details = await inShadow(page, 'dinner-table-badge-popover', '[data-testid="dt-badge-details"]');
      assert.ok((await details.evaluate((el) => el.textContent)).includes(MARKUP_NAME));
      const note = await inShadow(page, 'dinner-table-badge-popover', '[data-testid="dt-badge-note"]');
      assert.equal(
        await note.evaluate((el) => el.textContent),
        'Your note: <script>window.__dtPwned=4</script>',
      );
      const found = await page.evaluate(() => {
        let elements = 0;
        for (const host of document.querySelectorAll('[data-handle]')) {
          elements += host.shadowRoot?.querySelectorAll('img, script, b').length ?? 0;
        }
        return { elements, pwned: typeof window.__dtPwned };
      });
      assert.deepEqual(found, { elements: 0, pwned: 'undefined' });
      await page.close();
    });

    it('marks people in follower lists and makes unmet followers stand out', async () => {
      const page = await ctx.session.newPage();
      await page.goto('https://x.com/dana_builds/followers', { waitUntil: 'load' });
      await waitForAccount(page, ME.handle);
      await page.waitForSelector('[data-testid="UserCell"] dinner-table-badge[data-variant="list"]');
      await page.waitForFunction(
        () =>
          ![...document.querySelectorAll('dinner-table-badge')].some((b) => b.dataset.stage === 'loading'),
      );
      const cells = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="UserCell"]')].map((cell) => {
          const badge = cell.querySelector('dinner-table-badge');
          return {
            handle: cell.querySelector('a[href]').getAttribute('href').slice(1),
            stage: badge?.dataset.stage,
            unmet: badge?.hasAttribute('data-unmet'),
            // The list itself, or "Who to follow" beside it (people who do not follow you).
            listed: Boolean(cell.closest('[data-testid="primaryColumn"]')),
          };
        }),
      );
      assert.ok(cells.filter((c) => c.listed).length >= 3);
      assert.ok(
        cells.some((c) => !c.listed),
        'suggestions beside the list',
      );
      for (const cell of cells) {
        const stage = expected[cell.handle] ?? 'stranger';
        assert.equal(cell.stage, stage, `stage of @${cell.handle}`);
        // Unmet means a follower you have not met: never someone X only suggests.
        assert.equal(
          cell.unmet,
          cell.listed && (stage === 'stranger' || stage === 'noticed'),
          `unmet mark of @${cell.handle}`,
        );
      }
      await screenshot(page, kind, 'overlays-followers');
      await page.close();
    });

    it('turns the badges off and on from the settings', async () => {
      const page = await ctx.session.newPage();
      await page.goto('https://x.com/home', { waitUntil: 'load' });
      await waitForAccount(page, ME.handle);
      await page.waitForSelector('dinner-table-badge');
      const popup = await ctx.session.openExtensionPage('popup.html');
      await setOverlays(popup, { badges: false });
      await page.waitForFunction(() => document.querySelectorAll('dinner-table-badge').length === 0, {
        timeout: 10_000,
      });
      await setOverlays(popup, { badges: true });
      await page.waitForSelector('dinner-table-badge', { timeout: 10_000 });
      await popup.close();
      await page.close();
    });
  });
}
