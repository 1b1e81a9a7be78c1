import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { weekView } from '@/lib/background/handlers-due';
import { type Database, openDatabase } from '@/lib/db/open';
import { recordEvents } from '@/lib/db/record';
import { WeekView } from '@/lib/messages/protocol-due';
import type { PageEvent } from '@/lib/messages/schemas';

const DAY = 86_400_000;
// Mid-afternoon, so "n days ago" stays inside the local day it names.
const NOW = new Date(2026, 10, 30, 15).getTime();
const me = { id: '1000000001', handle: 'dana_builds' };
const person = (id: string) => ({ id, handle: `p${id}` });

const said = (key: string, kind: string, id: string, daysAgo: number): PageEvent =>
  ({ type: 'interaction', key, kind, person: person(id), at: NOW - daysAgo * DAY, text: key }) as PageEvent;
const post = (key: string, kind: string, daysAgo: number): PageEvent =>
  ({ type: 'post', key, kind, at: NOW - daysAgo * DAY, text: key, links: [], mentions: [] }) as PageEvent;

let db: Database;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDatabase('week');
});

describe('the week through the record', () => {
  it('tells a return from a first word by the contact summary, without reading older interactions', async () => {
    await recordEvents(
      db,
      me,
      [
        // Talked with 2 two months ago: this week's word is a conversation kept going.
        said('a1', 'reply_out', '2', 60),
        said('a2', 'reply_out', '2', 2),
        // 3 wrote to you last week and you answered this week.
        said('b1', 'mention_in', '3', 9),
        said('b2', 'reply_out', '3', 1),
        // 4 is new this week; 5 was met last week.
        said('c1', 'dm_out', '4', 0),
        said('d1', 'reply_out', '5', 10),
        post('p1', 'post', 1),
        post('p2', 'reply', 1),
        post('p3', 'post', 8),
        post('p4', 'post', 40),
      ],
      NOW,
    );
    const view = WeekView.parse(await weekView(db, me.id, NOW));
    expect(view.thisWeek).toEqual({ met: 2, keptGoing: 1, answered: 1, conversations: 1, broadcasts: 1 });
    expect(view.lastWeek).toEqual({ met: 1, keptGoing: 0, answered: 0, conversations: 0, broadcasts: 1 });
    expect(view.change).toEqual({ kind: 'more-talk', conversations: 1, broadcasts: 1, lastConversations: 0 });
  });

  it('is quiet for an account with no history', async () => {
    expect((await weekView(db, me.id, NOW)).change).toEqual({ kind: 'quiet' });
  });
});
