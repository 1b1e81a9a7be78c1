// The popup over a seeded history, in Chromium and Firefox: Today's handful (stable, met by a
// reply, met in person, not for me), the badge, the Unmet list (search, keyboard, id-only rows),
// a Person (notes), the Balance, light and dark, and axe-core on every view and the options page.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import {
  FIREFOX_UUID,
  GECKO_ID,
  ROOT,
  requireBrowser,
  requireBuild,
  sendFromPage,
  setViewport,
  waitInPage,
} from './browsers.mjs';
import { BROWSERS, screenshot, useSession } from './session.mjs';

const ACCOUNT = { id: '1000000001', handle: 'dana_builds', name: 'Dana' };
const DAY = 86_400_000;
// Evaluated, not injected as a <script>: extension pages' CSP refuses inline scripts.
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** 40 followers: 3 replied to you, 4 liked your posts, 6 mutuals, one known only by id. */
function history(now) {
  const events = [];
  for (let i = 0; i < 40; i++) {
    const person =
      i === 39
        ? { id: '2000000999' }
        : {
            id: String(2000000100 + i),
            handle: `fan_${i}`,
            name: `Fan Number ${i}`,
            bio: `Builds things #${i}`,
          };
    events.push({ type: 'edge', list: 'followers', person, at: now - (i + 1) * DAY });
    if (i >= 10 && i < 16) events.push({ type: 'edge', list: 'following', person, at: now - DAY });
  }
  for (const i of [20, 21, 22])
    events.push({
      type: 'interaction',
      key: `reply_in:${i}`,
      kind: 'reply_in',
      person: { id: String(2000000100 + i), handle: `fan_${i}` },
      at: now - 2 * DAY,
      tweetId: String(1800000000000000000 + i),
      text: `Great thread, fan ${i} here`,
    });
  for (const i of [30, 31, 32, 33])
    events.push({
      type: 'interaction',
      key: `like_in:${i}`,
      kind: 'like_in',
      person: { id: String(2000000100 + i), handle: `fan_${i}` },
      at: now - 3 * DAY,
    });
  // The week in Balance: a friend (not a follower, so never in the handful) met last week, who wrote
  // three days ago and was answered yesterday; a broadcast and a reply last week.
  const friend = { id: '2000000500', handle: 'old_friend', name: 'Old Friend' };
  for (const [key, kind, days] of [
    ['week:1', 'reply_out', 9],
    ['week:2', 'dm_in', 3],
    ['week:3', 'dm_out', 1],
  ])
    events.push({ type: 'interaction', key, kind, person: friend, at: now - days * DAY, text: key });
  for (const [key, kind, days] of [
    ['week:post', 'post', 8],
    ['week:reply', 'reply', 10],
  ])
    events.push({ type: 'post', key, at: now - days * DAY, kind, text: key, links: [], mentions: [] });
  const verdicts = ['conversational', 'promotional', 'broadcast', 'conversational', 'promotional'];
  for (const [i, verdict] of verdicts.entries())
    events.push({
      type: 'post',
      key: `post:${i}`,
      at: now - i * DAY - 3_600_000,
      kind: verdict === 'conversational' ? 'reply' : 'post',
      text: `Post number ${i}`,
      links: [],
      mentions: [],
      verdict,
    });
  for (const [i, outcome] of ['shown', 'revised', 'shown', 'posted_anyway'].entries())
    events.push({
      type: 'nudge',
      key: `nudge:${i}`,
      at: now - DAY,
      outcome,
      verdict: 'promotional',
      rules: ['cta'],
    });
  return events;
}

async function openPopup(ctx, dark = false, path = 'popup.html') {
  const page = await ctx.session.openExtensionPage(path);
  if (path === 'popup.html') await setViewport(page, { width: 400, height: 600 });
  if (dark && ctx.session.kind !== 'firefox-dark') {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  }
  return page;
}

/**
 * Firefox over BiDi cannot emulate media features: a second Firefox whose profile prefers dark
 * (ui.systemUsesDarkTheme) stands in, with the extension installed the same way as browsers.mjs does.
 */
