// Nothing private in X's DOM (issue #10.3): without the test harness's hooks, a script in the page's
// own world finds no stage, note, count, tag or account id anywhere it can read, and cannot make
// us write anything on demand. The hooks are turned off for this file only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sendFromPage } from './browsers.mjs';
import { BROWSERS, screenshot, useSession } from './session.mjs';
import { ME } from './x-page.mjs';

const DAY = 86_400_000;
const NOTE = 'Zanzibar-private-note-7731';
const TAG = 'secret-tag-4412';
const MAYA = { id: '1000000002', handle: 'maya_okafor', name: 'Maya Okafor', followsMe: true };
const STAGES = ['stranger', 'noticed', 'talked', 'conversing', 'friend'];

function seedEvents(now) {
  const interaction = (kind, at, tweetId) => ({
    type: 'interaction',
    key: `${kind}:${MAYA.id}:${at}`,
    kind,
    person: MAYA,
    at,
    tweetId,
    text: `About ${kind}`,
  });
  return [
    interaction('reply_out', now - 3 * DAY, '1850000000000000001'),
    interaction('reply_in', now - 2 * DAY, '1850000000000000002'),
    interaction('like_out', now - DAY, '1850000000000000003'),
  ];
}

/**
 * What a page script can read: every attribute and text of the light DOM and of any open shadow
 * root, which of our hosts expose a shadow root, and whether asking for our perf numbers writes
 * anything. Runs in the page's main world (puppeteer's evaluate), as X's own scripts do.
 */
function readAsPage(page) {
  return page.evaluate(async () => {
    document.dispatchEvent(new Event('dinner-table-perf-request'));
    await new Promise((r) => setTimeout(r, 200));
    const attributes = [];
    const texts = [];
    const hosts = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.attributes) attributes.push(`${el.localName}[${a.name}=${a.value}]`);
        if (el.localName.startsWith('dinner-table-')) {
          const box = el.getBoundingClientRect();
          hosts.push({
            tag: el.localName,
            open: el.shadowRoot !== null,
            visible: box.width * box.height > 0,
          });
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
      texts.push(root === document ? document.documentElement.outerHTML : root.innerHTML);
    };
    walk(document);
    for (const a of document.documentElement.attributes) attributes.push(`html[${a.name}=${a.value}]`);
    return { attributes, text: texts.join('\n'), hosts };
  });
}

function assertNothingPrivate(seen, what) {
  const ours = seen.attributes.filter((a) =>
    /data-(stage|follows|unmet|handle|id|variant|dinner-table)/.test(a),
  );
  const onHosts = ours.filter((a) => a.startsWith('dinner-table-') || a.startsWith('html['));
  assert.deepEqual(onHosts, [], `${what}: no Dinner Table data attribute a page can read`);
  assert.deepEqual(
    seen.hosts.filter((h) => h.open),
    [],
    `${what}: every Dinner Table shadow root is closed`,
  );
  assert.ok(!seen.text.includes(NOTE), `${what}: the private note is not readable`);
  assert.ok(!seen.text.includes(TAG), `${what}: the tag is not readable`);
  assert.ok(!seen.text.includes('dt-'), `${what}: no dt-* test hook is readable`);
  const hostAttrs = seen.attributes.filter((a) => a.startsWith('dinner-table-'));
  for (const stage of STAGES) {
    assert.ok(!hostAttrs.some((a) => a.includes(stage)), `${what}: no "${stage}" on our hosts`);
  }
  assert.ok(
    !seen.attributes.some((a) => a.includes('data-dinner-table-perf')),
    `${what}: a page event cannot make us write our perf numbers`,
  );
  assert.ok(
    !seen.attributes.some((a) => a.startsWith('html[') && a.includes(ME.id)),
    `${what}: the account id is not on <html>`,
  );
}

for (const kind of BROWSERS) {
  describe(`nothing private in X's DOM in ${kind}`, () => {
    const ctx = useSession(kind, { testHooks: false });

    it('records a history, a note and a tag from an extension page', async () => {
      const popup = await ctx.session.openExtensionPage('popup.html');
      const recorded = await sendFromPage(popup, 'events.record', {
        account: ME,
        batchId: 'privacy-seed',
        events: seedEvents(Date.now()),
      });
      assert.equal(recorded.ok, true, JSON.stringify(recorded));
      const updated = await sendFromPage(popup, 'contact.update', {
        account: ME.id,
        person: `id:${MAYA.id}`,
        handle: MAYA.handle,
        patch: { notes: NOTE, tags: [TAG] },
      });
      assert.equal(updated.ok, true, JSON.stringify(updated));
      assert.equal(updated.data.contact.notes, NOTE);
      await popup.close();
    });

    for (const [what, path, host] of [
      ['the home timeline', '/home', 'dinner-table-badge'],
      ['a profile with notes', `/${MAYA.handle}`, 'dinner-table-profile-card'],
      ['a followers list', `/${ME.handle}/followers`, 'dinner-table-badge'],
    ]) {
      it(`shows our UI on ${what} yet a page script reads nothing private`, async () => {
        const page = await ctx.session.newPage();
        await page.goto(`https://x.com${path}`, { waitUntil: 'load' });
        // Our UI is there (so the check below is not vacuous): a visible host of the right kind.
        await page.waitForFunction(
          (tag) =>
            [...document.querySelectorAll(tag)].some((h) => {
              const box = h.getBoundingClientRect();
              return box.width * box.height > 0;
            }),
          { timeout: 20_000, polling: 100 },
          host,
        );
        // Let lookups answer and renders settle before reading.
        await new Promise((r) => setTimeout(r, 1500));
        const seen = await readAsPage(page);
        assert.ok(
          seen.hosts.some((h) => h.tag === host && h.visible),
          `${what}: ${host} is shown`,
        );
        assertNothingPrivate(seen, what);
        await screenshot(page, kind, `privacy-${path.replaceAll('/', '_')}`);
        await page.close();
      });
    }
  });
}
