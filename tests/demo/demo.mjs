// `npm run demo`: build Dinner Table, start the local replica of X, and open Chromium with the
// extension on it. `npm run demo -- --headless` saves a screenshot of each surface and prints the paths.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT, setViewport } from '../e2e/browsers.mjs';
import { startReplica } from '../replica/server.mjs';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
if (!process.argv.includes('--headless') && !process.env.DISPLAY) {
  console.log('No display found: running headless and saving screenshots instead of opening a window.');
}

const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const replica = await startReplica({ port: 0 });
const session = await launch({ kind: 'chromium', port: replica.port, headless });
const page = await session.newPage();
await page.goto('https://x.com/home', { waitUntil: 'load' });
await page.waitForFunction(() => document.documentElement.dataset.dinnerTableAccount, { timeout: 20_000 });

if (!headless) {
  console.log(
    'Dinner Table is running on a local replica of X at https://x.com/home (logged in as @dana_builds).',
  );
  console.log(
    'Write a post with a sales link to see the nudge; open the toolbar icon for the popup. Ctrl+C to stop.',
  );
  process.on('SIGINT', async () => {
    await session.close();
    await replica.close();
    process.exit(0);
  });
} else {
  const dir = join(ROOT, 'tests/.artifacts/demo');
  mkdirSync(dir, { recursive: true });
  const shots = [];
  const shoot = async (target, name) => {
    const path = join(dir, `${name}.png`);
    await target.screenshot({ path });
    shots.push(path);
  };

  // Walk a little, as a person would, so the popup has something to show.
  for (const path of ['/maya_okafor', '/dana_builds/followers', '/notifications', '/home']) {
    await page.goto(`https://x.com${path}`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 800));
  }
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
  await new Promise((resolve) => setTimeout(resolve, 500));
  await shoot(page, 'x-home-with-nudge');

  const popup = await session.openExtensionPage('popup.html');
  await setViewport(popup, { width: 400, height: 600 });
  await new Promise((resolve) => setTimeout(resolve, 800));
  await shoot(popup, 'popup');
  const options = await session.openExtensionPage('options.html');
  await new Promise((resolve) => setTimeout(resolve, 800));
  await shoot(options, 'options');

  await session.close();
  await replica.close();
  console.log('Screenshots:');
  for (const path of shots) console.log(`  ${path}`);
}
