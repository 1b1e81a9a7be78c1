import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createConnection } from '@/lib/db/connection';
import { MIGRATIONS } from '@/lib/db/migrations';
import { openDatabase } from '@/lib/db/open';
import { createEventQueue } from '@/lib/features/event-queue';
import type { PageEvent } from '@/lib/messages/schemas';
import { DANA as account, backgroundOver, contentScript, likeOut } from '../archive/background-harness';

// Likes of 50 people, each tweet a real id (never 0).
const like = (n: number) =>
  likeOut(n, { person: { id: String(3000 + (n % 50)) }, tweetId: String(n + 1) }) as PageEvent;

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});

describe('a database that recovers', () => {
  it('reopens after the connection is closed under load, and nothing is lost', async () => {
    const getDb = createConnection();
    const { send } = backgroundOver(getDb, contentScript);
    const queue = createEventQueue(
      account,
      async (batch) => {
        await send('events.record', batch); // a refusal throws, and the queue keeps the batch
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
