import { describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/open';
import { countRows } from '@/lib/db/transfer';
import {
  DANA as account,
  backgroundOnFreshDatabase,
  contentScript as content,
  likeOut,
  popupPage as popup,
} from '../archive/background-harness';

const batch = (n: number) => ({
  account,
  batchId: `b${n}`,
  // Three likes of the same three people in every batch.
  events: [1, 2, 3].map((i) => likeOut(n * 10 + i, { person: { id: String(2000 + i) } })),
});

/**
 * A database whose disk is full: like a browser at its quota, every write transaction fails when
 * it commits, is rolled back, and reports QuotaExceededError.
 */
function fullDisk(db: Database): Database {
  return new Proxy(db, {
    get(target, prop) {
      if (prop !== 'transaction') return Reflect.get(target, prop);
      return (...args: Parameters<Database['transaction']>) => {
        const tx = target.transaction(...args);
        if (args[1] !== 'readwrite') return tx;
        tx.done.catch(() => {});
        const failingCommit = () =>
          Promise.resolve().then(() => {
            tx.abort();
            throw new DOMException('The disk is full', 'QuotaExceededError');
          });
        return new Proxy(tx, {
          get(t, key) {
            if (key === 'done') return failingCommit();
            const value = Reflect.get(t, key);
            return typeof value === 'function' ? value.bind(t) : value;
          },
        });
      };
    },
  });
}

describe('a full disk', () => {
  let full = true;
  const { state, raw: send } = backgroundOnFreshDatabase({
    sender: content,
    serve: (db) => (full ? fullDisk(db) : db),
  });

  it('refuses the batch whole, says so in the popup, and clears the message once writing works again', async () => {
    full = true;

    const refused = await send('events.record', batch(1));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'storage-full', message: expect.stringMatching(/disk is full/i) },
    });
    expect((await countRows(state.db, account.id)).interactions).toBe(0);
    expect((await countRows(state.db, account.id)).contacts).toBe(0);
    const status = await send('status.get', {}, popup);
    expect(status).toMatchObject({
      ok: true,
      data: { storageProblem: { message: expect.stringMatching(/disk is full/i) } },
    });

    full = false;
    expect(await send('events.record', batch(1))).toMatchObject({ ok: true, data: { stored: 3 } });
    const after = await send('status.get', {}, popup);
    expect((after as { data: { storageProblem?: unknown } }).data.storageProblem).toBeUndefined();
  });
});
