// Every selector's expected count on the replica's pages, counted in a real browser with Dinner
// Table running (its own elements must not disturb X's).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BROWSERS, useSession, waitForAccount } from './session.mjs';
import { ME, nudgeIndexFor, sleep, typeInto, waitForVerdict } from './x-page.mjs';

// The one table of selectors (lib/x/selectors.ts) and their counts (selectors-seen.ts), loaded through tsx.
const { X } = await import('../../lib/x/selectors.ts');
const { SEEN, meetsExpectation } = await import('../../lib/x/selectors-seen.ts');
const onReplica = (name) => SEEN[name]?.replica ?? {};

/** Routes like '/home, a post liked' are a page after what a person did there. */
const STATES = {
  'a post liked': async (page) => {
    await page.click('article[data-testid="tweet"] [data-testid="like"]');
    await page.waitForSelector('article[data-testid="tweet"] [data-testid="unlike"]');
  },
  'a post reposted': async (page) => {
    await page.click('article[data-testid="tweet"] [data-testid="retweet"]');
    await page.click('[data-testid="retweetConfirm"]');
    await page.waitForSelector('article[data-testid="tweet"] [data-testid="unretweet"]');
  },
  'repost menu open': async (page) => {
    await page.click('article[data-testid="tweet"] [data-testid="retweet"]');
    await page.waitForSelector('[role="menu"]');
  },
  'just posted': async (page) => {
    const box = '[role="dialog"] [data-testid="tweetTextarea_0"]';
    await typeInto(page, box, 'Good morning! What are you reading?');
    // The coach loads at the first focus and its nudge, under the box, moves the Post button down:
    // click once it is in place (a click while it arrived missed the button in a loaded Firefox).
    await waitForVerdict(page, 'conversational', await nudgeIndexFor(page, box));
    await page.waitForSelector('[role="dialog"] [data-testid="tweetButton"]:not([aria-disabled="true"])');
    await page.click('[role="dialog"] [data-testid="tweetButton"]');
    await page.waitForSelector('[data-testid="toast"]');
  },
};

const routes = [...new Set(Object.keys(X).flatMap((name) => Object.keys(onReplica(name))))];

for (const kind of BROWSERS) {
  describe(`selectors on the replica in ${kind}`, () => {
    const ctx = useSession(kind);
    for (const route of routes) {
      it(`match their expected counts on ${route}`, async () => {
        const page = await ctx.session.newPage();
        const [path, state] = route.split(', ');
        await page.goto(`https://x.com${path === '/compose/post' ? '/home' : path}`, { waitUntil: 'load' });
        await waitForAccount(page, ME.handle);
        if (path === '/compose/post') {
          await page.click('[data-testid="SideNav_NewTweet_Button"]');
          await page.waitForSelector('#layers [role="dialog"]');
        }
        if (state) await STATES[state](page);
        await sleep(500);
        const expectations = Object.entries(X).filter(([name]) => onReplica(name)[route] !== undefined);
        const counts = await page.evaluate(
          (list) =>
            Object.fromEntries(list.map(([name, css]) => [name, document.querySelectorAll(css).length])),
          expectations.map(([name, spec]) => [name, spec.css]),
        );
        const wrong = expectations
          .filter(([name]) => !meetsExpectation(counts[name], onReplica(name)[route]))
          .map(([name]) => `${name}: found ${counts[name]}, expected ${onReplica(name)[route]}`);
        assert.deepEqual(wrong, []);
        await page.close();
      });
    }
  });
}
