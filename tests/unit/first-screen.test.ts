// The popup's first screen kept by the background (lib/background/first-screen.ts): what it holds is
// what the live handlers answer, and every write, wipe, account switch, settings change and the
// clock (day rollover, someone becoming due) makes the popup stop showing it until it is rebuilt.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFirstScreen, readOpeningScreen, takeOpeningRead } from '@/components/popup/first-screen-read';
import { EARLY_OPENING_GLOBAL, readOpening } from '@/components/popup/opening-read';
import {
  createFirstScreenKeeper,
  FIRST_SCREEN_ALARM,
  type FirstScreenKeeper,
  KEEPS_LAST,
  MAX_AGE_MS,
  READ_ONLY,
  watchFirstScreen,
  withFirstScreen,
} from '@/lib/background/first-screen';
import { createHandlers } from '@/lib/background/handlers';
import type { Handlers } from '@/lib/background/router';
import { type Database, openDatabase } from '@/lib/db/open';
import { FIRST_SCREEN_KEY, type FirstScreen, LAST_FIRST_SCREEN_KEY } from '@/lib/messages/first-screen';
import { type MessageType, PROTOCOL } from '@/lib/messages/protocol';
import { localDate } from '@/lib/relationships/handful';
import { saveSettings } from '@/lib/settings/settings';
import { backgroundOver, DANA, popupPage } from '../archive/background-harness';

const dana = { ...DANA, name: 'Dana' };
const sam = { id: '1000000002', handle: 'sam_ships', name: 'Sam' };
const DAY = 86_400_000;
const HOUR = 3_600_000;
// 10:00 local time: midnight is 14 hours away.
const NOW = new Date(2025, 4, 20, 10, 0).getTime();

let now = NOW;
let db: Database;
let keeper: FirstScreenKeeper;
let send: ReturnType<typeof backgroundOver>['send'];
const record = (account: typeof dana, events: unknown[]) =>
  send('events.record', { account, batchId: String(Math.random()), events });
const stored = async () =>
  (await fakeBrowser.storage.session.get(FIRST_SCREEN_KEY))[FIRST_SCREEN_KEY] as FirstScreen | undefined;
const storedLast = async () =>
  (await fakeBrowser.storage.session.get(LAST_FIRST_SCREEN_KEY))[LAST_FIRST_SCREEN_KEY] as
    | FirstScreen
    | undefined;
const follower = (i: number) => ({ id: String(2000 + i), handle: `fan_${i}`, name: `Fan ${i}` });
const replyIn = (key: string, person: object, at: number, text = 'what do you think?') => ({
  type: 'interaction',
  key,
  kind: 'reply_in',
  person,
  at,
  tweetId: String(1_800_000_000_000_000_000n + BigInt(key.length * 1000 + (at % 1000))),
  text,
});

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  now = NOW;
  vi.setSystemTime(now);
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  db = await openDatabase();
  // Built only when a test says so (settleMs far away): each step below is explicit.
  // The one-hour bound is lifted so that the clock's own reasons show (one test keeps it).
  keeper = createFirstScreenKeeper(async () => db, { clock: () => now, settleMs: 60_000, maxAgeMs: 2 * DAY });
  ({ send } = backgroundOver(
    async () => db,
    popupPage,
    (live) => withFirstScreen(live, keeper),
  ));
  await send('account.seen', dana);
  const events: unknown[] = [];
  for (let i = 0; i < 20; i++)
    events.push({ type: 'edge', list: 'followers', person: follower(i), at: NOW - (i + 40) * DAY });
  events.push(replyIn('r1', follower(3), NOW - 2 * DAY));
  await record(dana, events);
});
afterEach(() => vi.useRealTimers());

