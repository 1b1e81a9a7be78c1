import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { route } from '@/lib/background/router';
import { openDatabase } from '@/lib/db/open';
import { ACCOUNT_MISMATCH, ACCOUNT_ROUTE, accountMismatch, watchAccount } from '@/lib/features/account-guard';

const dana = { id: '1000000001', handle: 'dana_builds' };

describe('accountMismatch', () => {
  it('agrees when the signs name the account (handles are case-insensitive) or say nothing', () => {
    expect(accountMismatch(dana, {})).toBe(false);
    expect(
      accountMismatch(dana, { cookieId: dana.id, domHandle: 'Dana_Builds', lensHandle: 'DANA_builds' }),
    ).toBe(false);
  });
  it('disagrees when the cookie names another id, or the page or X’s data another handle', () => {
    expect(accountMismatch(dana, { cookieId: '1000000002', domHandle: 'dana_builds' })).toBe(true);
    expect(accountMismatch(dana, { cookieId: dana.id, domHandle: 'maya_okafor' })).toBe(true);
    expect(accountMismatch(dana, { cookieId: dana.id, lensHandle: 'maya_okafor' })).toBe(true);
  });
});

describe('watchAccount', () => {
  afterEach(() => vi.useRealTimers());

  it('stops once, on the first check that finds another account, and not after the tab’s end', () => {
    vi.useFakeTimers();
    let signs = { cookieId: dana.id, domHandle: 'dana_builds' };
    const onMismatch = vi.fn();
    const life = new AbortController();
    watchAccount(dana, () => signs, onMismatch, life.signal, 1000);
    vi.advanceTimersByTime(5000);
    expect(onMismatch).not.toHaveBeenCalled();
    signs = { cookieId: '1000000002', domHandle: 'dana_builds' }; // switched in another tab
    vi.advanceTimersByTime(1000);
    expect(onMismatch).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(onMismatch).toHaveBeenCalledTimes(1);

    const later = vi.fn();
    const ended = new AbortController();
    watchAccount(dana, () => signs, later, ended.signal, 1000);
    ended.abort();
    vi.advanceTimersByTime(5000);
    expect(later).not.toHaveBeenCalled();
  });
});

describe('the mismatch in the health view', () => {
  it('is kept for the account until a tab starts with X’s handle and id in agreement', async () => {
    fakeBrowser.reset();
    const db = await openDatabase(`guard-${Math.random()}`);
    const handlers = createHandlers(async () => db);
    const check = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
    const tab = {
      id: 'ext-id',
      url: 'https://x.com/home',
      tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
    };
    const page = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' };
    const send = (type: string, input: unknown, sender: object = tab) =>
      route({ dt: 1, type, input }, sender, handlers, check);
    await send('account.seen', dana);
    const report = { route: ACCOUNT_ROUTE, path: '/home', at: 1, found: [], missing: [ACCOUNT_MISMATCH] };
    await send('health.report', { account: dana.id, report });
    const status = async () => ((await send('status.get', {}, page)) as { data: { health: unknown[] } }).data;
    expect((await status()).health).toEqual([{ account: dana.id, report }]);
    await send('account.seen', dana);
    expect((await status()).health).toEqual([]);
  });
});
