import { describe, expect, it, vi } from 'vitest';
import { ImportStopped, sendArchiveImport } from '@/components/options/archive-transport';
import { readArchive } from '@/lib/archive/read-zip';
import { type ArchiveImport, toArchiveImport } from '@/lib/archive/to-events';
import { ARCHIVE_DISK_FULL_MESSAGE, ARCHIVE_INTERRUPTED_MESSAGE } from '@/lib/background/handlers-archive';
import { countRows } from '@/lib/db/transfer';
import { ACTIVE_OUT } from '@/lib/relationships/stage';
import { backgroundOnFreshDatabase, contentScript as content } from '../archive/background-harness';
import { fixtureFiles } from '../archive/fixture-helpers';
import { describeWithFixtures } from '../shared-fixtures';

const { state, raw, send, restartWorker } = backgroundOnFreshDatabase();

/** What the rows must be, computed from the import's lists (not from the database code). */
function expectedRows(data: ArchiveImport) {
  const people = new Set([...data.followers, ...data.following, ...data.interactions.map((i) => i.person)]);
  const talked = new Set(data.interactions.filter((i) => ACTIVE_OUT.has(i.kind)).map((i) => i.person));
  return {
    contacts: people.size,
    posts: new Set(data.posts.map((p) => p.key)).size,
    interactions: new Set([
      ...data.interactions.map((i) => i.key),
      ...data.likes.map((l) => `like_out:${l.tweetId}`),
    ]).size,
    unmet: new Set(data.followers.filter((id) => !talked.has(id))).size,
  };
}

// Exact counts per kind. followers/following/dms/likes equal the reader's fixture counts
// (tests/unit/archive-fixtures.test.ts); posts are your own posts (retweets become repost_out).
const FIXTURES = {
  'andreruffert_twitter/2022-11-14_28aab96': {
    id: '112769581',
    counts: { followers: 420, following: 295, posts: 73, reposts: 37, dms: 0, likes: 640 },
  },
  'ajitg25_twitter-analytics/2025-12-02_ce3209a': {
    id: '1274417026493276160',
    counts: { followers: 76, following: 185, posts: 122, reposts: 0, dms: 38, likes: 636 },
  },
  'keithfrankish_twitter-data/2020-06-21_da69ce7': {
    id: '52522040',
    counts: { followers: 1472, following: 1546, posts: 0, reposts: 0, dms: 472, likes: 0 },
  },
  'larsbrinkhoff_twitter-data/2021-03-22_40fcef7': {
    id: '3128746474',
    counts: { followers: 405, following: 59, posts: 122, reposts: 2, dms: 0, likes: 8 },
  },
} as const;

