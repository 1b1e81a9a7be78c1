import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, type Migration } from '@/lib/db/migrations';
import { openDatabase } from '@/lib/db/open';
import { recordEvents } from '@/lib/db/record';

const account = { id: '1000000001', handle: 'dana_builds' };

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('database', () => {
  it('opens at version 1 with the five stores of the design', async () => {
    const db = await openDatabase('t1');
    expect(db.version).toBe(MIGRATIONS.length);
    expect([...db.objectStoreNames].sort()).toEqual(['accounts', 'contacts', 'interactions', 'nudges', 'posts']);
    db.close();
  });

  it('upgrades a filled v1 database and keeps every row', async () => {
    const v1 = await openDatabase('t2', MIGRATIONS.slice(0, 1));
    await recordEvents(v1, account, [
      { type: 'edge', list: 'followers', person: { id: '2', handle: 'mira_codes' }, at: 1 },
      { type: 'interaction', key: 'like:9', kind: 'like_out', person: { id: '2' }, at: 2, tweetId: '9' },
      { type: 'post', key: 'p1', at: 3, kind: 'post', text: 'hello', links: [], mentions: [] },
    ]);
    v1.close();

    // A later version adds an index and back-fills a field; the framework runs only the new step.
    const v2: Migration = async (_db, tx) => {
      const contacts = tx.objectStore('contacts');
      // biome-ignore lint/suspicious/noExplicitAny: a test-only index outside the typed schema.
      (contacts as any).createIndex('byFollowsMe', ['account', 'followsMe']);
      for (let c = await contacts.openCursor(); c; c = await c.continue()) await c.update({ ...c.value, tags: ['v2'] });
    };
    const upgraded = await openDatabase('t2', [...MIGRATIONS, v2]);
    expect(upgraded.version).toBe(2);
    const contacts = await upgraded.getAll('contacts');
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({ id: '2', handle: 'mira_codes', followsMe: true, tags: ['v2'] });
    expect(await upgraded.count('interactions')).toBe(1);
    expect(await upgraded.count('posts')).toBe(1);
    expect(await upgraded.get('accounts', account.id)).toMatchObject({ handle: 'dana_builds' });
    upgraded.close();
  });

  it('leaves the old version intact when an upgrade fails', async () => {
    (await openDatabase('t3', MIGRATIONS.slice(0, 1))).close();
    const broken: Migration = () => {
      throw new Error('boom');
    };
    await expect(openDatabase('t3', [...MIGRATIONS, broken])).rejects.toThrow();
    const db = await openDB('t3');
    expect(db.version).toBe(1);
    db.close();
  });
});

describe('identity', () => {
  it('merges a handle-only contact into the id-keyed one, with its history', async () => {
    const db = await openDatabase('t4');
    await recordEvents(db, account, [
      { type: 'post', key: 'p1', at: 10, kind: 'post', text: 'hi @Mira_Codes', links: [], mentions: ['Mira_Codes'] },
    ]);
    expect((await db.getAll('contacts')).map((c) => c.key)).toEqual(['@mira_codes']);
    await recordEvents(db, account, [{ type: 'profile', person: { id: '2', handle: 'mira_codes', name: 'Mira' }, at: 20 }]);
    const contacts = await db.getAll('contacts');
    expect(contacts.map((c) => c.key)).toEqual(['2']);
    expect((await db.getAll('interactions')).map((i) => i.contact)).toEqual(['2']);
    db.close();
  });

  it('follows a handle change without a duplicate, and frees the old handle', async () => {
    const db = await openDatabase('t5');
    await recordEvents(db, account, [{ type: 'profile', person: { id: '2', handle: 'old_name' }, at: 1 }]);
    await recordEvents(db, account, [{ type: 'profile', person: { id: '2', handle: 'new_name' }, at: 2 }]);
    await recordEvents(db, account, [{ type: 'profile', person: { id: '3', handle: 'old_name' }, at: 3 }]);
    const byId = Object.fromEntries((await db.getAll('contacts')).map((c) => [c.key, c.handle]));
    expect(byId).toEqual({ '2': 'new_name', '3': 'old_name' });
    db.close();
  });

  it('records nothing about yourself', async () => {
    const db = await openDatabase('t6');
    await recordEvents(db, account, [
      { type: 'interaction', key: 'k', kind: 'like_out', person: { id: account.id }, at: 1 },
      { type: 'edge', list: 'following', person: { handle: 'DANA_builds' }, at: 1 },
    ]);
    expect(await db.count('contacts')).toBe(0);
    expect(await db.count('interactions')).toBe(0);
    db.close();
  });
});
