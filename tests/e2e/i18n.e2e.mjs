// The interface in the browser's language (issue 16): a Japanese and a Spanish browser in Chromium and
// Firefox open the popup in their language, and people whose names and bios are Arabic, Hebrew or one
// long German-like word keep the layout whole (their text runs in its own direction, nothing spills).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, sendFromPage, setViewport } from './browsers.mjs';
import { BROWSERS, screenshot, useSession } from './session.mjs';

const ACCOUNT = { id: '1000000001', handle: 'dana_builds', name: 'Dana' };
const DAY = 86_400_000;
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Followers who liked your posts (so they are today's picks; one who replied would be owed an answer in
 * Keep talking instead): right-to-left names and a very long word.
 */
const PEOPLE = [
  { id: '2000000501', handle: 'maryam_h', name: 'مريم الحسيني', bio: 'مهندسة برمجيات، أحب القهوة والكتب 📚' },
  { id: '2000000502', handle: 'noa_cohen', name: 'נועה כהן', bio: 'מעצבת מוצר בתל אביב. כותבת על נגישות.' },
  {
    id: '2000000503',
    handle: 'kapitaenswitwe',
    name: 'Donaudampfschifffahrtsgesellschaftskapitänswitwe',
    bio: 'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz-Expertin',
  },
];

function history(now) {
  return PEOPLE.flatMap((person, i) => [
    { type: 'edge', list: 'followers', person, at: now - (i + 2) * DAY },
    {
      type: 'interaction',
      key: `like_in:${person.id}`,
      kind: 'like_in',
      person: { id: person.id, handle: person.handle },
      at: now - DAY,
      tweetId: String(1800000000000000500 + i),
      text: person.bio,
    },
  ]);
}

const EXPECT = {
  ja: {
    tabs: ['今日', '未対面', 'バランス'],
    empty: 'X のアカウントがまだありません',
    met: /今日は 0 人中|3 人中 0 人/,
  },
  es: { tabs: ['Hoy', 'Sin conocer', 'Equilibrio'], empty: 'Aún no hay cuenta de X', met: /0 de 3/ },
};

async function axe(page, name) {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const r = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
  assert.deepEqual(result, [], `axe found violations in ${name}: ${JSON.stringify(result)}`);
}

async function openPopup(ctx) {
  const page = await ctx.session.openExtensionPage('popup.html');
  await setViewport(page, { width: 400, height: 600 });
  return page;
}

for (const kind of BROWSERS) {
  for (const lang of ['ja', 'es']) {
    describe(`the popup in a ${lang} ${kind}`, () => {
      const ctx = useSession(kind, { lang });

      it('speaks the browser’s language before any data', async () => {
        const page = await openPopup(ctx);
        await page.waitForSelector('[data-testid="dt-empty"]', { timeout: 10_000 });
        const seen = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          title: document.querySelector('[data-testid="dt-empty"] h2')?.textContent,
        }));
        assert.equal(seen.lang.split('-')[0], lang);
        assert.equal(seen.title, EXPECT[lang].empty);
        await screenshot(page, kind, `i18n-${lang}-popup-empty`);
        await axe(page, `the empty popup in ${lang}`);
        await page.close();
      });

      it('shows right-to-left and very long names in their own direction, inside the popup', async () => {
        const seeder = await openPopup(ctx);
        const reply = await sendFromPage(seeder, 'events.record', {
          account: ACCOUNT,
          batchId: 'seed',
          events: history(Date.now()),
        });
        assert.equal(reply.ok, true, JSON.stringify(reply));
        await seeder.close();

        const page = await openPopup(ctx);
        await page.waitForSelector('[data-testid="dt-handful"] [data-testid="dt-contact"]', {
          timeout: 10_000,
        });
        const view = await page.evaluate(() => ({
          tabs: [...document.querySelectorAll('[role="tab"]')].map((el) => el.textContent),
          progress: document.querySelector('[data-testid="dt-progress"]')?.textContent ?? '',
          directions: [...document.querySelectorAll('[data-testid="dt-contact"]')].map((el) => ({
            handle: el.dataset.handle,
            name: getComputedStyle(el.querySelector('.name')).direction,
            bio: el.querySelector('.bio') ? getComputedStyle(el.querySelector('.bio')).direction : undefined,
          })),
          // Nothing wider than the popup: a long word wraps instead of pushing the layout sideways.
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }));
        await screenshot(page, kind, `i18n-${lang}-popup-today-rtl`);
        assert.deepEqual(view.tabs, EXPECT[lang].tabs);
        assert.match(view.progress, EXPECT[lang].met);
        const dir = (handle) => view.directions.find((d) => d.handle === handle);
        assert.deepEqual(dir('maryam_h'), { handle: 'maryam_h', name: 'rtl', bio: 'rtl' });
        assert.deepEqual(dir('noa_cohen'), { handle: 'noa_cohen', name: 'rtl', bio: 'rtl' });
        assert.deepEqual(dir('kapitaenswitwe'), { handle: 'kapitaenswitwe', name: 'ltr', bio: 'ltr' });
        assert.ok(view.overflow <= 0, `the popup scrolls sideways by ${view.overflow}px`);
        await axe(page, `Today in ${lang}`);
        await page.close();
      });
    });
  }
}
