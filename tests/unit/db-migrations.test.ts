import { readdirSync, readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '@/lib/db/migrations';
import { type Database, openDatabase } from '@/lib/db/open';

const DAY = 86_400_000;
const NOW = Date.now();
const A = '1000000001';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** Rows as every version wrote them: no later fields. */
async function fillAsV1(db: Database) {
  await db.put('accounts', { id: A, handle: 'dana_builds', firstSeen: 1, lastSeen: 1 });
  const contact = (key: string, handle: string) => ({
    account: A,
    key,
    id: key,
    handle,
    handleLower: handle,
    followsMe: true,
    followerFirstSeen: 1,
    followerLastSeen: 1,
    firstSeen: 1,
    lastSeen: 2,
  });
  await db.put('contacts', contact('2', 'mira'));
  await db.put('contacts', contact('3', 'theo'));
  await db.put('contacts', contact('4', 'ines'));
  const talk = (key: string, contact: string, kind: string, daysAgo: number, text?: string) =>
    db.put('interactions', {
      account: A,
      key,
      contact,
      kind: kind as never,
      at: NOW - daysAgo * DAY,
      ...(text && { text }),
    });
  // mira replied 3 days ago and was never answered: a reply-back.
  await talk(
    'm1',
    '2',
    'reply_in',
    3,
    `Loved your post about Postgres vacuum. ${'More words here. '.repeat(30)}`,
  );
  // theo and you talked 30 days ago, both ways: conversing, going cold after 21 days.
  await talk('t1', '3', 'reply_in', 31, 'the pilot ships next week');
  await talk('t2', '3', 'reply_out', 30, 'How did the pilot go?');
  // ines only liked something: nothing is due.
  await talk('i1', '4', 'like_in', 2);
  await db.put('posts', {
    account: A,
    key: 'p1',
    at: NOW,
    kind: 'post',
    text: 'hello',
    links: [],
    mentions: [],
    source: 'page',
  });
}

async function expectLatest(name: string) {
  const db = await openDatabase(name);
  expect(db.version).toBe(MIGRATIONS.length);
  expect(await db.count('interactions')).toBe(4);
  expect(await db.count('posts')).toBe(1);
  const mira = await db.get('contacts', [A, '2']);
  const theo = await db.get('contacts', [A, '3']);
  const ines = await db.get('contacts', [A, '4']);
  // v2's summary and stage.
  expect(mira?.stage).toBe('noticed');
  expect(mira?.unmet).toBe(1);
  expect(theo?.stage).toBe('conversing');
  expect(theo?.summary?.counts).toEqual({ reply_in: 1, reply_out: 1 });
  // v3's keep-talking fields.
  expect(mira?.summary?.owed?.kind).toBe('reply_in');
  expect(mira?.summary?.owed?.text?.length).toBeLessThanOrEqual(280);
  expect(mira?.summary?.owed?.text?.startsWith('Loved your post about Postgres')).toBe(true);
  expect(mira?.dueReason).toBe('reply-back');
  expect(theo?.summary?.lastOut?.text).toBe('How did the pilot go?');
  expect(theo?.summary?.owed).toBeUndefined();
  expect(theo?.dueReason).toBe('going-cold');
  expect(theo?.dueAt).toBe(NOW - 30 * DAY + 21 * DAY);
  expect(ines?.dueAt).toBeUndefined();
  const due = await db.getAllFromIndex('contacts', 'byDue', IDBKeyRange.bound([A, -Infinity], [A, NOW]));
  expect(due.map((r) => r.handle)).toEqual(['theo', 'mira']);
  // v5: only the contacts' indexes something reads (each is one more entry written per contact).
  expect([...db.transaction('contacts').store.indexNames].sort()).toEqual(['byDue', 'byHandle', 'byUnmet']);
  // v4's week tally: one row per thing you said, here theo's answer to his reply of the day before.
  expect(await db.getAll('talk')).toEqual([
    { account: A, key: 't2', contact: '3', at: NOW - 30 * DAY, first: true, inAt: NOW - 31 * DAY },
  ]);
  db.close();
}

describe('migrations', () => {
  it('upgrades a filled v1 database to the latest version', async () => {
    const v1 = await openDatabase('from-v1', MIGRATIONS.slice(0, 1));
    await fillAsV1(v1);
    v1.close();
    await expectLatest('from-v1');
  });

  it('upgrades a filled v2 database (rows as v2 wrote them) to the latest version', async () => {
    const v1 = await openDatabase('from-v2', MIGRATIONS.slice(0, 1));
    await fillAsV1(v1);
    v1.close();
    const v2 = await openDatabase('from-v2', MIGRATIONS.slice(0, 2));
    const theo = await v2.get('contacts', [A, '3']);
    expect(theo?.summary?.lastInAt).toBe(NOW - 31 * DAY);
    expect(theo?.summary).not.toHaveProperty('lastOut');
    expect(theo).not.toHaveProperty('dueAt');
    v2.close();
    await expectLatest('from-v2');
  });

  it('keeps every migration frozen: no live domain code imported', () => {
    const dir = 'lib/db/migrations';
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThanOrEqual(MIGRATIONS.length);
    for (const file of files) {
      const imports = [...readFileSync(`${dir}/${file}`, 'utf8').matchAll(/from '([^']+)'/g)].map(
        (m) => m[1],
      );
      for (const source of imports)
        expect(source, `${file} imports ${source}`).toMatch(/^(\.\/types|\.\.\/schema|idb)$/);
    }
  });
});
