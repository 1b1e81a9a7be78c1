import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handfulStorageKey } from '@/lib/background/handlers-popup';
import { openDatabase } from '@/lib/db/open';
import { localDate } from '@/lib/relationships/handful';
import { saveSettings } from '@/lib/settings/settings';
import {
  backgroundOnFreshDatabase,
  contentScript as content,
  popupPage as popup,
} from '../archive/background-harness';

const account = { id: '1000000001', handle: 'dana_builds', name: 'Dana' };
const DAY = 86_400_000;
const NOW = new Date(2025, 4, 20, 10, 0).getTime();

const record = (events: unknown[]) =>
  send('events.record', { account, batchId: String(Math.random()), events });

const follower = (i: number) => ({ id: String(2000 + i), handle: `fan_${i}`, name: `Fan ${i}` });

// The clock is set before the harness opens the database, as the background would see it.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
const { state, send } = backgroundOnFreshDatabase({ sender: popup });
beforeEach(async () => {
  const events: unknown[] = [];
  for (let i = 0; i < 30; i++)
    events.push({ type: 'edge', list: 'followers', person: follower(i), at: NOW - (i + 40) * DAY });
  events.push({ type: 'edge', list: 'following', person: follower(5), at: NOW - DAY });
  events.push({
    type: 'interaction',
    key: 'r1',
    kind: 'reply_in',
    person: follower(7),
    at: NOW - 2 * DAY,
    tweetId: '1800000000000000001',
  });
  events.push({
    type: 'interaction',
    key: 'r2',
    kind: 'reply_in',
    person: follower(7),
    at: NOW - DAY,
    tweetId: '1800000000000000002',
  });
  await record(events);
});
afterEach(() => vi.useRealTimers());

