import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { weekView } from '@/lib/background/handlers-due';
import { importArchive } from '@/lib/db/import-archive';
import { importRows } from '@/lib/db/import-rows';
import { MIGRATIONS } from '@/lib/db/migrations';
import { type Database, openDatabase } from '@/lib/db/open';
import { postsSince } from '@/lib/db/popup-queries';
import { recordEvents } from '@/lib/db/record';
import { wipeAccount } from '@/lib/db/transfer';
import type { InteractionKind, PageEvent, Person } from '@/lib/messages/schemas';
import { DAY_MS, startOfLocalDay } from '@/lib/relationships/handful';
import { ACTIVE_IN, ACTIVE_OUT } from '@/lib/relationships/stage';
import { computeWeek, WEEK_READ_DAYS, type WeekTalk, weekChange } from '@/lib/relationships/week';
import { appendTalk, talkFacts } from '@/lib/relationships/week-tally';

// Mid-afternoon local time, fixed: the weeks are calendar days.
const NOW = new Date(2026, 10, 30, 15).getTime();
const A = { id: '1000000001', handle: 'dana_builds' };
const B = { id: '1000000002', handle: 'other_account' };

/** The week as it was computed before the tally: every interaction of the window, then the contacts. */
async function weekFromInteractions(db: Database, account: string, now: number) {
  const since = now - WEEK_READ_DAYS * DAY_MS;
  const rows = await db.getAllFromIndex(
    'interactions',
    'byAccountAt',
    IDBKeyRange.bound([account, since], [account, Infinity]),
  );
  const talk: WeekTalk[] = [];
  const outInWindow = new Map<string, number>();
  for (const { at, contact, kind } of rows) {
    if (!ACTIVE_OUT.has(kind) && !ACTIVE_IN.has(kind)) continue;
    talk.push({ at, contact, kind });
    if (ACTIVE_OUT.has(kind)) outInWindow.set(contact, (outInWindow.get(contact) ?? 0) + 1);
  }
  const talkedBefore = new Set<string>();
  for (const [contact, inWindow] of outInWindow) {
    const counts = (await db.get('contacts', [account, contact]))?.summary?.counts ?? {};
    let total = 0;
    for (const kind of ACTIVE_OUT) total += counts[kind] ?? 0;
    if (total > inWindow) talkedBefore.add(contact);
  }
  const posts = await postsSince(db, account, startOfLocalDay(now) - 14 * DAY_MS);
  const week = computeWeek(talk, posts, talkedBefore, now);
  return { ...week, change: weekChange(week) };
}

/** mulberry32: a small seeded generator, so the random history is the same on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: InteractionKind[] = [
  'reply_in',
  'mention_in',
  'quote_in',
  'dm_in',
  'reply_out',
  'mention_out',
  'quote_out',
  'dm_out',
  'like_in',
  'like_out',
];

/**
 * A random history for one account: interactions with 14 people (some known by handle only at
 * first, so their rows merge into the id's later), posts replying to and mentioning them, spread
 * over the last 40 days (a few months older, a few a little in the future, many at the same
 * hour so times tie), sent in batches out of time order with duplicates.
 */
function randomHistory(next: () => number, tag: string) {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T;
  const people: Person[] = Array.from({ length: 14 }, (_, i) => ({
    id: String(2000 + i),
    handle: `p${tag}${i}`,
  }));
  const when = () => {
    const r = next();
    const hours =
      r < 0.1
        ? 24 * (60 + Math.floor(next() * 120))
        : r < 0.15
          ? -Math.floor(next() * 30)
          : Math.floor(next() * 40 * 24);
    return NOW - hours * 3_600_000;
  };
  const events: PageEvent[] = [];
  for (let n = 0; n < 260; n++) {
    const person = pick(people);
    // A third of the time the page knew only the handle (a mention, a name in a list).
    const who = next() < 0.3 ? { handle: person.handle } : person;
    if (next() < 0.15) {
      const kind = pick(['post', 'reply', 'quote', 'dm'] as const);
      const mentions = next() < 0.5 ? [pick(people).handle as string] : [];
      events.push({
        type: 'post',
        key: `${tag}post${n}`,
        kind,
        at: when(),
        text: `post ${n}`,
        links: [],
        mentions,
        ...(kind === 'reply' && { replyTo: { tweetId: String(9000 + n), person: who } }),
        ...(kind === 'quote' && { quoteOf: { tweetId: String(9000 + n), person: who } }),
      } as PageEvent);
    } else {
      events.push({
        type: 'interaction',
        key: `${tag}i${n}`,
        kind: pick(KINDS),
        person: who,
        at: when(),
        tweetId: String(5000 + n),
        text: `said ${n}`,
      } as PageEvent);
    }
  }
  // Duplicates: a fifth of the events are sent again, some in the same batch, some much later
  // (copies, as every message brings its own objects).
  for (let n = 0; n < 52; n++) events.push(structuredClone(pick(events)));
  // Out of time order: shuffled.
  for (let i = events.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [events[i], events[j]] = [events[j] as PageEvent, events[i] as PageEvent];
  }
  return events;
}

