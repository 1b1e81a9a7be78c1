// Every selector's expected count on the replica's pages, counted in a real browser with Dinner
// Table running (its own elements must not disturb X's).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BROWSERS, useSession, waitForAccount } from './session.mjs';
import { ME, sleep } from './x-page.mjs';

// The one table of selectors (lib/x/selectors.ts), loaded through tsx.
const { X, meetsExpectation } = await import('../../lib/x/selectors.ts');

const routes = [...new Set(Object.values(X).flatMap((spec) => Object.keys(spec.replica ?? {})))];

for (const kind of BROWSERS) {
  describe(`selectors on the replica in ${kind}`, () => {
    const ctx = useSession(kind);
    for (const route of routes) {
      it(`match their expected counts on ${route}`, async () => {
        const page = await ctx.session.newPage();
        if (route === '/compose/post') {
          await page.goto('https://x.com/home', { waitUntil: 'load' });
          await waitForAccount(page, ME.handle);
          await page.click('[data-testid="SideNav_NewTweet_Button"]');
          await page.waitForSelector('#layers [role="dialog"]');
        } else {
          await page.goto(`https://x.com${route}`, { waitUntil: 'load' });
          await waitForAccount(page, ME.handle);
        }
        await sleep(500);
        const expectations = Object.entries(X).filter(([, spec]) => spec.replica?.[route] !== undefined);
        const counts = await page.evaluate(
          (list) =>
            Object.fromEntries(list.map(([name, css]) => [name, document.querySelectorAll(css).length])),
          expectations.map(([name, spec]) => [name, spec.css]),
        );
        const wrong = expectations
          .filter(([name, spec]) => !meetsExpectation(counts[name], spec.replica[route]))
          .map(([name, spec]) => `${name}: found ${counts[name]}, expected ${spec.replica[route]}`);
        assert.deepEqual(wrong, []);
        await page.close();
      });
    }
  });
}