describe('handful.get', () => {
  it('picks engaged, then mutual, and stores the pick for the day', async () => {
    const handful = await send('handful.get', {});
    expect(handful.account).toBe(account.id);
    expect(handful.handle).toBe('dana_builds');
    expect(handful.picks).toHaveLength(5);
    // fan_7 replied twice and is owed a reply: in Keep talking, so not a second time in the handful.
    const due = await send('due.get', {});
    expect(due.due.map((d: { contact: { handle: string } }) => d.contact.handle)).toEqual(['fan_7']);
    expect(handful.picks.map((p: { contact: { handle: string } }) => p.contact.handle)).not.toContain(
      'fan_7',
    );
    expect(handful.picks[0]).toMatchObject({ tier: 'mutual', contact: { handle: 'fan_5' } });
    // Why them, as facts: fan_5 followed before Dinner Table first looked, so when is not said.
    expect(handful.picks[0].reason).toEqual({ kind: 'followed', mutual: true });
    // No post of theirs is known: Reply goes to their profile.
    expect(handful.picks[0].reply).toEqual({ to: 'profile', url: 'https://x.com/fan_5' });
    expect(handful.unmet).toBe(30);
    expect(handful.met).toBe(0);
    const stored = await fakeBrowser.storage.local.get(handfulStorageKey(account.id, localDate(NOW)));
    expect(Object.values(stored)[0]).toMatchObject({ size: 5 });

    // The same pick all day, even after new followers arrive; another one tomorrow.
    await record([{ type: 'edge', list: 'followers', person: follower(99), at: NOW }]);
    const again = await send('handful.get', {});
    expect(again.picks.map((p: { contact: { key: string } }) => p.contact.key)).toEqual(
      handful.picks.map((p: { contact: { key: string } }) => p.contact.key),
    );
    vi.setSystemTime(NOW + DAY);
    const tomorrow = await send('handful.get', {});
    expect(tomorrow.date).not.toBe(handful.date);
    expect(tomorrow.picks.slice(2).map((p: { contact: { key: string } }) => p.contact.key)).not.toEqual(
      handful.picks.slice(2).map((p: { contact: { key: string } }) => p.contact.key),
    );
    // Yesterday's stored pick is gone.
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).filter((k) => k.startsWith('handful:'))).toEqual([
      handfulStorageKey(account.id, localDate(NOW + DAY)),
    ]);
  });

  it('counts a pick met after a reply, a mention or met in person; snooze and not-for-me replace it', async () => {
    const { picks } = await send('handful.get', {});
    const [a, b, c, d] = picks.map(
      (p: { contact: { id: string; handle: string; key: string } }) => p.contact,
    );
    await record([
      {
        type: 'post',
        key: 'p1',
        at: NOW + 1000,
        kind: 'reply',
        text: 'hi',
        links: [],
        mentions: [],
        replyTo: { tweetId: '1800000000000000009', person: { id: a.id, handle: a.handle } },
      },
    ]);
    let handful = await send('handful.get', {});
    expect(handful.met).toBe(1);
    expect(handful.picks[0].met).toBe(true);
    expect(handful.picks[0].contact.key).toBe(a.key);

    handful = await send('handful.act', { account: account.id, key: b.key, action: 'met' });
    expect(handful.met).toBe(2);

    handful = await send('handful.act', { account: account.id, key: c.key, action: 'snooze' });
    handful = await send('handful.act', { account: account.id, key: d.key, action: 'hide' });
    const keys = handful.picks.map((p: { contact: { key: string } }) => p.contact.key);
    expect(keys).toHaveLength(5);
    expect(keys).not.toContain(c.key);
    expect(keys).not.toContain(d.key);
    expect(keys.slice(0, 2)).toEqual([a.key, b.key]);
    expect(handful.met).toBe(2);
  });

  it('leaves out whoever is due in Keep talking, also a pick who wrote to you after the pick', async () => {
    const handles = (h: { picks: { contact: { handle: string } }[] }) => h.picks.map((p) => p.contact.handle);
    const first = await send('handful.get', {});
    const mentioner = first.picks[2].contact;
    await record([
      {
        type: 'interaction',
        key: 'm1',
        kind: 'mention_in',
        person: follower(Number(mentioner.id) - 2000),
        at: NOW + 1000,
      },
    ]);
    vi.setSystemTime(NOW + 2000);
    const due = await send('due.get', {});
    expect(due.due.map((d: { contact: { handle: string } }) => d.contact.handle)).toContain(mentioner.handle);
    const after = await send('handful.get', {});
    expect(handles(after)).toHaveLength(5);
    expect(handles(after)).not.toContain(mentioner.handle);
    // Every other pick stays where it was.
    expect(handles(after).slice(0, 2)).toEqual(handles(first).slice(0, 2));
    for (const d of due.due) expect(handles(after)).not.toContain(d.contact.handle);

    // Answered: no longer due, and met (a follower you talked with leaves the unmet for good).
    await record([
      { type: 'interaction', key: 'm2', kind: 'reply_out', person: follower(7), at: NOW + 3000 },
    ]);
    vi.setSystemTime(NOW + 4000);
    expect(
      (await send('due.get', {})).due.map((d: { contact: { handle: string } }) => d.contact.handle),
    ).not.toContain('fan_7');
  });

  it('counts a reply to any unmet follower toward the day, not only to the picks (#17.8)', async () => {
    const { picks } = await send('handful.get', {});
    const picked = new Set(picks.map((p: { contact: { key: string } }) => p.contact.key));
    const others = Array.from({ length: 30 }, (_, i) => follower(i)).filter((f) => !picked.has(f.id));
    const reply = (key: string, to: { id: string; handle: string }, at = NOW + 1000) => ({
      type: 'post',
      key,
      at,
      kind: 'reply',
      text: 'hi',
      links: [],
      mentions: [],
      replyTo: { tweetId: '1800000000000000009', person: to },
    });
    const [x, y, z] = others as [
      ReturnType<typeof follower>,
      ReturnType<typeof follower>,
      ReturnType<typeof follower>,
    ];
    // z was already talked to yesterday: not unmet this morning, so a reply today is not a meeting.
    await record([reply('old', z, NOW - DAY)]);
    await record([reply('x1', x), reply('x2', x), reply('y1', y), reply('z1', z)]);
    const handful = await send('handful.get', {});
    expect(handful.met).toBe(2);
    expect(handful.metElsewhere).toBe(2);
    expect(handful.picks.every((p: { met: boolean }) => !p.met)).toBe(true);
    // A pick met too: both count, each once.
    await record([reply('p1', { id: picks[2].contact.id, handle: picks[2].contact.handle })]);
    expect(await send('handful.get', {})).toMatchObject({ met: 3, metElsewhere: 2 });
    // Tomorrow is a new day.
    vi.setSystemTime(NOW + DAY);
    expect((await send('handful.get', {})).met).toBe(0);
  });

  it('undoes a snooze or a "not for me": the person is back in their place, the stand-in leaves', async () => {
    const first = await send('handful.get', {});
    const keys = (h: { picks: { contact: { key: string } }[] }) => h.picks.map((p) => p.contact.key);
    const c = first.picks[2].contact;
    for (const action of ['snooze', 'hide'] as const) {
      const aside = await send('handful.act', { account: account.id, key: c.key, action });
      expect(keys(aside)).not.toContain(c.key);
      const back = await send('handful.act', { account: account.id, key: c.key, action: 'undo' });
      expect(keys(back)).toEqual(keys(first));
      const stored = await send('contact.get', { account: account.id, person: `id:${c.id}` });
      expect(stored.contact.snoozedUntil).toBeUndefined();
      expect(stored.contact.hidden).toBeUndefined();
      expect(
        (await send('handful.get', {})).picks.map((p: { contact: { key: string } }) => p.contact.key),
      ).toEqual(keys(first));
    }
    // Undo of someone never set aside changes nothing.
    expect(keys(await send('handful.act', { account: account.id, key: c.key, action: 'undo' }))).toEqual(
      keys(first),
    );
  });

  it('keeps the undo when the pick is asked for while a snooze is being stored (one pick change at a time)', async () => {
    const first = await send('handful.get', {});
    const keys = (h: { picks: { contact: { key: string } }[] }) => h.picks.map((p) => p.contact.key);
    const c = first.picks[1].contact;
    // The popup asking again and the background preparing the pick, in the middle of the snooze.
    const acting = send('handful.act', { account: account.id, key: c.key, action: 'snooze' });
    const asking: Promise<unknown>[] = [];
    for (let i = 0; i < 40; i++) {
      asking.push(send('handful.get', {}));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const [aside] = await Promise.all([acting, ...asking]);
    expect(keys(aside)).not.toContain(c.key);
    const back = await send('handful.act', { account: account.id, key: c.key, action: 'undo' });
    expect(keys(back)).toEqual(keys(first));
  });

  it("follows the account's own handful size, and shows the account last signed in on X", async () => {
    await saveSettings({ handfulSize: 2 }, 'someone-else'); // another account's settings change nothing here
    expect((await send('handful.get', {})).picks).toHaveLength(5);
    await saveSettings({ handfulSize: 3 }, account.id);
    expect((await send('handful.get', {})).picks).toHaveLength(3);
    // An account seen earlier is never shown by surprise: the popup shows the one last signed in.
    await state.db.put('accounts', {
      id: '42',
      handle: 'dana_alt',
      firstSeen: NOW - DAY,
      lastSeen: NOW - DAY,
    });
    expect((await send('handful.get', {})).account).toBe(account.id);
    expect((await send('handful.get', { account: '42' })).account).toBe('42');
  });

  it('brings a follower back to the pool and the count once their snooze ran out', async () => {
    const back = follower(3);
    for (let i = 0; i < 30; i++) {
      const patch = i === 3 ? { snoozedUntil: NOW + 7 * DAY } : { hidden: true };
      await send('contact.update', { account: account.id, person: `id:${follower(i).id}`, patch }, content);
    }
    expect(await send('handful.get', {})).toMatchObject({ unmet: 0, picks: [] });
    vi.setSystemTime(NOW + 8 * DAY);
    // Nothing else ran in between (no list was opened): the handful itself wakes the snooze.
    const handful = await send('handful.get', {});
    expect(handful.unmet).toBe(1);
    expect(handful.picks.map((p: { contact: { id: string } }) => p.contact.id)).toEqual([back.id]);
  });

  it('has no account and no picks before any data, and says whether followers are known', async () => {
    globalThis.indexedDB = new IDBFactory();
    state.db = await openDatabase();
    expect(await send('handful.get', {})).toMatchObject({ account: null, picks: [], hasFollowers: false });
  });

  it('refuses the popup messages from a content script, and bad keys', async () => {
    await expect(send('handful.get', {}, content)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      send('handful.act', { account: account.id, key: 'DROP TABLE', action: 'met' }),
    ).rejects.toMatchObject({ code: 'malformed' });
  });
});

