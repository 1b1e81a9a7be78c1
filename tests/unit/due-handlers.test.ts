import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { dueView } from '@/lib/background/handlers-due';
import { updateDue } from '@/lib/db/due';
import { type Database, openDatabase } from '@/lib/db/open';
import { recordEvents } from '@/lib/db/record';
import type { PageEvent } from '@/lib/messages/schemas';

const DAY = 86_400_000;
const NOW = Date.now();
const me = { id: '1000000001', handle: 'dana_builds' };
const mira = { id: '2', handle: 'mira_codes' };
const theo = { id: '3', handle: 'theo' };

const said = (key: string, kind: string, person: typeof mira, daysAgo: number, text: string): PageEvent =>
  ({
    type: 'interaction',
    key,
    kind,
    person,
    at: NOW - daysAgo * DAY,
    tweetId: key.replace(/\D/g, ''),
    text,
  }) as PageEvent;

let db: Database;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDatabase('due');
});

const reasons = async () => (await dueView(db, me.id, NOW)).due.map((r) => `${r.contact.handle}:${r.reason}`);

describe('the due list through the record', () => {
  it('shows an unanswered reply with both snippets and a link to it, and clears when answered on X', async () => {
    await recordEvents(db, me, [
      said('t11', 'reply_out', mira, 9, 'What are you using for queues?'),
      said('t12', 'reply_in', mira, 3, 'Postgres SKIP LOCKED, honestly. Want the write-up?'),
    ]);
    const [row] = (await dueView(db, me.id, NOW)).due;
    expect(row?.reason).toBe('reply-back');
    expect(row?.why).toEqual({ kind: 'replied', at: NOW - 3 * DAY });
    expect(row?.theirs?.text).toBe('Postgres SKIP LOCKED, honestly. Want the write-up?');
    expect(row?.mine?.text).toBe('What are you using for queues?');
    expect(row?.open).toBe('https://x.com/mira_codes/status/12');
    await recordEvents(db, me, [said('t13', 'reply_out', mira, 0, 'Yes please!')], NOW);
    expect(await reasons()).toEqual([]);
    expect((await dueView(db, me.id, NOW)).reachedOut).toBe(1);
  });

  it('shows a conversing contact silent for four weeks as going cold, and respects a changed cadence', async () => {
    await recordEvents(db, me, [
      said('t21', 'reply_in', theo, 29, 'the pilot ships next week'),
      said('t22', 'reply_out', theo, 28, 'Good luck with the pilot!'),
    ]);
    expect(await reasons()).toEqual(['theo:going-cold']);
    await updateDue(db, me.id, '3', { keepEvery: '1m' }, NOW);
    expect(await reasons()).toEqual([]);
    await updateDue(db, me.id, '3', { keepEvery: '1w' }, NOW);
    expect(await reasons()).toEqual(['theo:going-cold']);
    expect((await db.get('contacts', [me.id, '3']))?.keepEvery).toBe('1w');
  });

  it('done, snooze and stop take a row off the list', async () => {
    await recordEvents(db, me, [said('t31', 'mention_in', mira, 2, '@dana_builds thoughts?')]);
    expect(await reasons()).toEqual(['mira_codes:reply-back']);
    await updateDue(db, me.id, '2', { action: 'snooze' }, NOW);
    expect(await reasons()).toEqual([]);
    expect((await dueView(db, me.id, NOW + 8 * DAY)).due).toHaveLength(1);
    await updateDue(db, me.id, '2', { action: 'done' }, NOW + 8 * DAY);
    expect((await dueView(db, me.id, NOW + 9 * DAY)).due).toEqual([]);
    await recordEvents(db, me, [said('t32', 'dm_in', mira, -9, 'ping')], NOW + 9 * DAY);
    expect((await dueView(db, me.id, NOW + 10 * DAY)).due.map((r) => r.open)).toEqual([
      'https://x.com/messages',
    ]);
    await updateDue(db, me.id, '2', { action: 'stop' }, NOW + 10 * DAY);
    expect((await dueView(db, me.id, NOW + 10 * DAY)).due).toEqual([]);
  });
});

describe('a long due list', () => {
  it('sends at most 20 of each reason, oldest first, with the totals of each', async () => {
    const events: PageEvent[] = [];
    // 25 owe a reply (said 0.1 to 2.5 days ago), 23 conversations going cold (silent 30 to 52 days).
    for (let i = 0; i < 25; i++)
      events.push(
        said(`r${100 + i}`, 'reply_in', { id: `${100 + i}`, handle: `owed_${i}` }, 0.1 * (i + 1), 'hi'),
      );
    for (let i = 0; i < 23; i++) {
      const person = { id: `${200 + i}`, handle: `cold_${i}` };
      events.push(said(`c${300 + i}`, 'reply_in', person, 40 + i, 'the pilot'));
      events.push(said(`c${400 + i}`, 'reply_out', person, 30 + i, 'good luck'));
    }
    await recordEvents(db, me, events, NOW);
    const view = await dueView(db, me.id, NOW);
    expect(view.counts).toEqual({ replyBacks: 25, goingCold: 23, missed: 0 });
    const replyBacks = view.due.filter((r) => r.reason === 'reply-back');
    const cold = view.due.filter((r) => r.reason === 'going-cold');
    expect(replyBacks).toHaveLength(20);
    expect(cold).toHaveLength(20);
    // Reply-backs first, the oldest owed first (owed_24 waited longest); going cold, longest silent first.
    expect(view.due[0]?.contact.handle).toBe('owed_24');
    expect(replyBacks.map((r) => r.contact.handle)).not.toContain('owed_0');
    expect(cold[0]?.contact.handle).toBe('cold_22');
    expect(view.due.indexOf(cold[0] as (typeof view.due)[number])).toBe(20);
  });
});
