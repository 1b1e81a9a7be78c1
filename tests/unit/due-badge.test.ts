import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshDueBadge } from '@/lib/background/badge';
import { type Database, openDatabase } from '@/lib/db/open';
import { recordEvents } from '@/lib/db/record';
import type { PageEvent } from '@/lib/messages/schemas';
import { badgeCount } from '@/lib/relationships/due';
import { saveSettings } from '@/lib/settings/settings';

const DAY = 86_400_000;
const NOW = Date.now();
const me = { id: '1000000001', handle: 'dana_builds' };
const mira = { id: '2', handle: 'mira_codes' };
const theo = { id: '3', handle: 'theo' };
const old = { id: '4', handle: 'old_friend' };

const said = (key: string, kind: string, person: typeof mira, daysAgo: number): PageEvent =>
  ({ type: 'interaction', key, kind, person, at: NOW - daysAgo * DAY, text: key }) as PageEvent;

let db: Database;
const badge = async () => {
  await refreshDueBadge(async () => db, NOW);
  return fakeBrowser.action.getBadgeText({});
};

beforeEach(async () => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  db = await openDatabase('badge');
  await recordEvents(db, me, [
    said('t1', 'reply_in', mira, 3), // owed a reply
    said('t2', 'reply_in', theo, 29), // a conversation going cold
    said('t3', 'reply_out', theo, 28),
    said('t4', 'dm_in', old, 40), // owed, but older than the window: missed, not counted
  ]);
});

describe('the toolbar badge', () => {
  it('counts the replies you owe by default, and not the missed ones', async () => {
    expect(await badge()).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toBe('Dinner Table: 1 person owed a reply');
  });

  it('counts everything due, or nothing, as the setting says', async () => {
    await saveSettings({ badge: 'due' }, me.id);
    expect(await badge()).toBe('2');
    await saveSettings({ badge: 'off' }, me.id);
    expect(await badge()).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Dinner Table');
  });

  it('clears once you answer', async () => {
    await recordEvents(db, me, [said('t5', 'reply_out', mira, 0)], NOW);
    expect(await badge()).toBe('');
  });

  it('never throws, even when the database does not open', async () => {
    await expect(refreshDueBadge(async () => Promise.reject(new Error('closed')))).resolves.toBeUndefined();
  });

  it('counts reply-backs only, or every row', () => {
    const due = [{ reason: 'reply-back' as const }, { reason: 'going-cold' as const }];
    expect(badgeCount(due, 'reply-backs')).toBe(1);
    expect(badgeCount(due, 'due')).toBe(2);
    expect(badgeCount(due, 'off')).toBe(0);
  });
});
