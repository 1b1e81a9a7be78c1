// The interface in the browser's language (issue 16): a Japanese, a Spanish and a Brazilian Portuguese
// browser in Chromium and Firefox open the popup in their language, and people whose names and bios are Arabic, Hebrew or one
// long German-like word keep the layout whole (their text runs in its own direction, nothing spills).
// On X itself the nudge card (rendered by the coach engine the background injects at first focus), a
// timeline badge's details and the profile card speak the same language and keep their text inside.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { inShadow, ROOT, sendFromPage, setViewport } from './browsers.mjs';
import { BROWSERS, screenshot, useSession, waitForAccount } from './session.mjs';
import { clickInNudge, typeInto, waitForHeld, waitForVerdict } from './x-page.mjs';

const ACCOUNT = { id: '1000000001', handle: 'dana_builds', name: 'Dana' };
const DAY = 86_400_000;
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Followers you never met, known by their bio (so they are today's picks and the row quotes the bio in its
 * own direction): right-to-left names and bios, and a very long word.
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
  return PEOPLE.map((person, i) => ({ type: 'edge', list: 'followers', person, at: now - (i + 2) * DAY }));
}

const EXPECT = {
  ja: {
    tabs: ['今日', '未対面', 'バランス'],
    empty: 'X のアカウントがまだありません',
    met: /今日は 0 人中|3 人中 0 人/,
  },
  es: { tabs: ['Hoy', 'Sin conocer', 'Equilibrio'], empty: 'Aún no hay cuenta de X', met: /0 de 3/ },
  pt_BR: { tabs: ['Hoje', 'Não conhecidos', 'Equilíbrio'], empty: 'Nenhuma conta do X ainda', met: /0 de 3/ },
};

