import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BROWSERS, screenshot, useSession, waitForAccount } from './session.mjs';
import {
  clickInNudge,
  composerText,
  countPostRequests,
  ME,
  nudgeIndexFor,
  nudgeState,
  sleep,
  typeInto,
  waitForHeld,
  waitForPosts,
  waitForVerdict,
} from './x-page.mjs';

/** Texts of the held card's buttons. */
const nudgeButtons = (page, index = 0) =>
  page.evaluate(
    (i) =>
      [
        ...(document
          .querySelectorAll('dinner-table-coach')
          [i]?.shadowRoot?.querySelectorAll('.actions button') ?? []),
      ].map((b) => b.textContent.trim()),
    index,
  );

/** The "N more" button's text, or null when every finding is shown. */
const nudgeMore = (page, index = 0) =>
  page.evaluate(
    (i) =>
      document
        .querySelectorAll('dinner-table-coach')
        [i]?.shadowRoot?.querySelector('[data-testid="dt-more"]')
        ?.textContent.trim() ?? null,
    index,
  );

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
      // The coach loads at the first focus of a composer (lib/features/coach-loader.ts).
      await page.click(HOME_BOX);
      await page.waitForSelector('dinner-table-coach', { timeout: 15_000 });
    }

    it('loads the coach only when a composer is first focused', async () => {
      page ??= await ctx.session.newPage();
      await page.goto('https://x.com/home', { waitUntil: 'load' });
      await waitForAccount(page, ME.handle);
      await page.waitForSelector(HOME_BOX, { timeout: 15_000 });
      await sleep(500);
      assert.equal(await page.$('dinner-table-coach'), null, 'no pill before a composer is focused');
      await page.click(HOME_BOX);
      // The host is placed first and the nudge rendered into it a moment later (seen in Firefox).
      await waitForVerdict(page, 'none');
    });

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
      // The pill turns promotional while the text is still being analyzed ("Our new course is live! Sign
      // up today:" already is); wait until the card stops changing, so the list is the whole draft's.
      let state = await nudgeState(page);
      for (let i = 0; i < 10; i++) {
        await sleep(1000);
        const next = await nudgeState(page);
        if (JSON.stringify(next) === JSON.stringify(state)) break;
        state = next;
      }
      assert.equal(state.verdict, 'promotional');
      assert.ok(state.rules.length <= 3, `at most three findings at first: ${state.rules}`);
      assert.doesNotMatch(state.pill, /Reads like an ad/, 'the pill names one reason, not the verdict');
      await screenshot(page, kind, 'coach-card');
      const more = await nudgeMore(page);
      if (more) {
        assert.match(more, /^\d+ more$/);
        await clickInNudge(page, '[data-testid="dt-more"]');
        const all = await nudgeState(page);
        assert.equal(all.rules.length, 3 + Number.parseInt(more, 10), 'N more shows the rest');
        assert.deepEqual(all.rules.slice(0, 3), state.rules, 'the first three stay first');
        assert.ok(all.rules.includes('tracking-params'), `rules: ${all.rules}`);
      } else {
        assert.ok(state.rules.includes('tracking-params'), `rules: ${state.rules}`);
      }
    });

    it('holds the Post click once with the text unchanged, and Post anyway publishes exactly one post', async () => {
      const before = ctx.replica.posts.length;
      const postRequests = await countPostRequests(page);
      await page.click(HOME_POST);
      await waitForHeld(page);
      assert.equal(await postRequests(), 0, 'the held click did not reach X');
      assert.equal(ctx.replica.posts.length, before, 'no post arrived');
      assert.equal(await composerText(page, HOME_BOX), PROMO, 'the composer text is untouched');
      await screenshot(page, kind, 'coach-held');
      await clickInNudge(page, '[data-testid="dt-post-anyway"]');
      assert.equal(await waitForPosts(ctx.replica, before, postRequests), 1, 'X was asked to post once');
      assert.equal(ctx.replica.posts.length, before + 1, 'exactly one post went out');
      assert.equal(ctx.replica.posts.at(-1).text, PROMO);
      // The box is empty now: no pill, no card for text that is gone.
      await waitForVerdict(page, 'none');
      assert.equal((await nudgeState(page)).rules.length, 0);
    });

    it('never holds when the card cannot be seen: the click goes through', async () => {
      await openHome();
      const before = ctx.replica.posts.length;
      await typeInto(page, HOME_BOX, 'Buy now at https://shop.example.com/checkout, 30% off today only!');
      await waitForVerdict(page, 'promotional');
      await page.evaluate(() => {
        document.querySelector('dinner-table-coach').style.visibility = 'hidden';
      });
      await page.click(HOME_POST);
      for (let i = 0; i < 50 && ctx.replica.posts.length === before; i++) await sleep(100);
      assert.equal(ctx.replica.posts.length, before + 1, 'an invisible card never holds the post');
    });

    it('holds Ctrl+Enter too; Not now keeps the draft and puts the caret on the flagged phrase', async () => {
      await openHome();
      const before = ctx.replica.posts.length;
      const draft = 'Limited time: buy now at https://shop.example.com/checkout, 30% off!';
      await typeInto(page, HOME_BOX, draft);
      await waitForVerdict(page, 'promotional');
      const ctrlEnter = async () => {
        await page.keyboard.down('Control');
        await page.keyboard.press('Enter');
        await page.keyboard.up('Control');
      };
      const postRequests = await countPostRequests(page);
      await ctrlEnter();
      await waitForHeld(page);
      assert.equal(await postRequests(), 0, 'the held Ctrl+Enter did not reach X');
      assert.equal(ctx.replica.posts.length, before);
      const buttons = await nudgeButtons(page);
      assert.deepEqual(buttons, ['Not now', 'Post anyway'], 'one "Not now", no separate Edit/Cancel');
      await clickInNudge(page, '[data-testid="dt-not-now"]');
      assert.equal(await composerText(page, HOME_BOX), draft, 'Not now changes no text');
      assert.equal((await nudgeState(page)).held, false);
      assert.ok(
        await page.$eval(
          HOME_BOX,
          (el) => el === document.activeElement || el.contains(document.activeElement),
        ),
        'focus is back in the composer',
      );
      // The caret sits on the first flagged phrase, not at the start: the next keys land there.
      await sleep(100);
      const caret = await page.evaluate(() => {
        const s = getSelection();
        return s?.anchorNode ? s.anchorNode.textContent.slice(0, s.anchorOffset) : null;
      });
      assert.ok(caret && caret.length > 0, `the caret is not at the start: ${caret}`);
      assert.ok(draft.startsWith(caret), `the caret is inside the draft: ${caret}`);
      await screenshot(page, kind, 'coach-not-now');
      // Draft.js agrees: what the person types next lands right there, not at the start.
      await page.keyboard.type(' offer');
      const typed = await composerText(page, HOME_BOX);
      assert.equal(typed, `${caret} offer${draft.slice(caret.length)}`, 'the next words land at the caret');
      for (let i = 0; i < ' offer'.length; i++) await page.keyboard.press('Backspace');
      assert.equal(await composerText(page, HOME_BOX), draft);

      // Escape closes a held card the same way, and nothing went out.
      await ctrlEnter();
      await waitForHeld(page);
      await page.keyboard.press('Escape');
      await page.waitForFunction(
        () => !document.querySelector('dinner-table-coach')?.shadowRoot?.querySelector('.held'),
        { timeout: 5000 },
      );
      assert.equal(await composerText(page, HOME_BOX), draft);
      assert.equal(await postRequests(), 0, 'the Escape-closed hold sent nothing');
      assert.equal(ctx.replica.posts.length, before);
    });

    it('Post anyway without a findable button releases the hold: the next click posts once', async () => {
      await openHome();
      const before = ctx.replica.posts.length;
      const draft = 'Sign up for my course today: https://danawhitfield.dev/course/register, 40% off!';
      await typeInto(page, HOME_BOX, draft);
      await waitForVerdict(page, 'promotional');
      const postRequests = await countPostRequests(page);
      await page.click(HOME_POST);
      await waitForHeld(page);
      // X re-rendered its button under another name: Post anyway cannot find it.
      await page.$eval(HOME_POST, (b) => b.setAttribute('data-testid', 'renamedButton'));
      await clickInNudge(page, '[data-testid="dt-post-anyway"]');
      // Post anyway releases in its own click's dispatch: once the card is closed, any request is counted.
      await page.waitForFunction(
        () => !document.querySelector('dinner-table-coach')?.shadowRoot?.querySelector('.held'),
        { timeout: 5000, polling: 50 },
      );
      assert.equal(await postRequests(), 0, 'nothing went out without a button');
      assert.equal(ctx.replica.posts.length, before, 'no post arrived');
      await page.$eval('[data-testid="renamedButton"]', (b) =>
        b.setAttribute('data-testid', 'tweetButtonInline'),
      );
      await page.click(HOME_POST);
      assert.equal(await waitForPosts(ctx.replica, before, postRequests), 1, 'X was asked to post once');
      assert.equal(ctx.replica.posts.length, before + 1, "the user's own click went through, once");
      assert.equal(ctx.replica.posts.at(-1).text, draft);
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
      // The nudge appears under the first item and moves the add button down: click it once the
      // nudge is in place (a click at the button's old position lands on nothing).
      await waitForVerdict(page, 'broadcast', await nudgeIndexFor(page, first));
      await page.waitForSelector('[role="dialog"] [data-testid="addButton"]:not([disabled])');
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
      const postRequests = await countPostRequests(page);
      await page.click('[role="dialog"] [data-testid="tweetButton"]');
      await waitForHeld(page, index);
      assert.equal(await postRequests(), 0, 'the held thread did not reach X');
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

    it('holds a pitch in a chat with a stranger: "Send anyway" sends once from this chat only', async () => {
      await page.goto(`https://x.com/i/chat/${ME.id}-1000000013`, { waitUntil: 'load' });
      await waitForAccount(page, ME.handle);
      const box = '[data-testid="dm-composer-textarea"]';
      const pitch =
        'Hi Hannah, I run an agency that helps creators grow. Want to hop on a quick call this week? I can offer a discount.';
      await typeInto(page, box, pitch);
      await page.waitForFunction(
        () => document.querySelector('dinner-table-coach')?.shadowRoot?.querySelector('.nudge.pitch'),
        { timeout: 10_000, polling: 100 },
      );
      const before = ctx.replica.posts.length;
      const postRequests = await countPostRequests(page);
      await page.keyboard.press('Enter');
      await waitForHeld(page);
      assert.equal(await postRequests(), 0, 'the held Enter did not reach X');
      assert.equal(ctx.replica.posts.length, before, 'the held Enter sent nothing');
      assert.deepEqual(await nudgeButtons(page), ['Not now', 'Send anyway']);
      const lead = await page.evaluate(
        () =>
          document
            .querySelector('dinner-table-coach')
            ?.shadowRoot?.querySelector('[data-testid="dt-stranger"]')?.textContent,
      );
      assert.match(lead ?? '', /never written to you/i, `the card speaks to a cold chat: ${lead}`);
      const title = await page.evaluate(
        () => document.querySelector('dinner-table-coach')?.shadowRoot?.querySelector('.title')?.textContent,
      );
      assert.equal(title, 'A pitch to a stranger');
      await screenshot(page, kind, 'coach-chat-held');
      await clickInNudge(page, '[data-testid="dt-post-anyway"]');
      assert.equal(await waitForPosts(ctx.replica, before, postRequests), 1, 'X was asked to send once');
      assert.equal(ctx.replica.posts.length, before + 1, 'exactly one message went out');
      assert.equal(ctx.replica.posts.at(-1).kind, 'dm');
      assert.equal(ctx.replica.posts.at(-1).text, pitch);
      await waitForVerdict(page, 'none');
    });
  });
}