async function darkFirefox() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'dt-firefox-dark-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser('firefox'),
    headless: true,
    userDataDir,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'ui.systemUsesDarkTheme': 1,
      'layout.css.prefers-color-scheme.content-override': 0,
      'app.update.disabledForTesting': true,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  await browser.installExtension(requireBuild('firefox-mv2'));
  return {
    kind: 'firefox-dark',
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.mainFrame().browsingContext.navigate(`moz-extension://${FIREFOX_UUID}/${path}`, 'complete');
      return page;
    },
    async close() {
      await browser.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Closes and opens the popup again (Firefox never sees a moz-extension reload finish). */
async function reopen(ctx, page) {
  await page.close();
  return openPopup(ctx);
}

const picksOf = (page) =>
  page.$$eval('[data-testid="dt-handful"] [data-testid="dt-contact"]', (els) =>
    els.map((el) => ({
      id: el.dataset.id,
      handle: el.dataset.handle,
      stage: el.dataset.stage,
      met: el.dataset.met,
      tier: el.dataset.tier,
    })),
  );
/** Where the panel and each handful row are on screen. */
const handfulFit = (page) =>
  page.evaluate(() => {
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { top: Math.round(r.top), bottom: Math.round(r.bottom) };
    };
    const rows = [...document.querySelectorAll('[data-testid="dt-handful"] [data-testid="dt-contact"]')];
    return { panel: box(document.querySelector('.panel')), rows: rows.map(box) };
  });
const progressOf = (page) => page.$eval('[data-testid="dt-progress"]', (el) => el.textContent.trim());

async function axe(page, name) {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const r = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
  assert.deepEqual(result, [], `axe found violations in ${name}: ${JSON.stringify(result)}`);
}

async function badgeText(page) {
  return page.evaluate(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const action = api.action ?? api.browserAction;
    return action.getBadgeText({});
  });
}

/** The badge counts the replies owed that the popup lists (it is set as the popup reads them). */
async function badgeMatchesDueList(page) {
  await page.waitForSelector('[data-testid="dt-due-list"]', { timeout: 10_000 });
  let last;
  for (let i = 0; i < 50; i++) {
    const owed = await page.$$eval(
      '[data-testid="dt-due-list"] [data-testid="dt-due"][data-reason="reply-back"]',
      (els) => els.length,
    );
    last = { owed, badge: await badgeText(page) };
    if (last.badge === (owed ? String(owed) : '')) return owed;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`the badge does not count the replies owed: ${JSON.stringify(last)}`);
}

const clickTab = async (page, name) => {
  const tabs = await page.$$('[role="tab"]');
  for (const tab of tabs) if ((await tab.evaluate((el) => el.textContent)) === name) await tab.click();
};

