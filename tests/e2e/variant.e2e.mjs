// Dinner Table on X as a second hand wrote it: the static pages of tests/x-variant (written from the
// anatomy notes and saved real pages by someone who never read our code or our replica) served at
// x.com, in real Chromium and Firefox. What a person would see: the account found, a badge by every
// other author's post and in every row of the followers list, and the coach under each kind of box.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { inShadow, ROOT } from './browsers.mjs';
import { BROWSERS, screenshot, useSession, waitForAccount } from './session.mjs';
import { clickInNudge, nudgeIndexFor, waitForHeld, waitForVerdict } from './x-page.mjs';

const DIR = join(ROOT, 'tests/x-variant');
const { pages } = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8'));
const byFile = Object.fromEntries(pages.map((p) => [p.file, p]));
const pathOf = (file) => new URL(byFile[file].url).pathname;
const ME = byFile['home.html'].account.handle;

const SEED = JSON.parse(readFileSync(join(ROOT, 'tests/replica/seeds/default.json'), 'utf8'));
const seed = {
  ...SEED,
  // The pages' own account: its id is in their inline state; the replica sets it as the twid cookie.
  me: { ...SEED.me, id: '1287364509182736451', handle: ME, name: 'Lena Voss' },
  replica: {
    pages: {
      ...Object.fromEntries(
        [
          'home.html',
          'status.html',
          'followers.html',
          'chat.html',
          'reply-dialog.html',
          'profile-follows-you.html',
          'notifications.html',
        ].map((file) => [pathOf(file), readFileSync(join(DIR, 'pages', file), 'utf8')]),
      ),
      // A layout without the side bar (a narrow window's): no profile link, no account switcher.
      '/explore': readFileSync(join(DIR, 'pages/home.html'), 'utf8').replace(
        /AppTabBar_Profile_Link|SideNav_AccountSwitcher_Button|UserAvatar-Container-/g,
        (name) => `${name}Gone`,
      ),
    },
  },
};

/** Types at the end of what a box already holds, as a person clicking into it would. */
async function typeAtEnd(page, css, text) {
  await page.waitForSelector(css, { timeout: 15_000 });
  await page.click(css);
  await page.keyboard.down('Control');
  await page.keyboard.press('End');
  await page.keyboard.up('Control');
  await page.keyboard.type(text, { delay: 2 });
}

async function open(ctx, file) {
  const page = await ctx.session.newPage();
  page.setDefaultNavigationTimeout(60_000);
  await page.goto(byFile[file].url, { waitUntil: 'load' });
  await waitForAccount(page, ME);
  return page;
}