describeWithFixtures('x-archive', 'archive import into the database', () => {
  for (const [archive, expected] of Object.entries(FIXTURES)) {
    it(`imports ${archive} with exact counts and the rows they make`, async () => {
      const data = toArchiveImport(await readArchive(fixtureFiles(archive)), { now: Date.UTC(2026, 0, 1) });
      expect(data.counts).toEqual(expected.counts);
      const result = await sendArchiveImport(data, send);
      expect(result.imported).toEqual(expected.counts);
      const rows = expectedRows(data);
      expect(result.added).toEqual({
        contacts: rows.contacts,
        posts: rows.posts,
        interactions: rows.interactions,
      });
      const counts = await countRows(state.db, expected.id);
      expect(counts).toMatchObject({
        contacts: rows.contacts,
        posts: rows.posts,
        interactions: rows.interactions,
      });
      expect(counts.posts).toBe(expected.counts.posts);

      const unmet = await raw('contacts.list', { account: expected.id, unmetOnly: true, limit: 500 });
      expect(unmet).toMatchObject({ ok: true, data: { total: rows.unmet } });

      // Re-importing the same archive changes nothing.
      const again = await sendArchiveImport(data, send);
      expect(again.added).toEqual({ contacts: 0, posts: 0, interactions: 0 });
      expect(await countRows(state.db, expected.id)).toEqual(counts);
    });
  }

  it('writes the page-compatible keys, classified posts and id-keyed edges', async () => {
    const archive = 'andreruffert_twitter/2022-11-14_28aab96';
    const data = toArchiveImport(await readArchive(fixtureFiles(archive)));
    await sendArchiveImport(data, send);
    const a = '112769581';
    const reply = await state.db.get('posts', [a, 'tweet:1587920147083591680']);
    expect(reply).toMatchObject({
      kind: 'reply',
      source: 'archive',
      replyToTweetId: '1587919612078739456',
      replyToContact: '117538605',
    });
    expect(['promotional', 'broadcast', 'conversational']).toContain(reply?.verdict);
    const replyOut = await state.db.get('interactions', [a, 'tweet:1587920147083591680:reply_out']);
    expect(replyOut).toMatchObject({ contact: '117538605', kind: 'reply_out' });
    const ole = await state.db.get('contacts', [a, '117538605']);
    expect(ole).toMatchObject({ key: '117538605', id: '117538605', handle: 'OleMchls', stage: 'talked' });
    const like = await state.db.getAllFromIndex(
      'interactions',
      'byContact',
      IDBKeyRange.bound([a, ''], [a, '', []]),
    );
    expect(like.length).toBe(640);
    expect(like.every((l) => l.kind === 'like_out' && l.key === `like_out:${l.tweetId}`)).toBe(true);
    const follower = await state.db.get('contacts', [a, data.followers[0] ?? '']);
    expect(follower).toMatchObject({ followsMe: true, unmet: 1, stage: 'stranger' });
    expect(follower?.handle).toBeUndefined();
  });

  it('merges a newer archive and keeps what the page recorded (notes, earlier follower times)', async () => {
    const a = '3128746474';
    const older = toArchiveImport(
      await readArchive(fixtureFiles('larsbrinkhoff_twitter-data/2022-04-29_e23e7ec')),
    );
    await sendArchiveImport(older, send);
    const someone = older.followers[5] ?? '';
    await raw(
      'contact.update',
      { account: a, person: `id:${someone}`, patch: { notes: 'met at FOSDEM' } },
      content,
    );
    const before = await state.db.get('contacts', [a, someone]);
    const newer = toArchiveImport(
      await readArchive(fixtureFiles('larsbrinkhoff_twitter-data/2023-08-20_bedf1fa')),
    );
    await sendArchiveImport(newer, send);
    const after = await state.db.get('contacts', [a, someone]);
    expect(after?.notes).toBe('met at FOSDEM');
    if (newer.followers.includes(someone)) expect(after?.followerFirstSeen).toBe(before?.followerFirstSeen);
    const union = new Set([
      ...older.followers,
      ...newer.followers,
      ...newer.following,
      ...newer.interactions.map((i) => i.person),
    ]);
    expect((await countRows(state.db, a)).contacts).toBe(union.size);
  });

  it('a disk that fills up mid-chunk keeps the chunks before it; choosing the file again finishes it once', async () => {
    const data = toArchiveImport(
      await readArchive(fixtureFiles('keithfrankish_twitter-data/2020-06-21_da69ce7')),
    );
    const idbStore = (await import('fake-indexeddb')).IDBObjectStore.prototype;
    const realPut = idbStore.put;
    let calls = 0;
    vi.spyOn(idbStore, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      // The followers' chunk (1,472 contacts) is stored; the disk fills inside the following's.
      if (++calls > 1_474 + 500) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const stopped = await sendArchiveImport(data, send).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(stopped).toBeInstanceOf(ImportStopped);
    expect((stopped as ImportStopped).reason).toMatchObject({
      code: 'storage-full',
      message: ARCHIVE_DISK_FULL_MESSAGE,
    });
    const a = '52522040';
    expect(await countRows(state.db, a)).toMatchObject({
      contacts: data.followers.length,
      interactions: 0,
    });
    const status = await raw('archive.import.status', {});
    expect(status).toMatchObject({
      ok: true,
      data: { interrupted: [{ account: a, fraction: (stopped as ImportStopped).fraction }] },
    });
    const finished = await sendArchiveImport(data, send);
    const rows = expectedRows(data);
    expect(await countRows(state.db, a)).toMatchObject({
      contacts: rows.contacts,
      interactions: rows.interactions,
    });
    expect(finished.added.interactions).toBe(rows.interactions);
    expect(await raw('archive.import.status', {})).toMatchObject({ ok: true, data: { interrupted: [] } });
  });
});

describe('archive import messages', () => {
  const data: ArchiveImport = {
    account: { id: '1000000001', handle: 'dana_builds' },
    seenAt: Date.UTC(2025, 0, 1),
    followers: ['2000000002', '2000000003'],
    following: ['2000000002'],
    handles: { '2000000002': 'mira_codes' },
    posts: [],
    interactions: [
      {
        key: 'dm:1700000000000000001',
        kind: 'dm_in',
        person: '2000000003',
        at: Date.UTC(2024, 0, 1),
        text: 'hi',
      },
      {
        key: 'dm:1700000000000000002',
        kind: 'dm_out',
        person: '2000000003',
        at: Date.UTC(2024, 0, 2),
        text: 'hey',
      },
    ],
    likes: [{ tweetId: '1790000000000000001' }],
    counts: { followers: 2, following: 1, posts: 0, reposts: 0, dms: 2, likes: 1 },
  };

  it('are refused from the content script on x.com', async () => {
    const reply = await raw(
      'archive.import.begin',
      { account: data.account, seenAt: 1, totals: {}, counts: data.counts },
      content,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('import a small archive; followers are unmet unless talked with; the page knows the same like', async () => {
    const result = await sendArchiveImport(data, send);
    expect(result.imported).toEqual(data.counts);
    const list = await raw('contacts.list', { account: '1000000001', unmetOnly: true });
    expect(list).toMatchObject({
      ok: true,
      data: { total: 1, rows: [{ key: '2000000002', handle: 'mira_codes' }] },
    });
    // The page recording the same like later is a duplicate (same key), not a second like.
    const rec = await raw(
      'events.record',
      {
        account: data.account,
        batchId: 'b',
        events: [
          {
            type: 'interaction',
            key: 'like_out:1790000000000000001',
            kind: 'like_out',
            person: { handle: 'someone' },
            at: 1,
            tweetId: '1790000000000000001',
          },
        ],
      },
      content,
    );
    // The imported like had no author; the page names one: the same row gains its person, not a twin.
    expect(rec).toMatchObject({ ok: true, data: { stored: 1, duplicates: 0 } });
    const like = await state.db.get('interactions', [data.account.id, 'like_out:1790000000000000001']);
    expect(like).toMatchObject({ contact: '@someone', kind: 'like_out' });
  });

  /** The same account's archive made later, listing only these followers. */
  const newer = (followers: string[]): ArchiveImport => ({
    ...data,
    seenAt: data.seenAt + 30 * 86_400_000,
    followers,
    following: [],
    handles: {},
    interactions: [],
    likes: [],
    counts: { ...data.counts, followers: followers.length, following: 0, dms: 0, likes: 0 },
  });
  const unmetKeys = async () => {
    const list = await raw('contacts.list', { account: data.account.id, unmetOnly: true });
    return (list as { data: { rows: { key: string }[] } }).data.rows.map((r) => r.key);
  };
  const followerEdge = (id: string, at: number) => ({
    account: data.account,
    batchId: `edge-${id}-${at}`,
    events: [{ type: 'edge', list: 'followers', person: { id, handle: 'mira_codes' }, at }],
  });

  it('a follower missing from a newer archive has unfollowed: history kept, out of the unmet list', async () => {
    await sendArchiveImport(data, send);
    expect(await unmetKeys()).toEqual(['2000000002']);
    const later = newer(['2000000003']);
    await sendArchiveImport(later, send);
    expect(await unmetKeys()).toEqual([]);
    const gone = await state.db.get('contacts', [data.account.id, '2000000002']);
    expect(gone).toMatchObject({ followsMe: false, unfollowedAt: later.seenAt, iFollow: true });
    // Someone who left after talking keeps every message.
    const wrote = newer([]);
    expect(wrote.followers).toEqual([]); // an archive without followers says nothing about who left
    await sendArchiveImport(wrote, send);
    expect(await state.db.get('contacts', [data.account.id, '2000000003'])).toMatchObject({
      followsMe: true,
    });
    expect((await countRows(state.db, data.account.id)).interactions).toBe(3);
    // Seen following again on the page: a follower once more.
    await raw('events.record', followerEdge('2000000002', later.seenAt + 1), content);
    expect(await unmetKeys()).toEqual(['2000000002']);
    expect(await state.db.get('contacts', [data.account.id, '2000000002'])).not.toHaveProperty(
      'unfollowedAt',
    );
  });

  it('keeps the stored unmet count, moved by what the archive changed (the popup recounts no one)', async () => {
    await sendArchiveImport(data, send);
    expect(await unmetKeys()).toEqual(['2000000002']); // the list counted once and stored the count
    const stored = async () => (await state.db.get('accounts', data.account.id))?.unmetCount;
    expect(await stored()).toBe(1);
    // 2000000002 left; 2000000004 and 2000000005 are new and unmet; 2000000003 talked by DM.
    await sendArchiveImport(newer(['2000000003', '2000000004', '2000000005']), send);
    expect(await stored()).toBe(2);
    expect(await unmetKeys()).toEqual(['2000000004', '2000000005']);
  });

  it('a follower the page saw after the newer archive was made stays a follower', async () => {
    await sendArchiveImport(data, send);
    const later = newer(['2000000003']);
    await raw('events.record', followerEdge('2000000002', later.seenAt + 1), content);
    await sendArchiveImport(later, send);
    expect(await unmetKeys()).toEqual(['2000000002']);
  });

  it('a worker restarted mid-upload loses nothing: each chunk was stored, the import finishes; a re-run adds nothing', async () => {
    const calls: string[] = [];
    const restartAfterFirstChunk = (async (type: string, input: unknown) => {
      calls.push(type);
      if (type === 'archive.import.chunk' && calls.filter((c) => c === type).length === 2) restartWorker(); // the service worker started afresh
      return send(type as never, input as never);
    }) as typeof send;
    const once = await sendArchiveImport(data, restartAfterFirstChunk);
    const rowsOnce = await countRows(state.db);
    const twice = await sendArchiveImport(data, send);
    expect(await countRows(state.db)).toEqual(rowsOnce);
    expect(once.added).toEqual({ contacts: 2, posts: 0, interactions: 3 });
    expect(twice.added).toEqual({ contacts: 0, posts: 0, interactions: 0 });
    const dms = await state.db.get('contacts', [data.account.id, '2000000003']);
    expect(dms?.summary?.counts).toEqual({ dm_in: 1, dm_out: 1 }); // not doubled by the second run
  });

  it('refuses to finish an incomplete or unknown import; what arrived stays stored', async () => {
    const begin = await raw('archive.import.begin', {
      account: data.account,
      seenAt: data.seenAt,
      totals: { followers: 2, following: 1, posts: 0, interactions: 2, likes: 1, handles: 1 },
      counts: data.counts,
    });
    const importId = (begin as { data: { importId: string } }).data.importId;
    expect(
      await raw('archive.import.chunk', { importId, offset: 0, followers: data.followers }),
    ).toMatchObject({
      ok: true,
      data: { received: 2, fraction: 2 / 7 },
    });
    // One part per chunk.
    expect(
      await raw('archive.import.chunk', { importId, offset: 0, followers: [], following: data.following }),
    ).toMatchObject({ ok: false, error: { code: 'malformed' } });
    const commit = await raw('archive.import.commit', { importId });
    expect(commit).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/incomplete.*following/) },
    });
    const unknown = await raw('archive.import.commit', { importId: 'imp_nothing_here' });
    expect(unknown).toMatchObject({ ok: false, error: { message: ARCHIVE_INTERRUPTED_MESSAGE } });
    const replaced = await raw('archive.import.commit', { importId: `imp_${data.account.id}_x_y` });
    expect(replaced).toMatchObject({ ok: false, error: { message: ARCHIVE_INTERRUPTED_MESSAGE } });
    expect((await countRows(state.db)).contacts).toBe(2);
  });

  it('cancelling while sending stops before the next chunk and keeps what was stored', async () => {
    const ac = new AbortController();
    const calls: string[] = [];
    const spy = (async (type: string, input: unknown) => {
      calls.push(type);
      if (type === 'archive.import.chunk') ac.abort();
      return send(type as never, input as never);
    }) as typeof send;
    const stopped = await sendArchiveImport(data, spy, { signal: ac.signal }).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(ImportStopped);
    expect((stopped as ImportStopped).message).toMatch(/cancelled/);
    expect(calls.filter((c) => c === 'archive.import.chunk')).toHaveLength(1);
    expect(calls).not.toContain('archive.import.commit');
    expect((await countRows(state.db)).contacts).toBe(2);
    expect((stopped as ImportStopped).fraction).toBeCloseTo(2 / 7, 5);
  });
});