describe('the first screen', () => {
  it('holds exactly what handful.get and due.get answer, and the popup reads it', async () => {
    const built = await keeper.build();
    expect(built?.account).toBe(dana.id);
    expect(built?.date).toBe(localDate(NOW));
    expect(built?.handful).toEqual(await send('handful.get', {}));
    expect(built?.due).toEqual(await send('due.get', {}));
    expect(built?.handful.picks).toHaveLength(5);
    expect(built?.due.due.map((d) => d.contact.handle)).toEqual(['fan_3']);
    expect(await readFirstScreen(NOW + 1000)).toEqual(built);
    // Nothing due soon, no snooze: it holds until midnight.
    expect(built?.validUntil).toBe(new Date(2025, 4, 21, 0, 0).getTime());
  });

  it('lives in session storage: no rebuild or removal reaches the storage.local listeners of X tabs', async () => {
    const localKeys: string[] = [];
    fakeBrowser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local') localKeys.push(...Object.keys(changes));
    });
    await keeper.build();
    await record(dana, [replyIn('r2', follower(9), NOW - DAY, 'are you coming friday?')]);
    await keeper.build();
    await send('data.wipe', { account: dana.id });
    const everywhere = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(everywhere)).not.toContain(FIRST_SCREEN_KEY);
    expect(Object.keys(everywhere)).not.toContain(LAST_FIRST_SCREEN_KEY);
    expect(localKeys).not.toContain(FIRST_SCREEN_KEY);
    expect(localKeys).not.toContain(LAST_FIRST_SCREEN_KEY);
  });

  it('is never kept past an hour by default, whatever the clock says', async () => {
    const bounded = createFirstScreenKeeper(async () => db, { clock: () => now });
    expect((await bounded.build())?.validUntil).toBe(NOW + MAX_AGE_MS);
  });

  it('is removed before a write runs and built again with the write in it', async () => {
    await keeper.build();
    let seenByWrite: FirstScreen | undefined | null = null;
    const spy: Handlers = {
      ...createHandlers(async () => db),
      'events.record': async (input: never) => {
        seenByWrite = await stored();
        return createHandlers(async () => db)['events.record'](input, popupPage);
      },
    };
    ({ send } = backgroundOver(
      async () => db,
      popupPage,
      () => withFirstScreen(spy, keeper),
    ));
    await record(dana, [replyIn('r2', follower(9), NOW - DAY, 'are you coming friday?')]);
    expect(seenByWrite).toBeUndefined();
    expect(await stored()).toBeUndefined();
    expect(await readFirstScreen(NOW)).toBeUndefined();
    const rebuilt = await keeper.build();
    expect(rebuilt?.due.due.map((d) => d.contact.handle)).toEqual(['fan_3', 'fan_9']);
    expect(await readFirstScreen(NOW)).toEqual(rebuilt);
  });

  it('a build that a write overtakes stores nothing', async () => {
    const building = keeper.build();
    await record(dana, [replyIn('r3', follower(11), NOW - DAY)]);
    expect(await building).toBeUndefined();
    expect(await stored()).toBeUndefined();
    expect((await keeper.build())?.due.due.map((d) => d.contact.handle)).toContain('fan_11');
  });

  it('every message that may write removes it first; the read-only ones leave it', async () => {
    const types = Object.keys(PROTOCOL) as MessageType[];
    const inner = Object.fromEntries(
      types.map((type) => [type, async () => ({ present: Boolean(await stored()) })]),
    ) as unknown as Handlers;
    const wrapped = withFirstScreen(inner, keeper);
    for (const type of types) {
      if (type === 'account.seen') continue;
      await keeper.build();
      const { present } = (await wrapped[type]({} as never, popupPage)) as { present: boolean };
      expect({ type, present }).toEqual({ type, present: READ_ONLY.has(type) });
    }
    // Imports and wipes among them.
    for (const type of ['archive.import.chunk', 'data.import.rows', 'data.wipe', 'due.act', 'handful.act'])
      expect(READ_ONLY.has(type as MessageType)).toBe(false);
  });

  it('a wipe leaves no first screen of the wiped account', async () => {
    await keeper.build();
    await send('data.wipe', { account: dana.id });
    expect(await stored()).toBeUndefined();
    expect(await keeper.build()).toBeUndefined();
    expect(await stored()).toBeUndefined();
  });

  it('another account seen on X replaces it; the same account seen again keeps it', async () => {
    const first = await keeper.build();
    now += 60_000;
    await send('account.seen', dana);
    expect(await stored()).toEqual(first);
    await send('account.seen', { ...dana, name: 'Dana B.' });
    expect(await stored()).toBeUndefined();
    await keeper.build();
    now += 60_000;
    vi.setSystemTime(now);
    await send('account.seen', sam);
    expect(await stored()).toBeUndefined();
    const switched = await keeper.build();
    expect(switched?.account).toBe(sam.id);
    expect(switched?.handful.handle).toBe('sam_ships');
    expect(switched?.due.due).toEqual([]);
  });

  it('is stale from local midnight; the alarm builds the new day with a new pick', async () => {
    const today = await keeper.build();
    const midnight = new Date(2025, 4, 21, 0, 0).getTime();
    expect(today?.validUntil).toBe(midnight);
    const alarm = await fakeBrowser.alarms.get(FIRST_SCREEN_ALARM);
    expect(alarm?.scheduledTime).toBe(today?.validUntil);
    expect(await readFirstScreen(midnight - 1)).toEqual(today);
    expect(await readFirstScreen(midnight)).toBeUndefined();
    now = midnight + 1000;
    vi.setSystemTime(now);
    const tomorrow = await keeper.build();
    expect(tomorrow?.date).toBe(localDate(now));
    expect(tomorrow?.handful.date).not.toBe(today?.handful.date);
    expect(await readFirstScreen(now)).toEqual(tomorrow);
  });

  it('is stale when someone becomes due by the clock alone', async () => {
    // Talked with fan_12 both ways 21 days ago less 3 hours: conversing, going cold in 3 hours.
    const talked = NOW - 21 * DAY + 3 * HOUR;
    await record(dana, [
      replyIn('c1', follower(12), talked - 1000),
      { ...replyIn('c2', follower(12), talked), kind: 'reply_out' },
    ]);
    const built = await keeper.build();
    expect(built?.due.due.map((d) => d.contact.handle)).toEqual(['fan_3']);
    expect(built?.validUntil).toBe(NOW + 3 * HOUR);
    expect(await readFirstScreen(NOW + 3 * HOUR - 1)).toEqual(built);
    expect(await readFirstScreen(NOW + 3 * HOUR)).toBeUndefined();
    now = NOW + 3 * HOUR;
    const later = await keeper.build();
    expect(later?.due.due.map((d) => `${d.contact.handle}:${d.reason}`)).toEqual([
      'fan_3:reply-back',
      'fan_12:going-cold',
    ]);
  });

  it('is not shown once settings change; the settings watcher rebuilds it', async () => {
    watchFirstScreen(keeper);
    await keeper.build();
    await saveSettings({ handfulSize: 3 }, dana.id);
    expect(await readFirstScreen(NOW)).toBeUndefined();
    await vi.waitFor(async () => expect(await stored()).toBeUndefined());
    const rebuilt = await keeper.build();
    expect(rebuilt?.handful.picks).toHaveLength(3);
    expect(await readFirstScreen(NOW)).toEqual(rebuilt);
  });

  it('is not shown from another format or a time before it was built', async () => {
    const built = await keeper.build();
    expect(await readFirstScreen(NOW - 1)).toBeUndefined();
    await fakeBrowser.storage.session.set({ [FIRST_SCREEN_KEY]: { ...built, format: 0 } });
    expect(await readFirstScreen(NOW)).toBeUndefined();
  });
});

