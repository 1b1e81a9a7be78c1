import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BROWSERS, screenshot, useSession, waitForAccount } from './session.mjs';
import {
  clickInNudge,
  composerText,
  ME,
  nudgeIndexFor,
  nudgeState,
  sleep,
  typeInto,
  waitForHeld,
  waitForVerdict,
} from './x-page.mjs';

const HOME_BOX = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
const HOME_POST = '[data-testid="tweetButtonInline"]';
const PROMO =
  'Our new course is live! Sign up today: https://danawhitfield.dev/course/pricing?utm_source=x 50% off with code LAUNCH';

for (const kind of BROWSERS) {
  describe(`compose-time coaching in ${kind}`, () => {
    const ctx = useSession(kind);
    let page;

    async function openHome() {
      page ??= await ctx.session.newPage();
      await page.goto('https://x.com/home', { waitUntil: 'load' });
      await waitForAccount(page, ME.handle);
      await page.waitForSelector('dinner-table-coach', { timeout: 15_000 });
    }

    it('shows the pill while writing a promotional post, then the card with the reasons', async () => {
      await openHome();
      await typeInto(page, HOME_BOX, PROMO);
      await waitForVerdict(page, 'promotional');
      await clickInNudge(page, '.pill');
      await page.waitForFunction(
        () =>
          document
            .querySelector('dinner-table-coach')
            ?.shadowRoot?.querySelectorAll('[data-testid="dt-finding"]').length >= 2,
        { timeout: 5000 },
      );
      const state = await nudgeState(page);
      assert.equal(state.verdict, 'promotional');
      assert.ok(state.rules.includes('tracking-params'), `rules: ${state.rules}`);
      await screenshot(page, kind, 'coach-card');
    });

    it('holds the Post click once with the text unchanged, and Post anyway publishes exactly one post', async () => {
      const before = ctx.replica.posts.length;
      await page.click(HOME_POST);
      await waitForHeld(page);
      await sleep(300);
      assert.equal(ctx.replica.posts.length, before, 'the held click did not reach X');
      assert.equal(await composerText(page, HOME_BOX), PROMO, 'the composer text is untouched');
      await screenshot(page, kind, 'coach-held');
      await clickInNudge(page, '[data-testid="dt-post-anyway"]');
      await page.waitForFunction(() => true);
      for (let i = 0; i < 50 && ctx.replica.posts.length === before; i++) await sleep(100);
      await sleep(300);
      assert.equal(ctx.replica.posts.length, before + 1, 'exactly one post went out');
      assert.equal(ctx.replica.posts.at(-1).text, PROMO);
    });

    it('holds Ctrl+Enter too, and Cancel keeps the draft', async () => {
      await openHome();
      const before = ctx.replica.posts.length;
      await typeInto(page, HOME_BOX, 'Limited time: buy now at https://shop.example.com/checkout, 30% off!');
      await waitForVerdict(page, 'promotional');
      await page.keyboard.down('Control');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Control');
      await waitForHeld(page);
      await sleep(300);
      assert.equal(ctx.replica.posts.length, before);
      await clickInNudge(page, '[data-testid="dt-cancel"]');
      assert.match(await composerText(page, HOME_BOX), /buy now/);
      assert.equal(ctx.replica.posts.length, before);
    });

    it('lets a friendly reply through without holding it', async () => {
      page ??= await ctx.session.newPage();
      await page.goto('https://x.com/maya_okafor/status/1861000026214400175', { waitUntil: 'load' });
      await waitForAccount(page, ME.handle);
      const box = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
      const before = ctx.replica.posts.length;
      await typeInto(page, box, 'Love this, Maya! What was the most surprising thing you learned from them?');
      await waitForVerdict(page, 'conversational', await nudgeIndexFor(page, box));
      await page.click('[data-testid="tweetButtonInline"]');
      for (let i = 0; i < 50 && ctx.replica.posts.length === before; i++) await sleep(100);
      assert.equal(ctx.replica.posts.length, before + 1);
      assert.equal(ctx.replica.posts.at(-1).replyTo, '1861000026214400175');
    });

    it('holds a thread whose second item is promotional', async () => {
      await page.goto('https://x.com/compose/post', { waitUntil: 'load' });
      await waitForAccount(page, ME.handle);
      const first = '[role="dialog"] [data-testid="tweetTextarea_0"]';
      await typeInto(page, first, 'A few things I learned shipping my first extension, a thread');
      await page.click('[role="dialog"] [data-testid="addButton"]');
      const second = '[role="dialog"] [data-testid="tweetTextarea_1"]';
      await typeInto(
        page,
        second,
        'Sign up for my course at https://danawhitfield.dev/course/register?ref=thread',
      );
      const index = await nudgeIndexFor(page, second);
      await waitForVerdict(page, 'promotional', index);
      const before = ctx.replica.posts.length;
      await page.click('[role="dialog"] [data-testid="tweetButton"]');
      await waitForHeld(page, index);
      await sleep(300);
      assert.equal(ctx.replica.posts.length, before);
      await screenshot(page, kind, 'coach-thread-held');
    });

    it('names a link in a reply to a stranger as a pitch', async () => {
      await page.goto('https://x.com/marcus_ops/status/1861000016777216112', { waitUntil: 'load' });
      await waitForAccount(page, ME.handle);
      const box = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
      await typeInto(page, box, 'You should try my tool for this: https://danawhitfield.dev/signup');
      const index = await nudgeIndexFor(page, box);
      await page.waitForFunction(
        (i) =>
          document
            .querySelectorAll('dinner-table-coach')
            [i]?.shadowRoot?.querySelector('[data-testid="dt-finding"][data-rule="pitch-to-stranger"]') ||
          (document.querySelectorAll('dinner-table-coach')[i]?.shadowRoot?.querySelector('.pill')?.click(),
          false),
        { timeout: 10_000, polling: 200 },
        index,
      );
      const state = await nudgeState(page, index);
      assert.ok(state.rules.includes('pitch-to-stranger'), `rules: ${state.rules}`);
      await screenshot(page, kind, 'coach-pitch');
    });
  });
}
