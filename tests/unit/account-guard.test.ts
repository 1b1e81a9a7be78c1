import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT_MISMATCH, ACCOUNT_ROUTE, accountMismatch, watchAccount } from '@/lib/features/account-guard';
import { backgroundOnFreshDatabase, contentScript, optionsPage } from '../archive/background-harness';

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
  const { send } = backgroundOnFreshDatabase({ sender: contentScript });
  it('is kept for the account until a tab starts with X’s handle and id in agreement', async () => {
    await send('account.seen', dana);
    const report = { route: ACCOUNT_ROUTE, path: '/home', at: 1, found: [], missing: [ACCOUNT_MISMATCH] };
    await send('health.report', { account: dana.id, report });
    const status = async () => (await send('status.get', {}, optionsPage)) as { health: unknown[] };
    expect((await status()).health).toEqual([{ account: dana.id, report }]);
    await send('account.seen', dana);
    expect((await status()).health).toEqual([]);
  });
});