describe('the last first screen (shown marked as updating after a write)', () => {
  it('an ordinary write keeps it: the popup opens on it as not current until the rebuild', async () => {
    const built = await keeper.build();
    expect(await storedLast()).toEqual(built);
    await record(dana, [replyIn('r4', follower(13), NOW - DAY)]);
    expect(await stored()).toBeUndefined();
    expect(await readFirstScreen(NOW)).toBeUndefined();
    expect(await readOpeningScreen(NOW)).toEqual({ screen: built, current: false });
    // It says what was true before the write, so it is never the current one.
    expect(built?.due.due.map((d) => d.contact.handle)).not.toContain('fan_13');
    const rebuilt = await keeper.build();
    expect(rebuilt?.due.due.map((d) => d.contact.handle)).toContain('fan_13');
    expect(await readOpeningScreen(NOW)).toEqual({ screen: rebuilt, current: true });
    expect(await storedLast()).toEqual(rebuilt);
  });

  it('every write but the ordinary ones removes it too', async () => {
    const types = Object.keys(PROTOCOL) as MessageType[];
    const inner = Object.fromEntries(
      types.map((type) => [type, async () => ({ last: Boolean(await storedLast()) })]),
    ) as unknown as Handlers;
    const wrapped = withFirstScreen(inner, keeper);
    for (const type of types) {
      if (type === 'account.seen' || READ_ONLY.has(type)) continue;
      await keeper.build();
      const { last } = (await wrapped[type]({} as never, popupPage)) as { last: boolean };
      expect({ type, last }).toEqual({ type, last: KEEPS_LAST.has(type) });
    }
    for (const type of ['archive.import.chunk', 'data.import.rows', 'data.wipe'])
      expect(KEEPS_LAST.has(type as MessageType)).toBe(false);
  });

  it('a wipe, another account or new settings leave none to show', async () => {
    await keeper.build();
    await send('data.wipe', { account: dana.id });
    expect(await storedLast()).toBeUndefined();
    expect(await readOpeningScreen(NOW)).toBeUndefined();

    await send('account.seen', dana);
    await keeper.build();
    await send('account.seen', sam);
    expect(await storedLast()).toBeUndefined();

    watchFirstScreen(keeper);
    await keeper.build();
    await saveSettings({ handfulSize: 3 }, sam.id);
    await vi.waitFor(async () => expect(await storedLast()).toBeUndefined());
  });

  it('is not shown on another day, an hour after it was built, or from another format', async () => {
    const built = await keeper.build();
    await record(dana, [replyIn('r5', follower(14), NOW - DAY)]);
    expect((await readOpeningScreen(NOW + HOUR - 1))?.current).toBe(false);
    expect(await readOpeningScreen(NOW + HOUR)).toBeUndefined();
    const midnight = new Date(2025, 4, 21, 0, 0).getTime();
    const late = { ...built, builtAt: midnight - 60_000 } as FirstScreen;
    await fakeBrowser.storage.session.set({ [LAST_FIRST_SCREEN_KEY]: late });
    expect((await readOpeningScreen(midnight - 1))?.current).toBe(false);
    expect(await readOpeningScreen(midnight + 1)).toBeUndefined();
    await fakeBrowser.storage.session.set({ [LAST_FIRST_SCREEN_KEY]: { ...built, format: 0 } });
    expect(await readOpeningScreen(NOW)).toBeUndefined();
  });
});

