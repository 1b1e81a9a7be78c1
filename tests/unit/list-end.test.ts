import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { listContacts } from '@/lib/db/contact-list';
import { openDatabase } from '@/lib/db/open';
import { recordEvents } from '@/lib/db/record';
import { followersPageRead, listEndEvent } from '@/lib/features/list-end';
import { createListVisit } from '@/lib/features/list-visit';
import type { PageEvent } from '@/lib/messages/schemas';

const account = { id: '1000000001', handle: 'dana_builds' };

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const page = (users: number, next: boolean, known = true) => ({ op: 'Followers', known, users, next });

describe('the end of the followers list, as the lens reads its pages', () => {
  it('ends a list read from its first page to a later page that adds nobody, once', () => {
    const visit = createListVisit(1_000);
    expect(followersPageRead(visit, page(20, false))).toBe(false);
    expect(followersPageRead(visit, page(20, true))).toBe(false);
    expect(followersPageRead(visit, page(0, true))).toBe(true);
    expect(followersPageRead(visit, page(0, true))).toBe(false);
  });

  it('never ends a partial scroll, a list restored without its first page, or one with an unreadable page', () => {
    const partial = createListVisit(1_000);
    followersPageRead(partial, page(20, false));
    expect(followersPageRead(partial, page(20, true))).toBe(false);
    expect(partial.pages.ended).toBe(false);

    const restored = createListVisit(1_000);
    followersPageRead(restored, page(20, true));
    expect(followersPageRead(restored, page(0, true))).toBe(false);

    const unreadable = createListVisit(1_000);
    followersPageRead(unreadable, page(20, false));
    followersPageRead(unreadable, page(0, true, false));
    expect(followersPageRead(unreadable, page(0, true))).toBe(false);

    // An old lens (no page facts) or an empty first page says nothing about who left.
    const old = createListVisit(1_000);
    followersPageRead(old, { op: 'Followers', known: true });
    expect(followersPageRead(old, page(0, true))).toBe(false);
    const empty = createListVisit(1_000);
    followersPageRead(empty, page(0, false));
    expect(followersPageRead(empty, page(0, true))).toBe(false);
    // Other operations are not the followers list.
    const other = createListVisit(1_000);
    followersPageRead(other, page(20, false));
    expect(followersPageRead(other, { ...page(0, true), op: 'Following' })).toBe(false);
  });

  it('names everyone listed this visit, from the page or the lens', () => {
    const visit = createListVisit(5_000);
    visit.listed.add('2');
    visit.listed.add('3');
    expect(listEndEvent(visit, 9_000)).toEqual({
      type: 'list-end',
      list: 'followers',
      at: 9_000,
      since: 5_000,
      listed: ['2', '3'],
    });
  });
});

describe('the follow order of one visit', () => {
  it('stamps each follower once, by the place either reader first saw them, below the visit start', () => {
    const visit = createListVisit(10_000);
    expect(['a', 'b', 'c'].map((id) => visit.followOrder(id))).toEqual([9_999, 9_998, 9_997]);
    // The other reader seeing the same people later keeps their places.
    expect(visit.followOrder('b')).toBe(9_998);
    expect(visit.followOrder('d')).toBe(9_996);
  });
});

describe('followers missing from a fully read list', () => {
  const edge = (id: string, at: number): PageEvent => ({
    type: 'edge',
    list: 'followers',
    person: { id, handle: `user_${id}` },
    at,
  });
  const record = (db: Awaited<ReturnType<typeof openDatabase>>, events: PageEvent[], now: number) =>
    recordEvents(db, account, events, now);
  const unmet = async (db: Awaited<ReturnType<typeof openDatabase>>) =>
    (await listContacts(db, account.id, { unmetOnly: true, sort: 'newest' })).rows.map((r) => r.key);

  it('become "unfollowed": history kept, out of the unmet list, back when seen following again', async () => {
    const db = await openDatabase('end-1');
    await record(
      db,
      [
        edge('2', 100),
        edge('3', 99),
        edge('4', 98),
        {
          type: 'interaction',
          key: 'reply_in:77',
          kind: 'reply_in',
          person: { id: '4', handle: 'user_4' },
          at: 50,
          tweetId: '77',
        },
      ],
      200,
    );
    // A handle-only follower (no id) cannot be named by the list: never marked.
    await record(db, [{ type: 'profile', person: { handle: 'no_id', followsMe: true }, at: 150 }], 200);
    const before = await unmet(db);
    expect(before).toContain('2');

    // The next visit (from 1000) read the whole list: 2 and 3 are in it, 4 is not.
    await record(
      db,
      [
        edge('2', 999),
        edge('3', 998),
        { type: 'list-end', list: 'followers', at: 1_500, since: 1_000, listed: ['2', '3'] },
      ],
      1_500,
    );
    const gone = await db.get('contacts', [account.id, '4']);
    expect(gone).toMatchObject({ followsMe: false, unfollowedAt: 1_500 });
    expect(gone?.summary).toBeDefined();
    expect(
      await db.countFromIndex(
        'interactions',
        'byContact',
        IDBKeyRange.bound([account.id, '4', -Infinity], [account.id, '4', Infinity]),
      ),
    ).toBe(1);
    expect(await unmet(db)).not.toContain('4');
    expect(await unmet(db)).toContain('2');
    expect((await db.get('contacts', [account.id, '@no_id']))?.followsMe).toBe(true);
    expect((await db.get('accounts', account.id))?.unmetCount).toBe((await unmet(db)).length);

    // Seen following again (the list, or the lens on any page): a follower once more.
    await record(db, [edge('4', 2_000)], 2_000);
    expect(await db.get('contacts', [account.id, '4'])).toMatchObject({ followsMe: true });
    expect(await db.get('contacts', [account.id, '4'])).not.toHaveProperty('unfollowedAt');
    expect(await unmet(db)).toContain('4');
    // Following again is a new follow: "Newest follower" puts them by it, not by the first one.
    expect((await db.get('contacts', [account.id, '4']))?.followerFirstSeen).toBe(2_000);
    expect((await unmet(db))[0]).toBe('4');
    db.close();
  });

  it('leaves alone someone seen following after the visit began (another tab)', async () => {
    const db = await openDatabase('end-2');
    await record(db, [edge('2', 100), edge('3', 5_000)], 5_000);
    await record(db, [{ type: 'list-end', list: 'followers', at: 6_000, since: 1_000, listed: [] }], 6_000);
    expect((await db.get('contacts', [account.id, '2']))?.followsMe).toBe(false);
    expect((await db.get('contacts', [account.id, '3']))?.followsMe).toBe(true);
    db.close();
  });

  it('a profile showing "Follows you" brings an unfollowed person back too', async () => {
    const db = await openDatabase('end-3');
    await record(db, [edge('2', 100)], 100);
    await record(db, [{ type: 'list-end', list: 'followers', at: 600, since: 500, listed: [] }], 600);
    expect(await db.get('contacts', [account.id, '2'])).toMatchObject({ unfollowedAt: 600 });
    await record(
      db,
      [{ type: 'profile', person: { id: '2', handle: 'user_2', followsMe: true }, at: 700 }],
      700,
    );
    expect(await db.get('contacts', [account.id, '2'])).not.toHaveProperty('unfollowedAt');
    db.close();
  });
});