for (const kind of BROWSERS) {
  describe(`popup in ${kind}`, () => {
    const ctx = useSession(kind);
    let picks;

    it('shows the empty state that teaches before any data', async () => {
      const page = await openPopup(ctx);
      await page.waitForSelector('[data-testid="dt-empty"]', { timeout: 10_000 });
      await screenshot(page, kind, 'popup-empty');
      await axe(page, 'the empty popup');
      await page.close();
    });

    it('picks a handful of 5, engaged first, the same at every opening', async () => {
      const seeder = await openPopup(ctx);
      const reply = await sendFromPage(seeder, 'events.record', {
        account: ACCOUNT,
        batchId: 'seed',
        events: history(Date.now()),
      });
      assert.equal(reply.ok, true, JSON.stringify(reply));
      await seeder.close();

      const page = await openPopup(ctx);
      await page.waitForSelector('[data-testid="dt-handful"]', { timeout: 10_000 });
      picks = await picksOf(page);
      assert.equal(picks.length, 5);
      // The 3 who replied are owed an answer: in Keep talking, above, and not a second time in the
      // handful. The 4 who liked your posts come first, then a mutual.
      assert.deepEqual(
        picks.slice(0, 5).map((p) => p.tier),
        ['engaged', 'engaged', 'engaged', 'engaged', 'mutual'],
      );
      assert.ok(picks.every((p) => p.stage === 'noticed' || p.stage === 'stranger'));
      await page.waitForSelector('[data-testid="dt-due-list"] [data-testid="dt-due"]', { timeout: 10_000 });
      const due = await page.$$eval('[data-testid="dt-due-list"] [data-testid="dt-due"]', (els) =>
        els.map((e) => e.dataset.handle),
      );
      assert.deepEqual(due.sort(), ['fan_20', 'fan_21', 'fan_22']);
      assert.ok(!picks.some((p) => due.includes(p.handle)), 'no one both owed a reply and in the handful');
      assert.match(await progressOf(page), /0 of 5\s*met today/);
      // Each reason is drawn from what that person did (likes), or who they are (a mutual's bio).
      const reasons = await page.$$eval('[data-testid="dt-handful"] [data-testid="dt-contact"]', (els) =>
        els.map((e) => ({
          handle: e.dataset.handle,
          reason: e.querySelector('[data-testid="dt-pick-reason"]').textContent,
        })),
      );
      for (const { handle, reason } of reasons) {
        const i = Number(handle.slice(4));
        if (i >= 30 && i <= 33) assert.equal(reason, 'Why them: Liked a post of yours', handle);
        else {
          assert.ok(i >= 10 && i < 16, `a mutual: ${handle}`);
          // They followed before Dinner Table first looked: when is unknown, so not said.
          assert.equal(reason, `Why them: You follow each other Their bio: Builds things #${i}`);
        }
      }
      // Five compact rows fit the 400 × 600 popup: below "Keep talking" (three replies owed here), the
      // handful's heading scrolled to the panel's top shows all five rows, none cut by the fold.
      await page.$eval('[data-testid="dt-handful"]', (el) => el.scrollIntoView({ block: 'start' }));
      const fit = await handfulFit(page);
      assert.equal(fit.rows.length, 5);
      assert.ok(
        fit.rows.every((r) => r.top >= fit.panel.top && r.bottom <= fit.panel.bottom),
        `five rows in view at once: ${JSON.stringify(fit)}`,
      );
      await screenshot(page, kind, 'popup-today-handful');
      await page.$eval('.panel', (el) => el.scrollTo(0, 0));
      // Three followers replied two days ago and were never answered: the badge says 3.
      assert.equal(await badgeMatchesDueList(page), 3);
      await screenshot(page, kind, 'popup-today-light');
      await axe(page, 'Today');
      await page.close();

      const again = await openPopup(ctx);
      await again.waitForSelector('[data-testid="dt-handful"]', { timeout: 10_000 });
      assert.deepEqual(await picksOf(again), picks, 'the pick is stable through the day');
      // The first screen was asked for by the early classic script (popup-opening.js), before the
      // popup's modules loaded: it runs in this browser, under the extension pages' CSP.
      assert.equal(
        await again.evaluate(() => performance.getEntriesByName('dt-first-screen-read')[0]?.detail?.early),
        true,
        'the popup opened on the early read',
      );
      await again.close();
    });

    it('counts a pick as met after a reply, and after "met in person"; "not for me" replaces a pick', async () => {
      let page = await openPopup(ctx);
      await page.waitForSelector('[data-testid="dt-handful"]', { timeout: 10_000 });
      const first = picks[0];
      const replied = await sendFromPage(page, 'events.record', {
        account: ACCOUNT,
        batchId: 'reply',
        events: [
          {
            type: 'post',
            key: 'post:reply-to-pick',
            at: Date.now(),
            kind: 'reply',
            text: 'Thanks for reading!',
            links: [],
            mentions: [],
            verdict: 'conversational',
            replyTo: { tweetId: '1800000000000000999', person: { id: first.id, handle: first.handle } },
          },
        ],
      });
      assert.equal(replied.ok, true);
      page = await reopen(ctx, page);
      await page.waitForSelector('[data-testid="dt-handful"]', { timeout: 10_000 });
      let now = await picksOf(page);
      assert.equal(now.find((p) => p.id === first.id)?.met, 'true');
      assert.match(await progressOf(page), /1 of 5/);

      const row = (id) => `[data-testid="dt-handful"] [data-testid="dt-contact"][data-id="${id}"]`;
      const fromMenu = async (id, item) => {
        await page.click(`${row(id)} [data-testid="dt-pick-more"]`);
        await page.waitForSelector(`${row(id)} [role="menu"]`);
        await page.click(`${row(id)} [data-testid="${item}"]`);
      };
      const second = picks[1];
      await fromMenu(second.id, 'dt-pick-met');
      await waitInPage(page, () =>
        /2 of 5/.test(document.querySelector('[data-testid="dt-progress"]')?.textContent ?? ''),
      );
      await badgeMatchesDueList(page);

      // Snooze, then Undo: the person is back in their own place, the stand-in gone.
      const third = picks[2];
      const before = (await picksOf(page)).map((p) => p.id);
      await fromMenu(third.id, 'dt-pick-snooze');
      await waitInPage(page, (sel) => !document.querySelector(sel), {}, row(third.id));
      await page.waitForSelector('[data-testid="dt-undo-bar"]');
      await screenshot(page, kind, 'popup-today-undo');
      await page.click('[data-testid="dt-pick-undo"]');
      await page.waitForSelector(row(third.id));
      await page.waitForSelector('[data-testid="dt-undo-bar"]', { hidden: true });
      assert.deepEqual(
        (await picksOf(page)).map((p) => p.id),
        before,
      );
      assert.match(await page.$eval('[data-testid="dt-announce"]', (el) => el.textContent), /is back/);

      // By keyboard: the menu opens on its first item, Escape closes it onto its button.
      await page.focus(`${row(third.id)} [data-testid="dt-pick-more"]`);
      await page.keyboard.press('Enter');
      await page.waitForSelector(`${row(third.id)} [role="menu"]`);
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'dt-pick-met');
      await page.keyboard.press('Escape');
      await page.waitForSelector(`${row(third.id)} [role="menu"]`, { hidden: true });
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'dt-pick-more');

      await fromMenu(third.id, 'dt-pick-hide');
      await waitInPage(page, (sel) => !document.querySelector(sel), {}, row(third.id));
      now = await picksOf(page);
      assert.equal(now.length, 5, 'someone else takes the place of the one set aside');
      assert.match(await page.$eval('[data-testid="dt-undo-bar"]', (el) => el.textContent), /set aside/);
      await page.close();
    });

    it('Reply opens X on their latest post, or their profile when none is known', async () => {
      const page = await openPopup(ctx);
      await page.waitForSelector('[data-testid="dt-handful"] [data-testid="dt-pick-reply"]', {
        timeout: 10_000,
      });
      const replies = await page.$$eval('[data-testid="dt-handful"] [data-testid="dt-contact"]', (els) =>
        els.map((el) => ({
          handle: el.dataset.handle,
          met: el.dataset.met,
          to: el.querySelector('[data-testid="dt-pick-reply"]').dataset.to,
          href: el.querySelector('[data-testid="dt-pick-reply"]').getAttribute('href'),
        })),
      );
      // No post of the picks is known here (those who replied are in Keep talking): Reply goes to
      // their profile, where their latest post is first. (A known post: tests/unit/handful.test.ts.)
      for (const r of replies) {
        assert.equal(r.href, `https://x.com/${r.handle}`, JSON.stringify(r));
        assert.equal(r.to, 'profile');
      }
      const unmetReply = replies.find((r) => r.met === 'false') ?? replies[0];
      const tabAt = (url) =>
        page.evaluate(async (u) => {
          const api = globalThis.browser ?? globalThis.chrome;
          const tabs = await api.tabs.query({});
          return tabs.find((t) => t.url === u || t.pendingUrl === u)?.id ?? null;
        }, url);
      assert.equal(await tabAt(unmetReply.href), null);
      await page.click(
        `[data-testid="dt-contact"][data-handle="${unmetReply.handle}"] [data-testid="dt-pick-reply"]`,
      );
      // The extension sees the tab X opened in, at that address (both browsers; Firefox's BiDi targets
      // do not report their address).
      let tabId = null;
      for (let i = 0; i < 100 && tabId === null; i++) {
        tabId = await tabAt(unmetReply.href);
        if (tabId === null) await new Promise((r) => setTimeout(r, 100));
      }
      assert.notEqual(tabId, null, `a tab at ${unmetReply.href}`);
      await page.evaluate((id) => (globalThis.browser ?? globalThis.chrome).tabs.remove(id), tabId);
      await page.close();
    });

    it('lists the unmet, searches them, moves by keyboard, and links id-only followers by id', async () => {
      const page = await openPopup(ctx);
      await page.waitForSelector('[data-testid="dt-handful"]', { timeout: 10_000 });
      await clickTab(page, 'Unmet');
      await page.waitForSelector('[data-testid="dt-unmet-list"] [data-testid="dt-contact"]', {
        timeout: 10_000,
      });
      const total = await page.$eval('[data-testid="dt-unmet-list"]', (el) => Number(el.dataset.total));
      assert.equal(total, 37, '40 followers, minus the replied, the met and the set aside');
      await page.select('#unmet-sort', 'longest');
      const idOnly = await page.waitForSelector('[data-testid="dt-contact"][data-id="2000000999"]', {
        timeout: 5000,
      });
      assert.equal(await idOnly.evaluate((el) => el.dataset.handle), '');
      assert.equal(await idOnly.$eval('a', (a) => a.getAttribute('href')), 'https://x.com/i/user/2000000999');
      await screenshot(page, kind, 'popup-unmet-light');
      await axe(page, 'Unmet');

      // Keyboard: the first row's button, then ArrowDown to the next row.
      await page.focus('[data-testid="dt-unmet-list"] [data-index="0"] button');
      await page.keyboard.press('ArrowDown');
      const focused = await page.evaluate(
        () => document.activeElement?.closest('[data-index]')?.dataset.index,
      );
      assert.equal(focused, '1');

      await page.select('#unmet-sort', 'newest');
      await page.type('#unmet-search', 'fan_1');
      await waitInPage(
        page,
        () => document.querySelector('[data-testid="dt-unmet-list"]')?.dataset.total === '11',
        { timeout: 5000 },
      );
      const handles = await page.$$eval('[data-testid="dt-unmet-list"] [data-testid="dt-contact"]', (els) =>
        els.map((e) => e.dataset.handle),
      );
      assert.ok(handles.length > 0 && handles.every((h) => h.startsWith('fan_1')), handles.join(','));
      await page.close();
    });

    it('opens a person from a row with stage, timeline, notes and tags, by keyboard', async () => {
      const page = await openPopup(ctx);
      await clickTab(page, 'Unmet');
      await page.click('.scope input'); // everyone, not only the unmet
      await page.type('#unmet-search', 'fan_20');
      await waitInPage(
        page,
        () => document.querySelector('[data-testid="dt-unmet-list"]')?.dataset.total === '1',
      );
      await page.waitForSelector('[data-testid="dt-unmet-list"] [data-index="0"] button');
      await page.focus('[data-testid="dt-unmet-list"] [data-index="0"] button');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid="dt-person"] [data-testid="dt-timeline"]', {
        timeout: 10_000,
      });
      assert.match(
        await page.$eval('[data-testid="dt-person"]', (el) => el.dataset.stage),
        /^(noticed|talked|friend)$/,
      );
      const timeline = await page.$eval('[data-testid="dt-timeline"]', (el) => el.textContent);
      assert.match(timeline, /They replied to you/);
      // #17.2: no button; the notes save after a pause and say so.
      assert.equal(
        await page.$$eval('[data-testid="dt-person"] button', (els) =>
          els.some((b) => /Save notes/.test(b.textContent)),
        ),
        false,
      );
      await page.type('#person-notes', 'Met at the meetup in Lisbon');
      await waitInPage(page, () =>
        /Saved ✓/.test(document.querySelector('[data-testid="dt-notes-status"]')?.textContent ?? ''),
      );
      await screenshot(page, kind, 'popup-person-notes-saved');
      await page.type('#person-tag', 'lisbon');
      await page.keyboard.press('Enter');
      await waitInPage(page, () =>
        /Tag/.test(document.querySelector('[data-testid="dt-person-status"]')?.textContent ?? ''),
      );
      const stored = await sendFromPage(page, 'contact.get', { account: ACCOUNT.id, person: 'fan_20' });
      assert.equal(stored.data.contact.notes, 'Met at the meetup in Lisbon');
      assert.deepEqual(stored.data.contact.tags, ['lisbon']);
      await screenshot(page, kind, 'popup-person-light');
      await axe(page, 'Person');
      // Closing the popup right after typing (a real one closes on any outside click) still saves.
      await page.type('#person-notes', ', then Porto');
      await page.close();
      const again = await openPopup(ctx);
      let notes;
      for (let i = 0; i < 50; i++) {
        notes = (await sendFromPage(again, 'contact.get', { account: ACCOUNT.id, person: 'fan_20' })).data
          .contact.notes;
        if (notes.endsWith('Porto')) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.equal(notes, 'Met at the meetup in Lisbon, then Porto');
      await again.close();
    });

    it('the toolbar badge counts what the setting says: replies owed, everything due, or nothing', async () => {
      const options = await openPopup(ctx, false, 'options.html');
      const select = await options.waitForSelector('[data-testid="dt-settings-badge"]', { timeout: 10_000 });
      assert.equal(await select.evaluate((el) => el.value), 'reply-backs', 'replies owed by default');
      const owed = await badgeText(options);
      assert.match(owed, /^[1-9]\d*$/, 'replies are owed in this history');
      const waitBadge = async (check, what) => {
        let last;
        for (let i = 0; i < 50; i++) {
          last = await badgeText(options);
          if (check(last)) return last;
          await new Promise((r) => setTimeout(r, 100));
        }
        assert.fail(`${what}: badge ${JSON.stringify(last)}`);
      };
      await options.select('[data-testid="dt-settings-badge"]', 'off');
      await waitBadge((t) => t === '', 'off shows nothing');
      await options.select('[data-testid="dt-settings-badge"]', 'due');
      await waitBadge((t) => Number(t) >= Number(owed), 'everything due counts at least the replies owed');
      await options.select('[data-testid="dt-settings-badge"]', 'reply-backs');
      await waitBadge((t) => t === owed, 'back to replies owed');
      await options.close();
    });

    it('shows the balance of the last 7 and 30 days', async () => {
      const page = await openPopup(ctx);
      await clickTab(page, 'Balance');
      await page.waitForSelector('[data-testid="dt-balance"]', { timeout: 10_000 });
      const text = await page.$eval('[data-testid="dt-balance"]', (el) => el.textContent);
      assert.match(text, /3 conversational/);
      assert.match(text, /2 promotional/);
      assert.match(text, /You revised 1 of 2 flagged drafts,? and posted 1 anyway/);
      // The week, from the backdated history: met the first pick today and old_friend last week; kept
      // old_friend's conversation going and answered their message; 3 replies against 3 posts.
      const week = await page.waitForSelector('[data-testid="dt-week"] [data-testid="dt-week-met"]', {
        timeout: 10_000,
      });
      assert.ok(week);
      const tile = (id) =>
        page.$eval(`[data-testid="dt-week-${id}"]`, (el) => [el.dataset.value, el.dataset.last]);
      assert.deepEqual(await tile('met'), ['1', '1']);
      assert.deepEqual(await tile('kept'), ['1', '0']);
      assert.deepEqual(await tile('answered'), ['1', '0']);
      assert.deepEqual(await tile('talk'), ['3:3', '1:1']);
      assert.equal(
        await page.$eval('[data-testid="dt-week-sentence"]', (el) => el.textContent),
        'More talking with people: 3 replies and messages, up from 1 last week.',
      );
      assert.match(
        await page.$eval('[data-testid="dt-balance-goal"]', (el) => el.textContent),
        /33%.*above your 20% goal/,
      );
      await page.waitForSelector('[data-testid="dt-balance-chart"] svg rect', { timeout: 10_000 });
      await screenshot(page, kind, 'popup-balance-light');
      await axe(page, 'Balance');
      await page.close();
    });

    // After the Balance test: this reply would change its week of counts.
    it('counts a reply to an unmet follower outside the pick toward the day', async () => {
      const page = await openPopup(ctx);
      await page.waitForSelector('[data-testid="dt-progress"]', { timeout: 10_000 });
      const metBefore = Number(await page.$eval('[data-testid="dt-progress"]', (el) => el.dataset.met));
      const picked = new Set((await picksOf(page)).map((p) => p.id));
      const other = Array.from({ length: 39 }, (_, i) => i).find(
        (i) => i >= 23 && i !== 30 && !picked.has(String(2000000100 + i)),
      );
      const replied = await sendFromPage(page, 'events.record', {
        account: ACCOUNT,
        batchId: 'reply-elsewhere',
        // As the page records a reply to them (a post of yours would also change the Balance below).
        events: [
          {
            type: 'interaction',
            key: 'reply_out:elsewhere',
            kind: 'reply_out',
            person: { id: String(2000000100 + other), handle: `fan_${other}` },
            at: Date.now(),
            tweetId: '1800000000000000888',
            text: 'Hello there',
          },
        ],
      });
      assert.equal(replied.ok, true);
      const again = await reopen(ctx, page);
      await again.waitForSelector('[data-testid="dt-progress"]', { timeout: 10_000 });
      const progress = await again.$eval('[data-testid="dt-progress"]', (el) => ({
        met: Number(el.dataset.met),
        elsewhere: Number(el.dataset.elsewhere),
        text: el.textContent,
      }));
      assert.equal(progress.met, metBefore + 1, JSON.stringify(progress));
      assert.equal(progress.elsewhere, 1);
      assert.match(progress.text, new RegExp(`${metBefore + 1} of 5`));
      assert.equal(
        await again.$eval('[data-testid="dt-met-elsewhere"]', (el) => el.textContent),
        'Counts 1 follower you met outside this list',
      );
      await again.$eval('[data-testid="dt-handful"]', (el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(again, kind, 'popup-today-met-elsewhere');
      await again.close();
    });

    it('follows the dark colour scheme on every view, with no axe violations', async () => {
      const dark = kind === 'firefox' ? { session: await darkFirefox() } : ctx;
      if (dark !== ctx) {
        const seeder = await openPopup(dark, true);
        await sendFromPage(seeder, 'events.record', {
          account: ACCOUNT,
          batchId: 'seed',
          events: history(Date.now()),
        });
        await seeder.close();
      }
      try {
        await darkViews(dark, kind);
      } finally {
        if (dark !== ctx) await dark.session.close();
      }
    });

    it('finds no axe violations on the options page, light and dark', async () => {
      const dark = kind === 'firefox' ? { session: await darkFirefox() } : ctx;
      try {
        for (const [c, isDark] of [
          [ctx, false],
          [dark, true],
        ]) {
          const page = await openPopup(c, isDark, 'options.html');
          await page.waitForSelector('main', { timeout: 10_000 });
          await waitInPage(page, () => !document.body.textContent.includes('Loading'), {
            timeout: 10_000,
          });
          if (isDark) {
            const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
            assert.equal(bg, 'rgb(11, 13, 15)');
          }
          await screenshot(page, kind, `options-${isDark ? 'dark' : 'light'}`);
          await axe(page, `the options page (${isDark ? 'dark' : 'light'})`);
          await page.close();
        }
      } finally {
        if (dark !== ctx) await dark.session.close();
      }
    });
  });
}

async function darkViews(ctx, kind) {
  {
    const page = await openPopup(ctx, true);
    await page.waitForSelector('[data-testid="dt-handful"]', { timeout: 10_000 });
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, 'rgb(11, 13, 15)');
    await screenshot(page, kind, 'popup-today-dark');
    await axe(page, 'Today (dark)');
    await clickTab(page, 'Unmet');
    await page.waitForSelector('[data-testid="dt-unmet-list"] [data-testid="dt-contact"]');
    await screenshot(page, kind, 'popup-unmet-dark');
    await axe(page, 'Unmet (dark)');
    await page.click('[data-testid="dt-unmet-list"] [data-index="0"] button');
    await page.waitForSelector('[data-testid="dt-person"]');
    await screenshot(page, kind, 'popup-person-dark');
    await axe(page, 'Person (dark)');
    await clickTab(page, 'Balance');
    await page.waitForSelector('[data-testid="dt-balance-chart"] svg rect', { timeout: 10_000 });
    await screenshot(page, kind, 'popup-balance-dark');
    await axe(page, 'Balance (dark)');
    await page.close();
  }
}