for (const kind of BROWSERS) {
  describe(`X as a second hand wrote it, in ${kind}`, () => {
    const ctx = useSession(kind, { seed });

    it('finds the account and puts a badge by every other author on the home timeline', async () => {
      const page = await open(ctx, 'home.html');
      const others = [
        ...new Set(byFile['home.html'].tweets.map((t) => t.author.toLowerCase()).filter((h) => h !== ME)),
      ];
      assert.ok(others.length >= 5);
      await page.waitForFunction(
        (handles) => {
          const badged = new Set(
            [...document.querySelectorAll('dinner-table-badge')].map((b) => b.dataset.handle?.toLowerCase()),
          );
          return handles.every((h) => badged.has(h));
        },
        { timeout: 20_000, polling: 200 },
        others,
      );
      await screenshot(page, kind, 'variant-home-badges');
      await page.close();
    });

    it('finds the account on a page without the side bar, from the state X inlines', async () => {
      const page = await ctx.session.newPage();
      await page.goto('https://x.com/explore', { waitUntil: 'load' });
      assert.equal(await page.$('[data-testid="AppTabBar_Profile_Link"]'), null);
      await waitForAccount(page, ME);
      await page.close();
    });

    it('coaches the home composer while you write', async () => {
      const page = await open(ctx, 'home.html');
      const box = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
      await typeAtEnd(page, box, ' Sign up today, 50% off this week only: https://lenavoss.dev/pricing');
      await waitForVerdict(page, 'promotional', await nudgeIndexFor(page, box));
      await screenshot(page, kind, 'variant-home-coach');
      await page.close();
    });

    it("reads the reply box on a post's own page as a reply, and a pitch there as one", async () => {
      const page = await open(ctx, 'status.html');
      const box = '[data-testid="tweetTextarea_0"]';
      await typeAtEnd(
        page,
        box,
        ' btw we build CI dashboards, want me to send you a free demo? Book a call!',
      );
      await waitForVerdict(page, 'promotional', await nudgeIndexFor(page, box));
      await page.close();
    });

    it('holds a promotional reply in the reply dialog once, and Post anyway lets the click through', async () => {
      const page = await open(ctx, 'reply-dialog.html');
      const button = '[role="dialog"] [data-testid="tweetButton"]';
      // These pages have no X behind them: a click that reaches the button is counted where X would take it.
      await page.$eval(button, (b) => {
        window.__clicks = 0;
        b.addEventListener('click', () => window.__clicks++);
      });
      const box = '[role="dialog"] [data-testid="tweetTextarea_0"]';
      await typeAtEnd(
        page,
        box,
        ' My offline-first course is 40% off today, grab it: https://lenavoss.dev/course',
      );
      const index = await nudgeIndexFor(page, box);
      await waitForVerdict(page, 'promotional', index);
      await page.click(button);
      await waitForHeld(page, index);
      assert.equal(await page.evaluate(() => window.__clicks), 0, 'the first click is held');
      await screenshot(page, kind, 'variant-reply-held');
      await clickInNudge(page, '[data-testid="dt-post-anyway"]', index);
      await page.waitForFunction(() => window.__clicks === 1, { timeout: 10_000, polling: 50 });
      await page.close();
    });

    it('coaches each post of a thread in the dialog on its own', async () => {
      const thread = readFileSync(join(DIR, 'pages/thread-dialog.html'), 'utf8');
      ctx.replica.setSeed({
        ...seed,
        replica: { pages: { ...seed.replica.pages, '/compose/post': thread } },
      });
      try {
        const page = await open(ctx, 'thread-dialog.html');
        const second = '[role="dialog"] [data-testid="tweetTextarea_1"]';
        await typeAtEnd(page, second, ' Grab my playbook, 50% off this week: https://lenavoss.dev/playbook');
        await waitForVerdict(page, 'promotional', await nudgeIndexFor(page, second));
        // The posts around it keep their own verdicts: the hook and the last post are no sales pitch.
        for (const other of ['tweetTextarea_0', 'tweetTextarea_2']) {
          const index = await nudgeIndexFor(page, `[role="dialog"] [data-testid="${other}"]`);
          const verdict = await (
            await page.waitForFunction(
              (n) =>
                document
                  .querySelectorAll('dinner-table-coach')
                  [n]?.shadowRoot?.querySelector('[data-testid="dt-nudge"]')?.dataset.verdict,
              { timeout: 10_000, polling: 100 },
              index,
            )
          ).jsonValue();
          assert.ok(['broadcast', 'conversational'].includes(verdict), `${other}: ${verdict}`);
        }
        await screenshot(page, kind, 'variant-thread');
        await page.close();
      } finally {
        ctx.replica.setSeed(seed);
      }
    });

    it('marks every row of your followers list', async () => {
      const page = await open(ctx, 'followers.html');
      const count = byFile['followers.html'].people.length;
      await page.waitForFunction(
        (n) =>
          [...document.querySelectorAll('[data-testid="UserCell"]')].filter((cell) =>
            cell.querySelector('dinner-table-badge'),
          ).length === n,
        { timeout: 20_000, polling: 200 },
        count,
      );
      await screenshot(page, kind, 'variant-followers');
      await page.close();
    });

    it("shows where you stand on someone's profile, and records the visit by their id", async () => {
      const want = byFile['profile-follows-you.html'].profile;
      const page = await open(ctx, 'profile-follows-you.html');
      await inShadow(page, 'dinner-table-profile-card', '[data-testid="dt-card-toggle"]');
      await screenshot(page, kind, 'variant-profile-card');
      // Read while the tab is open: no browser promises a send from a tab being closed.
      const popup = await ctx.session.openExtensionPage('popup.html');
      const found = await popup.waitForFunction(
        async (me, id) => {
          const reply = await (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({
            dt: 1,
            type: 'contacts.lookup',
            input: { account: me, people: [`id:${id}`] },
          });
          return reply.ok && reply.data.contacts[`id:${id}`];
        },
        { timeout: 15_000, polling: 200 },
        seed.me.id,
        want.id,
      );
      const contact = await found.jsonValue();
      assert.equal(contact.handle?.toLowerCase(), want.handle.toLowerCase());
      await popup.close();
      await page.close();
    });

    it('records who liked, reposted and followed from the notifications', async () => {
      const page = await open(ctx, 'notifications.html');
      const people = [
        ...new Set(
          byFile['notifications.html'].notifications.flatMap((n) =>
            n.people.map((p) => p.handle.toLowerCase()),
          ),
        ),
      ];
      assert.ok(people.length >= 5);
      const popup = await ctx.session.openExtensionPage('popup.html');
      await popup.waitForFunction(
        async (me, handles) => {
          const reply = await (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({
            dt: 1,
            type: 'contacts.lookup',
            input: { account: me, people: handles },
          });
          return reply.ok && handles.every((h) => reply.data.contacts[h]);
        },
        { timeout: 15_000, polling: 200 },
        seed.me.id,
        people,
      );
      // The posts on the page: a reply to you, a mention and a quote of your post, each once, by its kind.
      const tweets = byFile['notifications.html'].tweets;
      const wanted = {
        reply_in: tweets[0],
        mention_in: tweets.find((t) => t.text.includes(`@${ME}`)),
        quote_in: tweets.find((t) => t.quote?.author?.toLowerCase() === ME),
      };
      for (const [kind, tweet] of Object.entries(wanted)) {
        assert.ok(tweet, kind);
        const history = await popup.waitForFunction(
          async (me, person, k, id) => {
            const reply = await (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({
              dt: 1,
              type: 'contact.get',
              input: { account: me, person },
            });
            const acts = (reply.data?.history ?? []).filter((h) => h.tweetId === id);
            return acts.some((h) => h.kind === k) && acts;
          },
          { timeout: 15_000, polling: 200 },
          seed.me.id,
          tweet.author.toLowerCase(),
          kind,
          tweet.id,
        );
        assert.deepEqual(
          (await history.jsonValue()).map((h) => h.kind),
          [kind],
          `${tweet.author}'s post ${tweet.id}`,
        );
      }
      await popup.close();
      await page.close();
    });

    it('coaches a cold pitch in a chat', async () => {
      const page = await open(ctx, 'chat.html');
      const box = 'textarea[data-testid="dm-composer-textarea"]';
      await page.click(box);
      // The box holds a draft already; a new message in its place.
      await page.$eval(box, (el) => el.select());
      await page.keyboard.type(
        'Hi! Our agency grows accounts 10x in 30 days. Interested? Book a call: https://growfast.example/call',
        {
          delay: 2,
        },
      );
      // The chat's one box has the page's one nudge (it sits after the chat's form).
      await page.waitForFunction(
        () => {
          const nudge = document.querySelector('dinner-table-coach')?.shadowRoot?.querySelector('.nudge');
          return nudge?.classList.contains('pitch') || nudge?.dataset.verdict === 'promotional';
        },
        { timeout: 10_000, polling: 100 },
      );
      await screenshot(page, kind, 'variant-chat-coach');
      await page.close();
    });
  });
}
