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
  it("opens at the latest version with the five stores of the design and the week's tally", async () => {
    const db = await openDatabase('t1');
    expect(db.version).toBe(MIGRATIONS.length);
    expect([...db.objectStoreNames].sort()).toEqual([
      'accounts',
      'contacts',
      'interactions',
      'nudges',
      'posts',
      'talk',
    ]);
    db.close();
  });

  it('upgrades a filled v1 database, keeps every row and back-fills the v2 summaries', async () => {
    // Rows exactly as version 1 wrote them: no summary, stage or unmet fields yet.
    const v1 = await openDatabase('t2', MIGRATIONS.slice(0, 1));
    await v1.put('accounts', { id: account.id, handle: account.handle, firstSeen: 1, lastSeen: 1 });
    await v1.put('contacts', {
      account: account.id,
      key: '2',
      id: '2',
      handle: 'mira_codes',
      handleLower: 'mira_codes',
      followsMe: true,
      followerFirstSeen: 1,
      followerLastSeen: 1,
      firstSeen: 1,
      lastSeen: 2,
    });
    await v1.put('contacts', {
      account: account.id,
      key: '3',
      id: '3',
      handle: 'theo',
      handleLower: 'theo',
      followsMe: true,
      followerFirstSeen: 1,
      followerLastSeen: 1,
      firstSeen: 1,
      lastSeen: 3,
    });
    await v1.put('interactions', {
      account: account.id,
      key: 'like:9',
      contact: '2',
      kind: 'like_out',
      at: 2,
      tweetId: '9',
    });
    await v1.put('interactions', { account: account.id, key: 'r:1', contact: '3', kind: 'reply_out', at: 3 });
    await v1.put('interactions', { account: account.id, key: 'r:2', contact: '3', kind: 'reply_in', at: 4 });
    await v1.put('posts', {
      account: account.id,
      key: 'p1',
      at: 3,
      kind: 'post',
      text: 'hello',
      links: [],
      mentions: [],
      source: 'page',
    });
    await v1.put('nudges', {
      account: account.id,
      key: 'n1',
      at: 3,
      outcome: 'shown',
      verdict: 'promotional',
      rules: ['sales-cta'],
    });
    v1.close();

    const upgraded = await openDatabase('t2');
    expect(upgraded.version).toBe(MIGRATIONS.length);
    const [mira, theo] = await upgraded.getAll('contacts');
    expect(mira).toMatchObject({
      handle: 'mira_codes',
      followsMe: true,
      stage: 'noticed',
      unmet: 1,
      summary: { counts: { like_out: 1 } },
    });
    expect(theo).toMatchObject({ handle: 'theo', stage: 'conversing', unmet: 0, engagedMe: 1 });
    expect(await upgraded.count('interactions')).toBe(3);
    expect(await upgraded.count('posts')).toBe(1);
    expect(await upgraded.count('nudges')).toBe(1);
    expect(await upgraded.get('accounts', account.id)).toMatchObject({ handle: 'dana_builds' });
    const unmet = await upgraded.getAllFromIndex(
      'contacts',
      'byUnmet',
      IDBKeyRange.bound([account.id, 1, -Infinity], [account.id, 1, Infinity]),
    );
    expect(unmet.map((c) => c.handle)).toEqual(['mira_codes']);
    upgraded.close();
  });

  it('runs only the new step of a later migration', async () => {
    const current = await openDatabase('t2b');
    await recordEvents(current, account, [
      { type: 'edge', list: 'followers', person: { id: '2', handle: 'mira_codes' }, at: 1 },
    ]);
    current.close();
    let ran = 0;
    const next: Migration = async (_db, tx) => {
      ran++;
      const contacts = tx.objectStore('contacts');
      for (let c = await contacts.openCursor(); c; c = await c.continue())
        await c.update({ ...c.value, tags: ['next'] });
    };
    const upgraded = await openDatabase('t2b', [...MIGRATIONS, next]);
    expect(upgraded.version).toBe(MIGRATIONS.length + 1);
    expect(ran).toBe(1);
    expect(await upgraded.getAll('contacts')).toMatchObject([
      { handle: 'mira_codes', followsMe: true, tags: ['next'] },
    ]);
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
    expect([...db.objectStoreNames]).toContain('contacts');
    db.close();
  });
});