describe('balance.get', () => {
  it('sums the last 7 and 30 days of posts and nudges against the goal', async () => {
    await saveSettings({ promoRatioGoal: 0.1 });
    await record([
      {
        type: 'post',
        key: 'a',
        at: NOW - DAY,
        kind: 'post',
        text: 'Buy',
        links: [],
        mentions: [],
        verdict: 'promotional',
      },
      {
        type: 'post',
        key: 'b',
        at: NOW - 2 * DAY,
        kind: 'reply',
        text: 'Hi',
        links: [],
        mentions: [],
        verdict: 'conversational',
      },
      {
        type: 'post',
        key: 'c',
        at: NOW - 20 * DAY,
        kind: 'post',
        text: 'News',
        links: [],
        mentions: [],
        verdict: 'broadcast',
      },
      { type: 'nudge', key: 'n1', at: NOW - DAY, outcome: 'shown', verdict: 'promotional', rules: ['cta'] },
      {
        type: 'nudge',
        key: 'n2',
        at: NOW - DAY,
        outcome: 'posted_anyway',
        verdict: 'promotional',
        rules: ['cta'],
      },
    ]);
    const balance = await send('balance.get', { account: account.id });
    expect(balance.goal).toBe(0.1);
    expect(balance.windows[0]).toMatchObject({
      days: 7,
      posts: 2,
      replies: 1,
      broadcasts: 1,
      promoShare: 0.5,
      overGoal: true,
    });
    expect(balance.windows[0].nudges).toMatchObject({ flagged: 1, postedAnyway: 1 });
    expect(balance.windows[1]).toMatchObject({ days: 30, posts: 3 });
    expect(balance.series.x).toHaveLength(30);
  });
});

