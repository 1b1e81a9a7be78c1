import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { reinjectable, reinjectIntoOpenTabs } from '@/lib/background/reinject';

// The two content scripts as the Chrome build's manifest lists them.
const LENS = {
  matches: ['https://x.com/*'],
  js: ['content-scripts/lens.js'],
  run_at: 'document_start',
  world: 'MAIN',
};
const X = {
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  js: ['content-scripts/x.js'],
  css: ['content-scripts/x.css'],
};

describe('re-injecting after an install or update (Chrome)', () => {
  it('runs the isolated-world scripts again, never the page-world lens (its old copy is still alive)', () => {
    expect(reinjectable([LENS, X])).toEqual([X]);
    expect(reinjectable(undefined)).toEqual([]);
  });

  it('puts the script in each open matching tab, skips discarded ones, and a failing tab stops nothing', async () => {
    vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ content_scripts: [LENS, X] } as never);
    const query = vi.fn(async () => [
      { id: 1, discarded: false },
      { id: 2, discarded: true },
      { id: 3, discarded: false },
      { id: 4, discarded: false },
    ]);
    const executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
      if (target.tabId === 3) throw new Error('Cannot access contents of the page');
      return [];
    });
    const insertCSS = vi.fn(async () => {});
    Object.assign(browser.tabs, { query });
    Object.assign(browser, { scripting: { executeScript, insertCSS } });
    expect(await reinjectIntoOpenTabs()).toBe(2);
    expect(query).toHaveBeenCalledTimes(1);
    expect(query).toHaveBeenCalledWith({ url: X.matches });
    expect(executeScript.mock.calls.map(([a]) => a)).toEqual([
      { target: { tabId: 1, allFrames: false }, files: X.js },
      { target: { tabId: 3, allFrames: false }, files: X.js },
      { target: { tabId: 4, allFrames: false }, files: X.js },
    ]);
    expect(insertCSS).toHaveBeenCalledTimes(3);
  });
});
