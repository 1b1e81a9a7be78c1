import { IDBObjectStore as FDBObjectStore, IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/db/open';
import { openDatabase } from '@/lib/db/open';
import { recordEvents } from '@/lib/db/record';
import type { PageEvent } from '@/lib/messages/schemas';
import { summarize } from '@/lib/relationships/summary';
import { talkFacts } from '@/lib/relationships/week-tally';

// A batch's interactions with people known by id are added without a read first (an `add` each,
// a stored key cancelled as a duplicate). These pin what that path must keep true: one row per
// key, within a batch and across batches, summaries counted once, archive rows claimed once.

const account = { id: '1000000001', handle: 'dana_builds' };
const mira = { id: '2', handle: 'mira_codes' };

const like = (key: string, person: { id?: string; handle?: string } = mira, at = 10): PageEvent => ({
  type: 'interaction',
  key,
  kind: 'like_out',
  person,
  at,
});

let db: Database;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDatabase('record-batch');
});
afterEach(() => {
  db.close();
  vi.restoreAllMocks();
});

/** Each contact's stored summary equals one counted afresh from its stored rows. */
async function expectSummariesTrue() {
  for (const contact of await db.getAll('contacts')) {
    const rows = (await db.getAll('interactions')).filter((r) => r.contact === contact.key);
    expect(contact.summary?.counts ?? {}).toEqual(summarize(rows).counts);
  }
}