describe('prepareTodaysHandful', () => {
  it('picks the day, so the popup opens on a stored pick', async () => {
    const { prepareTodaysHandful } = await import('@/lib/background/handlers-popup');
    await prepareTodaysHandful(async () => state.db);
    const stored = await fakeBrowser.storage.local.get(handfulStorageKey(account.id, localDate(NOW)));
    expect(Object.keys(stored)).toHaveLength(1);
    await expect(
      prepareTodaysHandful(async () => Promise.reject(new Error('closed'))),
    ).resolves.toBeUndefined();
  });
});

describe('handful.get on day one (#17.4)', () => {
  const newcomer = { id: '1000000002', handle: 'new_here', name: 'New' };
  const recordFor = (events: unknown[]) =>
    send('events.record', { account: newcomer, batchId: String(Math.random()), events });
  const followers = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      type: 'edge',
      list: 'followers',
      person: follower(100 + from + i),
      at: NOW,
    }));

  it('picks again once followers are found after an empty pick, and says how many were found', async () => {
    const empty = await send('handful.get', { account: newcomer.id });
    expect(empty.picks).toHaveLength(0);
    expect(empty.hasFollowers).toBe(false);

    await recordFor(followers(0, 30));
    const filled = await send('handful.get', { account: newcomer.id });
    expect(filled.picks).toHaveLength(5);
    expect(filled.unmet).toBe(30);
    expect(filled.found).toBe(30);
    // The same pick at the next opening; the notice fades after a while.
    const again = await send('handful.get', { account: newcomer.id });
    expect(again.picks.map((p: { contact: { key: string } }) => p.contact.key)).toEqual(
      filled.picks.map((p: { contact: { key: string } }) => p.contact.key),
    );
    vi.setSystemTime(NOW + 16 * 60_000);
    expect((await send('handful.get', { account: newcomer.id })).found).toBeUndefined();
  });

  it('still has followers once every one of them is met (a walk over the account’s own contacts)', async () => {
    await recordFor(followers(0, 1));
    await send(
      'contact.update',
      { account: newcomer.id, person: `id:${follower(100).id}`, patch: { metInPerson: true } },
      content,
    );
    const met = await send('handful.get', { account: newcomer.id });
    expect(met.picks).toHaveLength(0);
    expect(met.unmet).toBe(0);
    expect(met.hasFollowers).toBe(true);
  });

  it('fills a short pick when more followers arrive, and keeps a short one when no one else is unmet', async () => {
    await recordFor(followers(0, 2));
    const two = await send('handful.get', { account: newcomer.id });
    expect(two.picks).toHaveLength(2);
    expect(two.unmet).toBe(2);
    expect(two.found).toBeUndefined();
    const stored = async () =>
      Object.values(await fakeBrowser.storage.local.get(handfulStorageKey(newcomer.id, localDate(NOW))))[0];
    const before = await stored();
    await send('handful.get', { account: newcomer.id });
    expect(await stored()).toEqual(before); // nothing to add: not picked again

    await recordFor(followers(2, 1));
    const three = await send('handful.get', { account: newcomer.id });
    expect(three.picks).toHaveLength(3);
    expect(three.picks.slice(0, 2)).toEqual(two.picks); // today's picks stay, in order
    expect(three.unmet).toBe(3);
  });
});