/** Each catalog (a `_locales` folder) and the browser language that picks it. */
const BROWSER_LANG = { ja: 'ja', es: 'es', pt_BR: 'pt-BR' };

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
  for (const lang of Object.keys(BROWSER_LANG)) {
    describe(`the popup in a ${lang} ${kind}`, () => {
      const ctx = useSession(kind, { lang: BROWSER_LANG[lang] });

      it('speaks the browser’s language before any data', async () => {
        const page = await openPopup(ctx);
        await page.waitForSelector('[data-testid="dt-empty"]', { timeout: 10_000 });
        const seen = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          title: document.querySelector('[data-testid="dt-empty"] h2')?.textContent,
        }));
        assert.equal(seen.lang.split('-')[0], lang.split('_')[0]);
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
            // Their words in the reason (here their bio).
            bio: el.querySelector('.snippet')
              ? getComputedStyle(el.querySelector('.snippet')).direction
              : undefined,
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

/** The words each surface should show, read from the catalog the browser uses. */
const catalog = (lang) => {
  const messages = JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'));
  return (key, params = {}) =>
    messages[key].message.replace(/\{(\w+)\}/g, (whole, name) => String(params[name] ?? whole));
};

/** Prose in the language: Japanese script, or Spanish or Portuguese words and letters. */
const LOOKS = {
  ja: /[\u3040-\u30ff\u4e00-\u9fff]/,
  es: /[áéíóúñ¿¡]|\b(de|la|el|tu|un|una|en|que|es|por|con|para)\b/i,
  pt_BR: /[áéíóúãõçâêô]|\b(de|o|a|um|uma|em|que|é|por|com|para|seu|sua|você)\b/i,
};

const MARYAM = { id: '2000000501', handle: 'maryam_h', name: 'مريم الحسيني', followsMe: true };
const MAYA = { id: '1000000002', handle: 'maya_okafor', name: 'Maya Okafor', followsMe: true };

/** The replica with Maryam (an Arabic name) at the top of the home timeline. */
function xSeed() {
  const seed = JSON.parse(readFileSync(join(ROOT, 'tests/replica/seeds/default.json'), 'utf8'));
  seed.users.push({ ...MARYAM, bio: 'مهندسة برمجيات، أحب القهوة والكتب 📚' });
  seed.tweets.push({
    id: '1861000036000000000',
    author: MARYAM.handle,
    text: 'ما هي أداة المتصفح التي لا تستغني عنها؟',
    createdAt: '2026-11-26T09:00:00.000Z',
  });
  seed.homeTimeline = ['1861000036000000000', ...seed.homeTimeline];
  return { ...seed, replica: { renameEndpoints: true } };
}

/** Maya: a conversation where she wrote last (a reply is owed); Maryam: she replied, you never did. */
function xHistory(now) {
  const interaction = (kind, person, at, tweetId) => ({
    type: 'interaction',
    key: `${kind}:${person.id}:${at}`,
    kind,
    person,
    at,
    tweetId,
    text: `About ${kind}`,
  });
  return [
    interaction('reply_out', MAYA, now - 3 * DAY, '1850000000000000001'),
    interaction('reply_in', MAYA, now - 2 * DAY, '1850000000000000002'),
    interaction('like_out', MAYA, now - 1 * DAY, '1850000000000000003'),
    interaction('reply_in', MARYAM, now - 1 * DAY, '1850000000000000004'),
  ];
}

const PROMO =
  'Our new course is live! Sign up today: https://danawhitfield.dev/course/pricing?utm_source=x 50% off with code LAUNCH';

/**
 * What sticks out of `inner`'s container in a shadow root: every visible descendant's box must lie inside
 * the container's (1px for rounding), and the container must not scroll sideways.
 */
function overflowIn(page, host, container) {
  return page.evaluate(
    (h, c) => {
      const box = document.querySelector(h)?.shadowRoot?.querySelector(c);
      if (!box) return [`no ${c} in ${h}`];
      const outer = box.getBoundingClientRect();
      const out = [];
      if (box.scrollWidth > box.clientWidth + 1)
        out.push(`${c} scrolls by ${box.scrollWidth - box.clientWidth}px`);
      for (const el of box.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (!r.width || !r.height || el.closest('.visually-hidden')) continue;
        if (
          r.left < outer.left - 1 ||
          r.right > outer.right + 1 ||
          r.top < outer.top - 1 ||
          r.bottom > outer.bottom + 1
        )
          out.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.slice(0, 30)}"`);
        // A one-line box clips with an ellipsis: clipped text does not fit.
        if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow === 'hidden')
          out.push(`clipped: ${el.className} "${el.textContent.slice(0, 30)}"`);
      }
      return out;
    },
    host,
    container,
  );
}

const focusBadge = (page, handle) =>
  page.evaluate(
    (h) =>
      document
        .querySelector(`dinner-table-badge[data-handle="${h}"]`)
        .shadowRoot.querySelector('button')
        .focus(),
    handle,
  );

