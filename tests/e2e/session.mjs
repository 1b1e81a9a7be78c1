// Shared set-up for e2e files: the replica and one browser with the extension, per browser kind.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { startReplica } from '../replica/server.mjs';
import { launch, ROOT } from './browsers.mjs';

/** Which browsers to run: DT_BROWSERS=chromium,firefox (default both). */
export const BROWSERS = (process.env.DT_BROWSERS ?? 'chromium,firefox').split(',').filter(Boolean);

export const ARTIFACTS = join(ROOT, 'tests/.artifacts');

/**
 * Registers before/after hooks in the calling describe block and returns a live handle:
 * `ctx.replica`, `ctx.session` are set once `before` ran.
 */
export function useSession(kind, { seed, extension = true, testHooks = true, lang, updatable } = {}) {
  const ctx = {};
  before(async () => {
    ctx.replica = await startReplica({ port: kind === 'firefox' ? 443 : 0, ...(seed && { seed }) });
    ctx.session = await launch({
      kind,
      port: ctx.replica.port,
      extension,
      testHooks,
      updatable,
      ...(lang && { lang }),
    });
  });
  after(async () => {
    await ctx.session?.close();
    await ctx.replica?.close();
  });
  return ctx;
}

export async function screenshot(page, kind, name) {
  const dir = join(ARTIFACTS, kind);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Waits for the content script to have found the account on an X page. */
export function waitForAccount(page, handle) {
  return page.waitForFunction(
    (h) => document.documentElement.dataset.dinnerTableAccount === h,
    { timeout: 20_000 },
    handle,
  );
}
