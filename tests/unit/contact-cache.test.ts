import { IDBObjectStore as FakeObjectStore, IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContactCache, contactCacheOf } from '@/lib/db/contact-cache';
import { updateContact } from '@/lib/db/contact-update';
import { updateDue } from '@/lib/db/due';
import { type Database, openDatabase } from '@/lib/db/open';
import { recordEvents } from '@/lib/db/record';
import { wipeAccount } from '@/lib/db/transfer';
import type { PageEvent } from '@/lib/messages/schemas';

// The recorder keeps the contacts it read or wrote between batches (lib/db/contact-cache.ts). It
// must never hand a batch a row older than the store's: these write the same people through every
// other path between two batches and check that nothing written there is lost or undone.

const account = { id: '1000000001', handle: 'dana_builds' };
const mira = { id: '2', handle: 'mira_codes' };
let n = 0;
const like = (person: { id?: string; handle?: string } = mira): PageEvent => ({
  type: 'interaction',
  key: `like:${++n}`,
  kind: 'like_out',
  person,
  at: 1_700_000_000_000 + n,
});
const contact = (key = '2', of = account.id) => db.get('contacts', [of, key]);

let db: Database;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDatabase('contact-cache');
});
afterEach(() => {
  db.close();
  vi.restoreAllMocks();
});

const contactReads = () => {
  const get = vi.spyOn(FakeObjectStore.prototype, 'get');
  return () => get.mock.instances.filter((s) => (s as { name: string }).name === 'contacts').length;
};

describe('the contact cache', () => {
  it('spares the next batch about the same people its contact reads', async () => {
    const people = Array.from({ length: 20 }, (_, i) => ({ id: String(10 + i), handle: `p${i}` }));
    await recordEvents(db, account, people.map(like));
    const reads = contactReads();
    await recordEvents(db, account, people.map(like));
    expect(reads()).toBe(0);
    expect((await contact('10'))?.summary?.counts).toEqual({ like_out: 2 });
  });

  it('keeps a note written between two batches (another writer makes it stale)', async () => {
    await recordEvents(db, account, [like()]);
    await updateContact(db, { account: account.id, person: 'id:2', patch: { notes: 'met at the meetup' } });
    await recordEvents(db, account, [like()]);
    expect(await contact()).toMatchObject({
      notes: 'met at the meetup',
      summary: { counts: { like_out: 2 } },
    });
  });

  it('keeps what a plain put or a due change wrote between two batches', async () => {
    await recordEvents(db, account, [like()]);
    const row = await contact();
    await db.put('contacts', { ...(row as NonNullable<typeof row>), tags: ['rust'] });
    await recordEvents(db, account, [like()]);
    expect(await contact()).toMatchObject({ tags: ['rust'] });
    await updateDue(db, account.id, '2', { keepEvery: '1m' });
    await recordEvents(db, account, [like()]);
    expect(await contact()).toMatchObject({
      tags: ['rust'],
      keepEvery: '1m',
      summary: { counts: { like_out: 3 } },
    });
  });

  it('brings back no wiped contact: after a wipe the next batch starts afresh', async () => {
    await recordEvents(db, account, [like()]);
    await updateContact(db, { account: account.id, person: 'id:2', patch: { notes: 'private' } });
    await recordEvents(db, account, [like()]);
    await wipeAccount(db, account.id);
    await recordEvents(db, account, [like()]);
    const row = await contact();
    expect(row?.notes).toBeUndefined();
    expect(row?.summary?.counts).toEqual({ like_out: 1 });
  });

  it('keeps accounts apart: the same person under two accounts are two rows with their own history', async () => {
    const other = { id: '1000000002', handle: 'other_me' };
    await recordEvents(db, account, [like(), like()]);
    await recordEvents(db, other, [like()]);
    await recordEvents(db, account, [like()]);
    expect((await contact('2', account.id))?.summary?.counts).toEqual({ like_out: 3 });
    expect((await contact('2', other.id))?.summary?.counts).toEqual({ like_out: 1 });
  });

  it('writes nothing through from a batch that failed (a full disk): the resend counts once', async () => {
    await recordEvents(db, account, [like()]);
    const failing = like();
    const put = vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('Simulated full disk', 'QuotaExceededError');
    });
    await expect(recordEvents(db, account, [failing])).rejects.toThrow();
    put.mockRestore();
    expect((await contact())?.summary?.counts).toEqual({ like_out: 1 });
    expect(await recordEvents(db, account, [failing])).toEqual({ stored: 1, duplicates: 0 });
    expect((await contact())?.summary?.counts).toEqual({ like_out: 2 });
  });

  it('counts two batches sent at once about the same person (two tabs) both', async () => {
    await recordEvents(db, account, [like()]);
    await Promise.all([
      recordEvents(db, account, [like(), like()]),
      recordEvents(db, account, [like()]),
      recordEvents(db, account, [like()]),
    ]);
    expect((await contact())?.summary?.counts).toEqual({ like_out: 5 });
  });

  it('follows a handle change and a handle-only merge across batches', async () => {
    await recordEvents(db, account, [like(mira)]);
    await recordEvents(db, account, [like({ id: '2', handle: 'mira_new' })]);
    // Someone else takes the old handle; a mention by handle alone then finds them, not Mira.
    await recordEvents(db, account, [like({ id: '3', handle: 'mira_codes' })]);
    await recordEvents(db, account, [like({ handle: 'mira_codes' })]);
    expect((await contact('2'))?.handle).toBe('mira_new');
    expect((await contact('3'))?.summary?.counts).toEqual({ like_out: 2 });
    // A handle-only contact, then the same person by id: one row, all of the history.
    await recordEvents(db, account, [like({ handle: 'theo' })]);
    await recordEvents(db, account, [like({ id: '4', handle: 'theo' })]);
    expect(await contact('@theo')).toBeUndefined();
    expect((await contact('4'))?.summary?.counts).toEqual({ like_out: 2 });
  });

  it('starts empty on a new connection (a restarted worker) and sees what the old one wrote', async () => {
    await recordEvents(db, account, [like()]);
    db.close();
    db = await openDatabase('contact-cache');
    expect(contactCacheOf(db)?.size).toBe(0);
    await recordEvents(db, account, [like()]);
    expect((await contact())?.summary?.counts).toEqual({ like_out: 2 });
  });
});

describe('ContactCache', () => {
  const row = (key: string) => ({ account: 'a', key, firstSeen: 1, lastSeen: 1 });

  it('keeps at most its limit, dropping the least recently written', () => {
    const cache = new ContactCache(2);
    cache.ended = 1;
    cache.writeThrough('a', 0, [
      ['1', row('1')],
      ['2', row('2')],
    ]);
    cache.ended = 2;
    cache.writeThrough('a', 1, [
      ['1', row('1')],
      ['3', row('3')],
    ]);
    expect([cache.get('a', '1'), cache.get('a', '2'), cache.get('a', '3')].map((r) => r?.key)).toEqual([
      '1',
      undefined,
      '3',
    ]);
  });

  it('trusts nothing once another writer ended, and writes nothing through then', () => {
    const cache = new ContactCache();
    cache.ended = 1;
    cache.writeThrough('a', 0, [['1', row('1')]]);
    expect(cache.get('a', '1')).toBeDefined();
    cache.ended = 2; // an edit finished
    expect(cache.get('a', '1')).toBeUndefined();
    cache.ended = 4; // a batch that began at 2 saw another writer end too
    cache.writeThrough('a', 2, [['2', row('2')]]);
    expect(cache.get('a', '2')).toBeUndefined();
  });
});
