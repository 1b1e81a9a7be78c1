import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { route } from '@/lib/background/router';
import { createConnection } from '@/lib/db/connection';
import { MIGRATIONS } from '@/lib/db/migrations';
import { openDatabase } from '@/lib/db/open';
import { createEventQueue } from '@/lib/features/event-queue';
import { MessageError } from '@/lib/messages/protocol';
import type { PageEvent } from '@/lib/messages/schemas';

const check = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const content: Runtime.MessageSender = {
  id: 'ext-id',
  url: 'https://x.com/home',
  tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};
const account = { id: '1000000001', handle: 'dana_builds' };
const like = (n: number): PageEvent => ({
  type: 'interaction',
  key: `like_out:${n}`,
  kind: 'like_out',
  person: { id: String(3000 + (n % 50)) },
  at: 1_700_000_000_000 + n,
  tweetId: String(n + 1),
});

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});

describe('a database that recovers', () => {
  it('reopens after the connection is closed under load, and nothing is lost', async () => {
    const getDb = createConnection();
    const handlers = createHandlers(getDb);
    const queue = createEventQueue(
      account,
      async (batch) => {
        const reply = await route({ dt: 1, type: 'events.record', input: batch }, content, handlers, check);
        if (!reply.ok) throw new MessageError(reply.error.code, reply.error.message);
      },
      1,
    );
    let closes = 0;
    for (let n = 0; n < 600; n++) {
      queue.push(like(n));
      // Close the connection every 150 events while batches are in flight.
      if (n % 150 === 75) {
        (await getDb()).close();
        closes++;
      }
      if (n % 40 === 0) void queue.flushNow();
    }
    for (let i = 0; i < 200 && queue.pending > 0; i++) await queue.flushNow();
    expect(closes).toBe(4);
    expect(queue.pending).toBe(0);
    expect(queue.dropped).toBe(0);
    const db = await openDatabase();
    expect(await db.count('interactions')).toBe(600);
    queue.stop();
  });

  it('lets a newer version upgrade (versionchange) and opens again afterwards', async () => {
    const getDb = createConnection();
    const first = await getDb();
    // Another connection asks for a newer version: ours closes so it is not blocked.
    const { openDB } = await import('idb');
    const newer = await openDB('dinner-table', first.version + 1);
    newer.close();
    // The old code cannot open a newer database: a clear error, and no closed connection kept.
    await expect(getDb()).rejects.toMatchObject({ name: 'VersionError' });
  });

  it('gives up a blocked open after a while so the next message tries again', async () => {
    const { openDB } = await import('idb');
    // An old connection that ignores versionchange blocks our upgrade.
    const old = await openDB('dinner-table', 1, {
      upgrade: (db, _o, _n, tx) => MIGRATIONS[0]?.(db as never, tx as never),
    });
    const getDb = createConnection(openDatabase, 300);
    await expect(getDb()).rejects.toMatchObject({ name: 'UnknownError' });
    old.close();
    const db = await getDb();
    expect(db.objectStoreNames.contains('contacts')).toBe(true);
  });
});