for (const kind of BROWSERS) {
  for (const lang of Object.keys(BROWSER_LANG)) {
    describe(`X's page in a ${lang} ${kind}: nudge, badge details, profile card`, () => {
      const ctx = useSession(kind, { lang: BROWSER_LANG[lang], seed: xSeed() });
      const t = catalog(lang);

      it('records a history to show', async () => {
        const page = await openPopup(ctx);
        const reply = await sendFromPage(page, 'events.record', {
          account: { id: ACCOUNT.id, handle: ACCOUNT.handle },
          batchId: 'i18n-x',
          events: xHistory(Date.now()),
        });
        assert.equal(reply.ok, true, JSON.stringify(reply));
        await page.close();
      });

      it('the coach engine injected at first focus holds a send in the browser’s language', async () => {
        const page = await ctx.session.newPage();
        await setViewport(page, { width: 1280, height: 900 });
        await page.goto('https://x.com/home', { waitUntil: 'load' });
        await waitForAccount(page, ACCOUNT.handle);
        const box = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
        await typeInto(page, box, PROMO);
        await waitForVerdict(page, 'promotional');
        // The verdict is in: the nudge no longer moves the Post button.
        await page.click('[data-testid="tweetButtonInline"]');
        await waitForHeld(page);
        const card = await page.evaluate(() => {
          const root = document.querySelector('dinner-table-coach').shadowRoot;
          return {
            title: root.querySelector('.title')?.textContent,
            label: root.querySelector('[data-testid="dt-card"]').getAttribute('aria-label'),
            buttons: [...root.querySelectorAll('.actions button')].map((b) => b.textContent),
            pill: root.querySelector('[data-testid="dt-pill"]').textContent,
            findings: [...root.querySelectorAll('[data-testid="dt-finding"] .message')].map(
              (p) => p.textContent,
            ),
            more: root.querySelector('[data-testid="dt-more"]')?.textContent,
          };
        });
        await screenshot(page, kind, `i18n-${lang}-nudge-held`);
        assert.equal(card.title, t('nudgeHeldTitle'));
        assert.equal(card.label, t('nudgeCardLabel'));
        assert.deepEqual(card.buttons, [t('nudgeNotNow'), t('nudgePostAnyway')]);
        const reasons = Object.keys(
          JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')),
        )
          .filter((k) => k.startsWith('reason'))
          .map((k) => t(k));
        assert.ok(
          reasons.some((r) => card.pill.startsWith(r)),
          `the pill names a reason in ${lang}: ${card.pill}`,
        );
        assert.ok(card.findings.length >= 2, `findings: ${card.findings}`);
        for (const f of card.findings) assert.match(f, LOOKS[lang], `a finding in ${lang}: ${f}`);
        if (card.more) assert.match(card.more, /\d/);
        assert.deepEqual(await overflowIn(page, 'dinner-table-coach', '[data-testid="dt-card"]'), []);
        await clickInNudge(page, '[data-testid="dt-not-now"]');
        await page.close();
      });

      it('a timeline badge’s details speak the language, fit, and keep an Arabic name right to left', async () => {
        const page = await ctx.session.newPage();
        await setViewport(page, { width: 1280, height: 900 });
        await page.goto('https://x.com/home', { waitUntil: 'load' });
        await waitForAccount(page, ACCOUNT.handle);
        await page.waitForSelector(
          `dinner-table-badge[data-handle="${MAYA.handle}"][data-stage="conversing"]`,
          {
            timeout: 15_000,
          },
        );
        const label = await page.evaluate(
          (h) =>
            document
              .querySelector(`dinner-table-badge[data-handle="${h}"]`)
              .shadowRoot.querySelector('button')
              .getAttribute('aria-label'),
          MAYA.handle,
        );
        assert.ok(label.includes(t('factFollowsYou')), label);
        await focusBadge(page, MAYA.handle);
        await inShadow(page, 'dinner-table-badge-popover', '[data-testid="dt-badge-details"]');
        const details = await page.evaluate(() => {
          const root = document.querySelector('dinner-table-badge-popover').shadowRoot;
          const text = (css) => root.querySelector(css)?.textContent;
          return {
            stage: text('.dt-pop-stage strong'),
            follows: text('.dt-chip-follows'),
            due: text('[data-testid="dt-badge-due"]'),
            last: text('[data-testid="dt-badge-last"]'),
            counts: [...root.querySelectorAll('.dt-counts dt')].map((d) => d.textContent),
            action: text('[data-testid="dt-next-action"]'),
            legend: text('[data-testid="dt-legend"] .dt-legend-title'),
          };
        });
        await screenshot(page, kind, `i18n-${lang}-badge-details`);
        assert.equal(details.stage, t('stageConversing'));
        assert.match(details.follows, new RegExp(t('followsYou')));
        assert.equal(details.due, t('dueOweReply'));
        assert.ok(details.last.startsWith(t('kindLikeOut')), details.last);
        assert.deepEqual(details.counts, [t('countsYou'), t('countsThem')]);
        assert.equal(details.action, t('stepReply'));
        assert.equal(details.legend, t('marksLegendTitle'));
        assert.deepEqual(await overflowIn(page, 'dinner-table-badge-popover', '.dt-popover'), []);
        await page.keyboard.press('Escape');
        await page.waitForFunction(
          () =>
            !document.querySelector('dinner-table-badge-popover')?.shadowRoot.querySelector('.dt-popover'),
        );

        await page.waitForSelector(
          `dinner-table-badge[data-handle="${MARYAM.handle}"]:not([data-stage="loading"])`,
        );
        await focusBadge(page, MARYAM.handle);
        const name = await inShadow(page, 'dinner-table-badge-popover', '.dt-pop-name');
        const seen = await name.evaluate((el) => ({
          text: el.textContent,
          dir: getComputedStyle(el).direction,
        }));
        assert.deepEqual(seen, { text: MARYAM.name, dir: 'rtl' });
        const step = await inShadow(page, 'dinner-table-badge-popover', '[data-testid="dt-next-step"]');
        assert.ok((await step.evaluate((el) => el.textContent)).startsWith(t('stepNeverAnswered')));
        await screenshot(page, kind, `i18n-${lang}-badge-details-rtl`);
        assert.deepEqual(await overflowIn(page, 'dinner-table-badge-popover', '.dt-popover'), []);
        await page.close();
      });

      it('the profile card says where you stand on one line, in the language, and opens without spilling', async () => {
        const page = await ctx.session.newPage();
        await setViewport(page, { width: 1280, height: 900 });
        await page.goto(`https://x.com/${MAYA.handle}`, { waitUntil: 'load' });
        await waitForAccount(page, ACCOUNT.handle);
        const toggle = await inShadow(page, 'dinner-table-profile-card', '[data-testid="dt-card-toggle"]');
        await page.waitForSelector('dinner-table-profile-card');
        await page.waitForFunction(
          (el, due) => el.querySelector('[data-testid="dt-due"]')?.textContent.includes(due),
          { timeout: 10_000 },
          toggle,
          // In the line a sentence-initial phrase starts in lower case where the script has case.
          t('dueOweReply').slice(1),
        );
        const line = await toggle.evaluate((el) => el.textContent);
        assert.ok(line.startsWith(MAYA.name), line);
        assert.ok(line.includes(t('factFollowsYou')), line);
        const height = await page.$eval(
          'dinner-table-profile-card',
          (el) => el.getBoundingClientRect().height,
        );
        assert.ok(height <= 60, `one line: ${height}px`);
        assert.deepEqual(
          await overflowIn(page, 'dinner-table-profile-card', '[data-testid="dt-card-toggle"]'),
          [],
        );
        await screenshot(page, kind, `i18n-${lang}-profile-line`);
        await toggle.click();
        await inShadow(
          page,
          'dinner-table-profile-card',
          '[data-testid="dt-history"] li[data-kind="reply_in"]',
        );
        const body = await page.evaluate(() => {
          const root = document.querySelector('dinner-table-profile-card').shadowRoot;
          return {
            met: root.querySelector('.dt-met').textContent,
            notes: root.querySelector('label[for="dt-notes"]').textContent,
            placeholder: root.querySelector('[data-testid="dt-tag-input"]').getAttribute('placeholder'),
            history: root.querySelector('[data-testid="dt-history"]').textContent,
          };
        });
        assert.equal(body.met, t('metInPerson'));
        assert.equal(body.notes, t('cardNotesLabel'));
        assert.equal(body.placeholder, t('cardAddTagPlaceholder'));
        assert.ok(body.history.includes(t('kindReplyIn')), body.history);
        await screenshot(page, kind, `i18n-${lang}-profile-card`);
        assert.deepEqual(
          await overflowIn(page, 'dinner-table-profile-card', '[data-testid="dt-profile-card"]'),
          [],
        );

        await page.goto(`https://x.com/${MARYAM.handle}`, { waitUntil: 'load' });
        const title = await inShadow(page, 'dinner-table-profile-card', '.dt-card-title');
        await page.waitForFunction((el, n) => el.textContent === n, { timeout: 10_000 }, title, MARYAM.name);
        assert.equal(await title.evaluate((el) => getComputedStyle(el).direction), 'rtl');
        await screenshot(page, kind, `i18n-${lang}-profile-rtl`);
        assert.deepEqual(
          await overflowIn(page, 'dinner-table-profile-card', '[data-testid="dt-profile-card"]'),
          [],
        );
        await page.close();
      });
    });
  }
}