describe('a batch of interactions with known people', () => {
  it('stores a key twice in one batch once, and counts the second as a duplicate', async () => {
    const result = await recordEvents(db, account, [like('a'), like('a', mira, 11), like('b')]);
    expect(result).toEqual({ stored: 2, duplicates: 1 });
    expect(await db.count('interactions')).toBe(2);
    expect(await db.get('interactions', [account.id, 'a'])).toMatchObject({ at: 10, contact: '2' });
    expect((await db.get('contacts', [account.id, '2']))?.summary?.counts).toEqual({ like_out: 2 });
    await expectSummariesTrue();
  });

  it('stores and counts one event object given twice in a batch once (the second is a duplicate)', async () => {
    // Messages clone each event, but a caller in the background may hand the same object twice.
    const twice = like('same');
    const result = await recordEvents(db, account, [twice, like('other'), twice]);
    expect(result).toEqual({ stored: 2, duplicates: 1 });
    expect(await db.count('interactions')).toBe(2);
    expect((await db.get('contacts', [account.id, '2']))?.summary?.counts).toEqual({ like_out: 2 });
    await expectSummariesTrue();
  });

  it('stores nothing again when the batch is resent, or when its keys come in another batch', async () => {
    const batch = [like('a'), like('b'), like('c', { id: '3', handle: 'theo' })];
    expect(await recordEvents(db, account, batch)).toEqual({ stored: 3, duplicates: 0 });
    expect(await recordEvents(db, account, batch)).toEqual({ stored: 0, duplicates: 3 });
    expect(await recordEvents(db, account, [like('b'), like('d')])).toEqual({ stored: 1, duplicates: 1 });
    expect(await db.count('interactions')).toBe(4);
    expect((await db.get('contacts', [account.id, '2']))?.summary?.counts).toEqual({ like_out: 3 });
    await expectSummariesTrue();
  });

  it('reads no interaction before adding them (one request per new row)', async () => {
    await recordEvents(db, account, [like('warm')]);
    const get = vi.spyOn(FDBObjectStore.prototype, 'get');
    const getKey = vi.spyOn(FDBObjectStore.prototype, 'getKey');
    const batch = Array.from({ length: 50 }, (_, i) =>
      like(`k${i}`, { id: String(10 + i), handle: `p${i}` }),
    );
    expect(await recordEvents(db, account, batch)).toEqual({ stored: 50, duplicates: 0 });
    const interactionReads = [...get.mock.instances, ...getKey.mock.instances].filter(
      (store) => (store as { name: string }).name === 'interactions',
    );
    expect(interactionReads).toHaveLength(0);
    // A duplicate is read once, to see whether it is an archive row waiting for its person.
    get.mockClear();
    expect(await recordEvents(db, account, [like('k1', { id: '11', handle: 'p1' })])).toEqual({
      stored: 0,
      duplicates: 1,
    });
    expect(
      get.mock.instances.filter((s: unknown) => (s as { name: string }).name === 'interactions'),
    ).toHaveLength(1);
  });

  it('claims an archive row without its person once, even when the batch names it twice', async () => {
    await db.put('interactions', {
      account: account.id,
      key: 'like_out:9',
      contact: '',
      kind: 'like_out',
      at: 5,
      tweetId: '9',
    });
    const result = await recordEvents(db, account, [like('like_out:9'), like('like_out:9', mira, 12)]);
    expect(result).toEqual({ stored: 1, duplicates: 1 });
    expect(await db.get('interactions', [account.id, 'like_out:9'])).toMatchObject({ contact: '2', at: 5 });
    expect((await db.get('contacts', [account.id, '2']))?.summary?.counts).toEqual({ like_out: 1 });
    await expectSummariesTrue();
  });

  it('merges a stored handle-only contact first, counting each row once', async () => {
    // Mira known by handle only (a mention), then seen with her id, twice in one batch.
    await recordEvents(db, account, [like('m0', { handle: 'mira_codes' })]);
    expect((await db.getAll('contacts')).map((c) => c.key)).toEqual(['@mira_codes']);
    const result = await recordEvents(db, account, [like('m1'), like('m2'), like('m3')]);
    expect(result).toEqual({ stored: 3, duplicates: 0 });
    expect((await db.getAll('contacts')).map((c) => c.key)).toEqual(['2']);
    expect((await db.getAll('interactions')).map((r) => r.contact)).toEqual(['2', '2', '2', '2']);
    expect((await db.get('contacts', [account.id, '2']))?.summary?.counts).toEqual({ like_out: 4 });
    await expectSummariesTrue();
  });

  it('counts each row once when the batch itself first names the person by handle only', async () => {
    const result = await recordEvents(db, account, [
      like('h1', { handle: 'mira_codes' }),
      like('i1'),
      like('i2'),
      {
        type: 'post',
        key: 'p1',
        at: 20,
        kind: 'post',
        text: 'thanks @mira_codes',
        links: [],
        mentions: ['mira_codes'],
      },
      like('i3'),
    ]);
    // Four likes, the post and its mention.
    expect(result).toEqual({ stored: 6, duplicates: 0 });
    expect((await db.getAll('contacts')).map((c) => c.key)).toEqual(['2']);
    expect((await db.get('contacts', [account.id, '2']))?.summary?.counts).toEqual({
      like_out: 4,
      mention_out: 1,
    });
    await expectSummariesTrue();
  });

  it('keeps accounts apart: the same key and person under two accounts are two rows', async () => {
    const other = { id: '1000000002', handle: 'other_me' };
    expect(await recordEvents(db, account, [like('a')])).toEqual({ stored: 1, duplicates: 0 });
    expect(await recordEvents(db, other, [like('a')])).toEqual({ stored: 1, duplicates: 0 });
    expect(await db.count('interactions')).toBe(2);
    expect(await db.count('contacts')).toBe(2);
  });

  it('rolls back the added rows with the rest when the batch fails, so the resend stores them', async () => {
    const put = vi.spyOn(FDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('Simulated full disk', 'QuotaExceededError');
    });
    await expect(recordEvents(db, account, [like('a'), like('b')])).rejects.toThrow();
    expect(await db.count('interactions')).toBe(0);
    put.mockRestore();
    expect(await recordEvents(db, account, [like('a'), like('b')])).toEqual({ stored: 2, duplicates: 0 });
    await expectSummariesTrue();
  });

  // Each batch first bets its certain rows are new and writes everything in one go; a stored key
  // aborts that transaction whole and the batch is recorded again, each add answered first.
  it('counts a stored key met by a hopeful batch once, and lands nothing of the aborted bet', async () => {
    const said = (key: string, at: number, person = mira): PageEvent => ({
      type: 'interaction',
      key,
      kind: 'reply_out',
      person,
      at,
    });
    expect(await recordEvents(db, account, [said('a', 10), like('b')])).toEqual({ stored: 2, duplicates: 0 });
    const add = vi.spyOn(FDBObjectStore.prototype, 'add');
    // `a` is stored: the bet fails after its writes were issued, and the careful pass counts it once.
    const result = await recordEvents(db, account, [said('c', 30), said('a', 10), like('d', mira, 40)]);
    expect(result).toEqual({ stored: 2, duplicates: 1 });
    expect(add.mock.calls.length).toBeGreaterThan(3);
    expect(await db.count('interactions')).toBe(4);
    expect((await db.get('contacts', [account.id, '2']))?.summary?.counts).toEqual({
      reply_out: 2,
      like_out: 2,
    });
    await expectSummariesTrue();
    // The week's tally holds one fact per thing said, as counted afresh from the stored rows.
    const talk = await db.getAll('talk');
    expect(talk.map((t) => t.key).sort()).toEqual(['a', 'c']);
    const history = (await db.getAll('interactions')).map(({ key, kind, at, contact }) => ({
      key,
      kind,
      at,
      contact,
    }));
    expect(talk.map(({ account: _, ...fact }) => fact).sort((x, y) => x.at - y.at)).toEqual(
      talkFacts(history).sort((x, y) => x.at - y.at),
    );
  });

  it('records the batch after a duplicate carefully, then bets again once a batch had none', async () => {
    await recordEvents(db, account, [like('a')]);
    await recordEvents(db, account, [like('a'), like('b')]);
    // Careful now: each add is answered before the contact is written (a stored key read once).
    const get = vi.spyOn(FDBObjectStore.prototype, 'get');
    expect(await recordEvents(db, account, [like('b'), like('c')])).toEqual({ stored: 1, duplicates: 1 });
    const interactionGets = () =>
      get.mock.instances.filter((s: unknown) => (s as { name: string }).name === 'interactions').length;
    expect(interactionGets()).toBe(1);
    // That batch had a duplicate: the next is careful too; it has none, so the one after bets again.
    expect(await recordEvents(db, account, [like('d')])).toEqual({ stored: 1, duplicates: 0 });
    get.mockClear();
    // A hopeful batch meeting a stored key reads it only in its careful second pass.
    expect(await recordEvents(db, account, [like('e'), like('a')])).toEqual({ stored: 1, duplicates: 1 });
    expect(interactionGets()).toBe(1);
    expect(await db.count('interactions')).toBe(5);
    expect((await db.get('contacts', [account.id, '2']))?.summary?.counts).toEqual({ like_out: 5 });
    await expectSummariesTrue();
  });

  it('lands nothing of a hopeful batch whose add fails for the disk, and reports that error', async () => {
    await recordEvents(db, account, [like('warm')]);
    const add = vi.spyOn(FDBObjectStore.prototype, 'add').mockImplementationOnce(() => {
      throw new DOMException('Simulated full disk', 'QuotaExceededError');
    });
    await expect(recordEvents(db, account, [like('a'), like('b')])).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    expect(await db.count('interactions')).toBe(1);
    expect((await db.get('contacts', [account.id, '2']))?.summary?.counts).toEqual({ like_out: 1 });
    add.mockRestore();
    expect(await recordEvents(db, account, [like('a'), like('b')])).toEqual({ stored: 2, duplicates: 0 });
    await expectSummariesTrue();
  });
});
