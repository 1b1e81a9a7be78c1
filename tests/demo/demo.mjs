// `npm run demo`: build Dinner Table, start the local replica of X, and open Chromium with the
// extension on it, on an account with a past: a sample X archive (tests/demo/sample-archive.mjs,
// dated back from today) is imported through the options page as a person would, then a short walk
// on X (followers, notifications, a chat) records today's side. The popup then shows what each part
// is for: replies owed, conversations going cold, a handful with reasons, the unmet, a week of balance.
//
// `npm run demo -- --headless` saves screenshots instead and prints their paths: first the new user's
// first minutes (the popup before X, after the followers page, the card holding a post, the options
// page), then the lived-in popup on every tab.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, ROOT, setViewport } from '../e2e/browsers.mjs';
import { startReplica } from '../replica/server.mjs';
import { sampleArchive } from './sample-archive.mjs';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
if (!process.argv.includes('--headless') && !process.env.DISPLAY) {
  console.log('No display found: running headless and saving screenshots instead of opening a window.');
}

const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const ME = { id: '1000000001', handle: 'dana_builds' };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const replica = await startReplica({ port: 0 });
const session = await launch({ kind: 'chromium', port: replica.port, headless });
const dir = join(ROOT, 'tests/.artifacts/demo');
mkdirSync(dir, { recursive: true });
const shots = [];
const shoot = async (target, name) => {
  if (!headless) return;
  const path = join(dir, `${name}.png`);
  await target.screenshot({ path });
  shots.push(path);
};
const openPopup = async () => {
  const popup = await session.openExtensionPage('popup.html');
  await setViewport(popup, { width: 400, height: 600 });
  return popup;
};
const clickTab = async (popup, name) => {
  for (const tab of await popup.$$('[role="tab"]'))
    if ((await tab.evaluate((el) => el.textContent)) === name) await tab.click();
};

const page = await session.newPage();
const go = async (path) => {
  await page.goto(`https://x.com${path}`, { waitUntil: 'load' });
  await page.waitForFunction((h) => document.documentElement.dataset.dinnerTableAccount === h, {}, ME.handle);
  // Let the content script see the page and send what it read (it batches for a quarter second).
  await sleep(900);
};

if (headless) {
  // A new user's first minutes (issue 17): the popup before X is open, then after the followers page.
  const first = await openPopup();
  await first.waitForSelector('[data-testid="dt-empty"]', { timeout: 10_000 });
  await shoot(first, 'new-user-1-popup-before-x');
  await first.close();
  await go(`/${ME.handle}/followers`);
  const found = await openPopup();
  await found.waitForSelector('[data-testid="dt-handful"], [data-testid="dt-empty-handful"]', {
    timeout: 10_000,
  });
  await sleep(300);
  await shoot(found, 'new-user-2-popup-after-followers');
  await found.close();
  // The card while holding a post that sells.
  await go('/home');
  const box = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
  await page.click(box);
  await page.keyboard.type(
    'New course is live! Sign up today at https://danawhitfield.dev/course/pricing?utm_source=x, 50% off',
  );
  await page.waitForFunction(
    () =>
      document.querySelector('dinner-table-coach')?.shadowRoot?.querySelector('[data-verdict="promotional"]'),
    { timeout: 10_000 },
  );
  await page.click('[data-testid="tweetButtonInline"]');
  await sleep(500);
  await shoot(page, 'new-user-3-x-card-holding');
  await page.keyboard.press('Escape');
  const options = await session.openExtensionPage('options.html');
  await sleep(800);
  await shoot(options, 'new-user-4-options');
  await options.close();
} else {
  await go('/home');
}

// A past: the sample archive, imported where a person imports theirs.
const tmp = mkdtempSync(join(tmpdir(), 'dt-demo-'));
try {
  const zip = join(tmp, 'twitter-archive-dana_builds.zip');
  writeFileSync(zip, await sampleArchive(Date.now()));
  const options = await session.openExtensionPage('options.html');
  const input = await options.waitForSelector('[data-testid="dt-archive-input"]', { timeout: 15_000 });
  await input.uploadFile(zip);
  const result = await options.waitForSelector('[data-testid="dt-import-result"]', { timeout: 60_000 });
  if (await result.evaluate((el) => el.hasAttribute('data-error'))) {
    throw new Error(`The sample archive did not import: ${await result.evaluate((el) => el.textContent)}`);
  }
  await shoot(options, 'lived-in-0-options-imported');
  await options.close();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// Today's side, as a person's morning on X: who follows you, who wrote, two chats.
for (const path of [
  `/${ME.handle}/followers`,
  '/notifications',
  `/i/chat/${ME.id}-1000000002`,
  `/i/chat/${ME.id}-1000000004`,
  '/jonas_eriksen',
  '/diego_rust',
  '/home',
]) {
  await go(path);
}

const popup = await openPopup();
await popup.waitForSelector('[data-testid="dt-due-list"]', { timeout: 10_000 });
await popup.waitForSelector('[data-testid="dt-handful"]', { timeout: 10_000 });
await sleep(300);

if (!headless) {
  await popup.bringToFront();
  console.log(
    'Dinner Table is running on a local replica of X at https://x.com/home (logged in as @dana_builds),',
  );
  console.log('with a sample archive imported: the popup tab shows replies owed, people going cold and');
  console.log('followers to meet. Write a post with a sales link on X to see the nudge. Ctrl+C to stop.');
  process.on('SIGINT', async () => {
    await session.close();
    await replica.close();
    process.exit(0);
  });
} else {
  await shoot(popup, 'lived-in-1-popup-today');
  await popup.$eval('.panel', (el) => el.scrollTo(0, el.scrollHeight));
  await sleep(200);
  await shoot(popup, 'lived-in-2-popup-today-end');
  await clickTab(popup, 'Unmet');
  await popup.waitForSelector('[data-testid="dt-unmet-list"]', { timeout: 10_000 });
  await sleep(300);
  await shoot(popup, 'lived-in-3-popup-unmet');
  await clickTab(popup, 'Balance');
  await popup.waitForSelector('[data-testid="dt-balance"]', { timeout: 10_000 });
  await sleep(300);
  await shoot(popup, 'lived-in-4-popup-balance');
  await clickTab(popup, 'Today');
  await popup.waitForSelector('[data-testid="dt-due"] button.name', { timeout: 10_000 });
  await popup.click('[data-testid="dt-due"][data-reason="going-cold"] button.name');
  await popup.waitForSelector('[data-testid="dt-cadence"]', { timeout: 10_000 });
  await sleep(300);
  await shoot(popup, 'lived-in-5-popup-person');

  await session.close();
  await replica.close();
  console.log('Screenshots:');
  for (const path of shots) console.log(`  ${path}`);
}