async function expectSameWeek(db: Database, account: string) {
  for (const now of [NOW, NOW - 5 * DAY_MS, NOW - 12 * DAY_MS, NOW + 9 * DAY_MS, NOW + 20 * DAY_MS]) {
    const expected = await weekFromInteractions(db, account, now);
    expect(await weekView(db, account, now), `week at NOW ${(now - NOW) / DAY_MS} days`).toEqual(expected);
  }
}

let db: Database;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDatabase('tally');
});

describe("the week's tally", () => {
  it('gives the week the interactions give, on a random history with merges, ties and duplicates', async () => {
    const next = random(20261130);
    const a = randomHistory(next, 'a');
    const b = randomHistory(next, 'b');
    // A and B interleaved, in batches of 1 to 25, so batches meet people in every order.
    let busy = 0;
    for (let i = 0; i < Math.max(a.length, b.length); i += busy) {
      busy = 1 + Math.floor(next() * 25);
      await recordEvents(db, A, a.slice(i, i + busy), NOW);
      await recordEvents(db, B, b.slice(i, i + busy), NOW);
    }
    const week = await weekView(db, A.id, NOW);
    // The random history is not empty: every number has something to agree on.
    expect(
      week.thisWeek.met + week.thisWeek.keptGoing + week.lastWeek.met + week.lastWeek.keptGoing,
    ).toBeGreaterThan(5);
    expect(week.thisWeek.answered + week.lastWeek.answered).toBeGreaterThan(0);
    await expectSameWeek(db, A.id);
    await expectSameWeek(db, B.id);

    // Everything sent again changes nothing.
    await recordEvents(db, A, a, NOW);
    await expectSameWeek(db, A.id);

    // A wipe of one account takes its tally and leaves the other's; recording it again gives the same week.
    const before = await weekView(db, B.id, NOW);
    await wipeAccount(db, B.id);
    expect(await db.countFromIndex('talk', 'byAccountAt', IDBKeyRange.bound([B.id], [B.id, []]))).toBe(0);
    await expectSameWeek(db, A.id);
    for (let i = 0; i < b.length; i += 40) await recordEvents(db, B, b.slice(i, i + 40), NOW);
    expect(await weekView(db, B.id, NOW)).toEqual(before);
    await expectSameWeek(db, B.id);
  });

  it('stays right through an export re-import and an archive import of older talk', async () => {
    const next = random(7);
    const events = randomHistory(next, 'c');
    await recordEvents(db, A, events.slice(0, 150), NOW);
    // Rows of an export: some already here (duplicates), some new and older than what is stored.
    const rows = (
      await db.getAllFromIndex('interactions', 'byAccountAt', IDBKeyRange.bound([A.id], [A.id, []]))
    )
      .slice(0, 40)
      .flatMap((row, i) => [
        row,
        { ...row, key: `exported${i}`, at: row.at - Math.floor(next() * 10) * DAY_MS },
      ]);
    await importRows(db, A.id, 'interactions', rows, NOW);
    await expectSameWeek(db, A.id);
    // An archive of the same people: their replies to you and yours, in the archive's order.
    const people = [...new Set(rows.map((r) => r.contact).filter((c) => /^\d+$/.test(c)))];
    const interactions = Array.from({ length: 120 }, (_, n) => ({
      key: `archive${n}`,
      kind: (['reply_out', 'mention_out', 'quote_out', 'dm_out', 'dm_in'] as const)[n % 5],
      person: people[Math.floor(next() * people.length)] as string,
      at: NOW - Math.floor(next() * 30 * 24) * 3_600_000,
    }));
    const archive = {
      account: { id: A.id, handle: A.handle },
      seenAt: NOW,
      followers: [],
      following: [],
      handles: {},
      posts: [],
      interactions: [...interactions, interactions[3], interactions[9]],
      likes: [],
      counts: { followers: 0, following: 0, posts: 0, reposts: 0, dms: 0, likes: 0 },
    };
    // Small chunks: one person's talk spreads over several, older after newer.
    await importArchive(db, archive as never, NOW, {
      followers: 50,
      following: 50,
      posts: 50,
      interactions: 7,
      likes: 50,
      handles: 50,
    } as never);
    await expectSameWeek(db, A.id);
    // Then the rest of the page's history, arriving after all that.
    await recordEvents(db, A, events.slice(150), NOW);
    await expectSameWeek(db, A.id);
  });

  it('is back-filled by the v4 migration from a filled v3 database, giving the same week', async () => {
    const next = random(4);
    // Rows as v1 wrote them (v2 and v3 add the summaries on the way up), random talk with 20 people.
    const v1 = await openDatabase('from-v3', MIGRATIONS.slice(0, 1));
    await v1.put('accounts', { id: A.id, handle: A.handle, firstSeen: 1, lastSeen: 1 });
    for (let p = 0; p < 20; p++)
      await v1.put('contacts', {
        account: A.id,
        key: String(2000 + p),
        id: String(2000 + p),
        firstSeen: 1,
        lastSeen: 1,
      });
    for (let n = 0; n < 400; n++)
      await v1.put('interactions', {
        account: A.id,
        key: `m${n}`,
        contact: String(2000 + Math.floor(next() * 20)),
        kind: KINDS[Math.floor(next() * KINDS.length)] as InteractionKind,
        at: NOW - Math.floor(next() * 50 * 24) * 3_600_000,
      });
    v1.close();
    const v3 = await openDatabase('from-v3', MIGRATIONS.slice(0, 3));
    expect(v3.objectStoreNames.contains('talk')).toBe(false);
    v3.close();
    const latest = await openDatabase('from-v3');
    expect(latest.version).toBe(MIGRATIONS.length);
    expect(await latest.count('talk')).toBeGreaterThan(50);
    const week = await weekView(latest, A.id, NOW);
    expect(week.thisWeek.met + week.thisWeek.keptGoing + week.thisWeek.answered).toBeGreaterThan(0);
    await expectSameWeek(latest, A.id);
    latest.close();
  });

  it('reads the summary alone only when what is added comes after all earlier talk', () => {
    const item = (key: string, kind: InteractionKind, at: number) => ({ key, kind, at, contact: '2' });
    const summary = { counts: { reply_out: 1, reply_in: 1 }, days: [], lastOutAt: 10, lastInAt: 20 };
    // Your word after their last: it answers it, and it is not your first.
    expect(appendTalk(summary, [item('x', 'dm_out', 30)])).toEqual([
      { key: 'x', contact: '2', at: 30, inAt: 20 },
    ]);
    // Older than your last word: the history must be read.
    expect(appendTalk(summary, [item('x', 'dm_out', 5)])).toBeUndefined();
    // Their word after yours only sets up the next answer: no fact.
    expect(appendTalk(summary, [item('y', 'reply_in', 15)])).toEqual([]);
    // Your last word and theirs at one millisecond: the keys decide, so the history is read.
    expect(appendTalk({ ...summary, lastInAt: 10 }, [item('x', 'dm_out', 30)])).toBeUndefined();
    // The same, from the whole history.
    expect(
      talkFacts([item('b', 'reply_in', 20), item('a', 'reply_out', 10), item('x', 'dm_out', 30)]),
    ).toEqual([
      { key: 'a', contact: '2', at: 10, first: true },
      { key: 'x', contact: '2', at: 30, inAt: 20 },
    ]);
  });
});