describe('identity', () => {
  it('merges a handle-only contact into the id-keyed one, with its history', async () => {
    const db = await openDatabase('t4');
    await recordEvents(db, account, [
      {
        type: 'post',
        key: 'p1',
        at: 10,
        kind: 'post',
        text: 'hi @Mira_Codes',
        links: [],
        mentions: ['Mira_Codes'],
      },
    ]);
    expect((await db.getAll('contacts')).map((c) => c.key)).toEqual(['@mira_codes']);
    await recordEvents(db, account, [
      { type: 'profile', person: { id: '2', handle: 'mira_codes', name: 'Mira' }, at: 20 },
    ]);
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

describe('archive rows without a person', () => {
  it('gives a like from the archive its author when the page later sees the same like', async () => {
    const db = await openDatabase('t7');
    await db.put('interactions', {
      account: account.id,
      key: 'like_out:9',
      contact: '',
      kind: 'like_out',
      at: 5,
      tweetId: '9',
    });
    const result = await recordEvents(db, account, [
      {
        type: 'interaction',
        key: 'like_out:9',
        kind: 'like_out',
        person: { handle: 'mira_codes' },
        at: 6,
        tweetId: '9',
      },
    ]);
    expect(result).toEqual({ stored: 1, duplicates: 0 });
    expect(await db.get('interactions', [account.id, 'like_out:9'])).toMatchObject({
      contact: '@mira_codes',
      at: 5,
    });
    expect(await db.get('contacts', [account.id, '@mira_codes'])).toMatchObject({ stage: 'noticed' });
    db.close();
  });
});

describe('the stored count of unmet followers', () => {
  it('stays equal to a fresh count through follows, talks, hides, snoozes and merges', async () => {
    const { listContacts } = await import('@/lib/db/contact-list');
    const { updateContact } = await import('@/lib/db/contact-update');
    const db = await openDatabase('t8');
    const follower = (id: string, handle: string) =>
      ({ type: 'edge', list: 'followers', person: { id, handle }, at: Number(id) }) as const;
    await recordEvents(db, account, [follower('11', 'a'), follower('12', 'b'), follower('13', 'c')]);
    expect((await listContacts(db, account.id, { unmetOnly: true })).total).toBe(3);
    const fresh = async () =>
      db.countFromIndex(
        'contacts',
        'byUnmet',
        IDBKeyRange.bound([account.id, 1, -Infinity], [account.id, 1, Infinity]),
      );

    // Talking both ways makes b met; a handle-only mention of a new follower, then its id, merges.
    await recordEvents(db, account, [
      { type: 'interaction', key: 'r1', kind: 'reply_out', person: { id: '12' }, at: 20 },
      { type: 'interaction', key: 'r2', kind: 'reply_in', person: { id: '12' }, at: 21 },
      { type: 'post', key: 'p', at: 22, kind: 'post', text: 'hi @dora', links: [], mentions: ['dora'] },
    ]);
    await recordEvents(db, account, [follower('14', 'dora')]);
    await updateContact(db, { account: account.id, person: 'id:11', patch: { hidden: true } });
    await updateContact(db, {
      account: account.id,
      person: 'id:13',
      patch: { snoozedUntil: Date.now() + 60_000 },
    });
    const listed = await listContacts(db, account.id, { unmetOnly: true });
    expect(listed.total).toBe(await fresh());
    expect(listed.rows.map((r) => r.handle)).toEqual([]);
    await updateContact(db, {
      account: account.id,
      person: 'id:13',
      patch: { snoozedUntil: Date.now() - 1 },
    });
    const again = await listContacts(db, account.id, { unmetOnly: true });
    expect(again.total).toBe(await fresh());
    expect(again.rows.map((r) => r.handle)).toEqual(['c']);
    db.close();
  });
});
