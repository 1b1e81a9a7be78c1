import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { route } from '@/lib/background/router';
import { type Database, openDatabase } from '@/lib/db/open';
import { countRows } from '@/lib/db/transfer';

const check = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const popup: Runtime.MessageSender = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const content: Runtime.MessageSender = {
  id: 'ext-id',
  url: 'https://x.com/home',
  tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};
const account = { id: '1000000001', handle: 'dana_builds' };
const batch = (n: number) => ({
  account,
  batchId: `b${n}`,
  events: [1, 2, 3].map((i) => ({
    type: 'interaction',
    key: `like_out:${n}${i}`,
    kind: 'like_out',
    person: { id: String(2000 + i) },
    at: i,
  })),
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
  let db: Database;
  beforeEach(async () => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    db = await openDatabase();
  });

  it('refuses the batch whole, says so in the popup, and clears the message once writing works again', async () => {
    let full = true;
    const handlers = createHandlers(async () => (full ? fullDisk(db) : db));
    const send = (type: string, input: unknown, sender = content) =>
      route({ dt: 1, type, input }, sender, handlers, check);

    const refused = await send('events.record', batch(1));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'storage-full', message: expect.stringMatching(/disk is full/i) },
    });
    expect((await countRows(db, account.id)).interactions).toBe(0);
    expect((await countRows(db, account.id)).contacts).toBe(0);
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
