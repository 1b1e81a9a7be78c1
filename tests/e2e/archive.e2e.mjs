// Imports a real fixture archive (zipped at test time, never committed) through the options page,
// then asks the background, from the popup page, for the unmet followers it now knows.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  configure,
  Uint8ArrayReader,
  Uint8ArrayWriter,
  ZipWriter,
} from '@zip.js/zip.js/lib/zip-core-native.js';
import { ROOT, sendFromPage } from './browsers.mjs';
import { BROWSERS, screenshot, useSession } from './session.mjs';

configure({ useWebWorkers: false });

const FIXTURES = resolve(ROOT, '../shared/fixtures/x-archive');
const ARCHIVE = 'andreruffert_twitter/2022-11-14_28aab96';
const OWNER = { id: '112769581', handle: 'andreruffert' };
// Counted by hand from the fixture (see tests/unit/archive-fixtures.test.ts): 420 followers, 295 following,
// 110 tweets of which 37 are retweets (→ 73 posts), no DMs, 640 likes. 7 followers were replied to or
// mentioned, so 413 remain unmet (tests/unit/archive-import.test.ts computes the same from the rows).
const EXPECTED = { followers: '420', following: '295', posts: '73', dms: '0', likes: '640' };
const UNMET = 413;

const present = existsSync(FIXTURES);
if (!present && process.env.CI) throw new Error(`X archive fixtures missing at ${FIXTURES}`);
/** A plain clone has no ../shared: the suite is skipped by name (never under CI, see above). */
const SKIP = !present && `needs the X archive fixtures at ${FIXTURES} (../shared is not beside this clone)`;

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });

async function zipFolder(dir, out) {
  const writer = new ZipWriter(new Uint8ArrayWriter(), { zip64: true, useWebWorkers: false });
  for (const p of walk(dir))
    await writer.add(`twitter-2022-11-14/${relative(dir, p)}`, new Uint8ArrayReader(readFileSync(p)));
  writeFileSync(out, await writer.close());
}

const seed = JSON.parse(readFileSync(join(ROOT, 'tests/replica/seeds/default.json'), 'utf8'));
seed.me = { ...seed.me, ...OWNER, name: 'André Ruffert' };

let tmp;
before(async () => {
  if (SKIP) return;
  tmp = mkdtempSync(join(tmpdir(), 'dt-archive-e2e-'));
  await zipFolder(join(FIXTURES, ARCHIVE), join(tmp, 'archive.zip'));
  writeFileSync(join(tmp, 'not-a-zip.zip'), 'this is not a zip file, just text pretending to be one');
});
after(() => tmp && rmSync(tmp, { recursive: true, force: true }));

for (const kind of BROWSERS) {
  describe(`archive import in ${kind}`, { skip: SKIP }, () => {
    const ctx = useSession(kind, { seed });

    it('says clearly when the file is not a zip, and imports nothing', async () => {
      // The account is made as a first visit to x.com would make it, but without the home timeline,
      // whose data (read by the network lens) already names some followers.
      const maker = await ctx.session.openExtensionPage('options.html');
      const made = await sendFromPage(maker, 'events.record', {
        account: { id: OWNER.id, handle: OWNER.handle },
        batchId: 'first-visit',
        events: [{ type: 'profile', person: { id: '42', handle: 'not_a_follower' }, at: Date.now() }],
      });
      assert.equal(made.ok, true, JSON.stringify(made));
      await maker.close();

      const options = await ctx.session.openExtensionPage('options.html');
      const input = await options.waitForSelector('[data-testid="dt-archive-input"]', { timeout: 15_000 });
      await input.uploadFile(join(tmp, 'not-a-zip.zip'));
      const result = await options.waitForSelector('[data-testid="dt-import-result"]', { timeout: 30_000 });
      const error = await result.evaluate((el) => el.dataset.error);
      assert.match(error, /not a zip/i);
      assert.match(error, /Nothing was imported/);
      const list = await sendFromPage(options, 'contacts.list', { account: OWNER.id, unmetOnly: true });
      assert.equal(list.data.total, 0);
      await options.close();
    });

    it('imports the archive through the options page; the popup then knows its unmet followers', async () => {
      const options = await ctx.session.openExtensionPage('options.html');
      const input = await options.waitForSelector('[data-testid="dt-archive-input"]', { timeout: 15_000 });
      await input.uploadFile(join(tmp, 'archive.zip'));
      const result = await options.waitForSelector('[data-testid="dt-import-result"]:not([data-error])', {
        timeout: 60_000,
      });
      const counts = await result.evaluate((el) => ({ ...el.dataset }));
      assert.deepEqual(
        {
          followers: counts.followers,
          following: counts.following,
          posts: counts.posts,
          dms: counts.dms,
          likes: counts.likes,
        },
        EXPECTED,
      );
      await screenshot(options, kind, 'archive-imported');

      const popup = await ctx.session.openExtensionPage('popup.html');
      const list = await sendFromPage(popup, 'contacts.list', {
        account: OWNER.id,
        unmetOnly: true,
        limit: 5,
      });
      assert.equal(list.ok, true);
      assert.equal(list.data.total, UNMET);
      assert.equal(list.data.rows.length, 5);
      assert.ok(list.data.rows.every((row) => row.followsMe === true && /^\d+$/.test(row.key)));

      // Importing the same archive again adds nothing.
      await options.close();
      const second = await ctx.session.openExtensionPage('options.html');
      const again = await second.waitForSelector('[data-testid="dt-archive-input"]', { timeout: 15_000 });
      await again.uploadFile(join(tmp, 'archive.zip'));
      await second.waitForSelector('[data-testid="dt-import-result"]:not([data-error])', { timeout: 60_000 });
      const text = await second.$eval('[data-testid="dt-import-result"]', (el) => el.textContent);
      assert.match(text, /already here: nothing changed/);
      const after = await sendFromPage(popup, 'contacts.list', {
        account: OWNER.id,
        unmetOnly: true,
        limit: 1,
      });
      assert.equal(after.data.total, UNMET);
      await popup.close();
      await second.close();
    });
  });
}