describe("the popup's early read (entrypoints/popup-opening.ts)", () => {
  it('reads the same opening from the browser’s own storage objects, with or without a session area', async () => {
    const built = await keeper.build();
    const areas = { session: fakeBrowser.storage.session, local: fakeBrowser.storage.local };
    expect(await readOpening(areas, NOW + 1000)).toEqual({ screen: built, current: true });
    // A browser without storage.session keeps both first screens in storage.local.
    const onlyLocal = { local: fakeBrowser.storage.local };
    expect(await readOpening(onlyLocal, NOW + 1000)).toBeUndefined();
    await fakeBrowser.storage.local.set({ [FIRST_SCREEN_KEY]: built });
    expect(await readOpening(onlyLocal, NOW + 1000)).toEqual({ screen: built, current: true });
    // A storage that fails answers "nothing to open on": the popup asks the live handlers.
    const broken = { local: { get: () => Promise.reject(new Error('gone')) } };
    expect(await readOpening(broken, NOW)).toBeUndefined();
  });

  it('the popup takes the early read once; without one it reads itself', async () => {
    const built = await keeper.build();
    const early = Promise.resolve({ screen: built as FirstScreen, current: true });
    (globalThis as Record<string, unknown>)[EARLY_OPENING_GLOBAL] = early;
    const first = takeOpeningRead();
    expect(first.early).toBe(true);
    expect(first.read).toBe(early);
    expect(EARLY_OPENING_GLOBAL in globalThis).toBe(false);
    const second = takeOpeningRead();
    expect(second.early).toBe(false);
    expect((await second.read)?.screen).toEqual(built);
  });
});
