// @vitest-environment node
// An X tab reports its account on every page load ('account.seen'). What another handler writes to the
// account's row meanwhile (a wipe, an import's journal, the unmet count) must survive it: the row is
// read and written in one transaction.
import { describe, expect, it, vi } from 'vitest';
import { beginArchiveImport, finishArchiveImport, importArchiveChunk } from '@/lib/db/import-archive';
import {
  backgroundOnFreshDatabase,
  contentScript,
  DANA,
  optionsPage,
  popupPage,
} from '../archive/background-harness';

const { state, send, freshDatabase } = backgroundOnFreshDatabase();
const zero = { followers: 0, following: 0, posts: 0, interactions: 0, likes: 0, handles: 0 };
const counts = { followers: 0, following: 0, posts: 0, reposts: 0, dms: 0, likes: 0 };
/** Lets `n` promise steps of the handlers already running go by. */
const steps = async (n: number) => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

describe('a page load of X while the account row is being written', () => {
  it('keeps the unmet count a batch of followers just stored', async () => {
    await send('account.seen', DANA, contentScript);
    await send('contacts.list', { account: DANA.id, unmetOnly: true });
    const follower = { type: 'edge', list: 'followers', person: { id: '777', handle: 'newfan' }, at: 1.7e12 };
    await Promise.all([
      send('account.seen', DANA, contentScript),
      send('events.record', { account: DANA, batchId: 'b1', events: [follower] }, contentScript),
    ]);
    expect((await state.db.get('accounts', DANA.id))?.unmetCount).toBe(1);
  });

  it('keeps an archive import whole, whichever step the page load falls on', async () => {
    const failed: string[] = [];
    for (let delay = 0; delay < 40; delay += 3) {
      await freshDatabase();
      await send('account.seen', DANA, contentScript);
      await beginArchiveImport(state.db, {
        id: 'imp_1',
        account: DANA,
        seenAt: 1.7e12,
        totals: { ...zero, followers: 1 },
        counts,
      });
      const seen = send('account.seen', DANA, contentScript);
      await steps(delay);
      const chunk = importArchiveChunk(state.db, DANA.id, 'imp_1', {
        part: 'followers',
        offset: 0,
        items: ['42'],
      });
      await Promise.all([seen, chunk]);
      await finishArchiveImport(state.db, DANA.id, 'imp_1').catch((e: Error) =>
        failed.push(`${delay}: ${e.name}`),
      );
    }
    expect(failed).toEqual([]);
  });

  it('never brings back a wiped account', async () => {
    await send('account.seen', DANA, contentScript);
    await send('contacts.list', { account: DANA.id, unmetOnly: true });
    const seen = send('account.seen', DANA, contentScript);
    await steps(20);
    await Promise.all([seen, send('data.wipe', { account: DANA.id }, optionsPage)]);
    const row = await state.db.get('accounts', DANA.id);
    // Either the wipe came last (no row) or the page load did (a new row, with nothing of the old one).
    expect(row?.unmetCount).toBeUndefined();
  });
});

describe('a clock set back between two accounts', () => {
  it('still shows in the popup the account signed in last', async () => {
    await freshDatabase();
    const alice = { id: '111', handle: 'alice' };
    const bob = { id: '222', handle: 'bob' };
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.UTC(2026, 5, 2)); // a day fast
      await send('account.seen', alice, contentScript);
      vi.setSystemTime(Date.UTC(2026, 5, 1)); // corrected; then X is switched to bob
      await send('account.seen', bob, contentScript);
      await send(
        'events.record',
        {
          account: bob,
          batchId: 'b',
          events: [{ type: 'profile', person: { id: '9', handle: 'x9' }, at: 1.7e12 }],
        },
        contentScript,
      );
      expect((await send('handful.get', {}, popupPage)).account).toBe(bob.id);
    } finally {
      vi.useRealTimers();
    }
  });
});
