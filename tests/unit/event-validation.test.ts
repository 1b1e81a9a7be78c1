import { unwrap } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { Database } from '@/lib/db/open';
import { createEventQueue } from '@/lib/features/event-queue';
import { clip, LIMITS } from '@/lib/messages/limits';
import { MessageError } from '@/lib/messages/protocol';
import type { PageEvent } from '@/lib/messages/schemas';
import { validateEvents } from '@/lib/messages/validate-events';
import {
  DANA as account,
  backgroundOnFreshDatabase,
  contentScript as content,
  likeOut as like,
  optionsPage as popup,
} from '../archive/background-harness';

const post = (over: Record<string, unknown>) => ({
  type: 'post',
  key: 'post:1',
  at: 1,
  kind: 'post',
  text: 'hello',
  links: [],
  mentions: [],
  ...over,
});

describe('clip', () => {
  it('cuts to the limit without splitting an emoji', () => {
    expect(clip('abcdef', 3)).toBe('abc');
    expect(clip('ab😀', 3)).toBe('ab');
    expect(clip('short', 10)).toBe('short');
  });
});

describe('validateEvents', () => {
  it('clips over-long text, links, names and bios instead of refusing', () => {
    const longLink = `https://example.com/${'a'.repeat(3000)}`;
    const { valid, quarantined } = validateEvents([
      post({ text: 'x'.repeat(30_000), links: [longLink, ...Array(60).fill('https://a.b')] }),
      {
        ...like(1),
        text: 'y'.repeat(26_000),
        person: { id: '5', name: 'n'.repeat(500), bio: 'b'.repeat(5000), url: 'u'.repeat(900) },
      },
    ]);
    expect(quarantined).toEqual([]);
    const [p, i] = valid as [
      Extract<PageEvent, { type: 'post' }>,
      Extract<PageEvent, { type: 'interaction' }>,
    ];
    expect(p.text).toHaveLength(LIMITS.text);
    expect(p.links).toHaveLength(LIMITS.linksPerPost);
    expect(p.links[0]).toHaveLength(LIMITS.link);
    expect(i.text).toHaveLength(LIMITS.text);
    expect(i.person.name).toHaveLength(LIMITS.name);
    expect(i.person.bio).toHaveLength(LIMITS.bio);
    expect(i.person.url).toHaveLength(LIMITS.url);
  });

  it('drops mentions that cannot be X handles (twitter-text takes 20 characters, X 15)', () => {
    const { valid } = validateEvents([post({ mentions: ['ok_handle', 'a_sixteen_chars_', 'ok_handle'] })]);
    expect((valid[0] as { mentions: string[] }).mentions).toEqual(['ok_handle']);
  });

  it('drops a malformed handle when the id says who it is, quarantines a person with neither', () => {
    const { valid, quarantined } = validateEvents([
      { ...like(1), person: { id: '5', handle: 'far_too_long_for_x_handles' } },
      { ...like(2), person: { handle: 'far_too_long_for_x_handles' } },
      'not an event',
      { type: 'nope' },
    ]);
    expect(valid).toHaveLength(1);
    expect(quarantined).toEqual([
      { type: 'interaction', code: 'bad-field', field: 'person.handle' },
      { type: 'unknown', code: 'not-an-event' },
      { type: 'unknown', code: 'unknown-type' },
    ]);
  });
});

describe('events.record with a poisoned event', () => {
  const { state, raw: send } = backgroundOnFreshDatabase({ sender: content });

  it('stores every valid event, counts the bad one with its reason in the status', async () => {
    const events = [like(1), { ...like(2), at: 'yesterday' }, like(3), post({ text: 'z'.repeat(40_000) })];
    const reply = await send('events.record', { account, batchId: 'b1', events });
    expect(reply).toEqual({ ok: true, data: { stored: 3, duplicates: 0, quarantined: 1 } });
    expect(await state.db.count('interactions')).toBe(2);
    expect((await state.db.get('posts', [account.id, 'post:1']))?.text).toHaveLength(LIMITS.text);
    const status = await send('status.get', {}, popup);
    expect(status).toMatchObject({
      ok: true,
      data: {
        quarantine: [
          {
            account: account.id,
            count: 1,
            reasons: [{ code: 'bad-field', type: 'interaction', field: 'at', count: 1 }],
          },
        ],
      },
    });
    // Wiping the account forgets its quarantine too.
    await send('data.wipe', { account: account.id }, popup);
    expect(await send('status.get', {}, popup)).not.toMatchObject({
      data: { quarantine: expect.anything() },
    });
  });

  it('clips an over-long account name instead of refusing the batch', async () => {
    const reply = await send('events.record', {
      account: { ...account, name: 'n'.repeat(300) },
      batchId: 'b1',
      events: [like(1)],
    });
    expect(reply).toMatchObject({ ok: true, data: { stored: 1 } });
    expect((await state.db.get('accounts', account.id))?.name).toHaveLength(LIMITS.accountName);
  });

  it('records one by one when an event makes the batch throw, losing only that event', async () => {
    // A person whose handle lookup throws inside the transaction (a bug one event triggers).
    const poisoned = { ...like(2), person: { handle: 'poison' } };
    const original = state.db.transaction.bind(state.db);
    vi.spyOn(state.db, 'transaction').mockImplementation(((...args: Parameters<Database['transaction']>) => {
      const tx = original(...args);
      const store = tx.objectStore.bind(tx);
      (tx as { objectStore: unknown }).objectStore = (name: never) => {
        const s = store(name);
        if (name !== 'contacts') return s;
        const index = s.index.bind(s);
        (s as { index: unknown }).index = (n: never) => {
          const ix = index(n);
          const get = ix.get.bind(ix);
          (ix as { get: unknown }).get = (q: [string, string]) => {
            if (q[1] === 'poison') throw new TypeError('reader bug');
            return get(q as never);
          };
          return ix;
        };
        return s;
      };
      // The plain transaction: idb wraps what this returns, and wrapping its own wrapper again would
      // give it a second `done` promise that nobody awaits (it rejects when the batch aborts).
      return unwrap(tx);
    }) as never);
    const reply = await send('events.record', {
      account,
      batchId: 'b1',
      events: [like(1), poisoned, like(3)],
    });
    expect(reply).toEqual({ ok: true, data: { stored: 2, duplicates: 0, quarantined: 1 } });
    expect(await state.db.count('interactions')).toBe(2);
    // The reason is a code and the error's name, never its message (which may quote the event).
    const status = await send('status.get', {}, popup);
    expect(status).toMatchObject({
      data: {
        quarantine: [{ reasons: [{ code: 'store-failed', type: 'interaction', detail: 'TypeError' }] }],
      },
    });
  });

  it('reads counts an older version stored with English reasons', async () => {
    await browser.storage.local.set({
      quarantine: [
        { account: account.id, count: 4, lastAt: 1, reasons: [{ reason: 'interaction: at: bad', count: 4 }] },
      ],
    });
    const status = await send('status.get', {}, popup);
    expect(status).toMatchObject({
      ok: true,
      data: { quarantine: [{ count: 4, reasons: [{ code: 'bad-field', type: 'unknown', count: 4 }] }] },
    });
  });
});

describe('the event queue', () => {
  const account = { id: '1', handle: 'me' };
  const ev = (n: number) => like(n) as PageEvent;

  it('drops a batch the background refuses as malformed and goes on with the next', async () => {
    const sent: string[][] = [];
    const queue = createEventQueue(
      account,
      async ({ events }) => {
        sent.push(events.map((e) => (e as { key: string }).key));
        if (sent.length === 1) throw new MessageError('malformed', 'bad');
      },
      1,
    );
    queue.push(ev(1));
    await queue.flushNow();
    queue.push(ev(2));
    await queue.flushNow();
    expect(sent).toEqual([['like_out:1'], ['like_out:2']]);
    expect(queue.dropped).toBe(1);
    expect(queue.pending).toBe(0);
    queue.stop();
  });

  it('splits a batch that keeps failing until only the poisoned event is held, then drops it', async () => {
    const stored = new Set<string>();
    const queue = createEventQueue(
      account,
      async ({ events }) => {
        if (events.some((e) => (e as { key: string }).key === 'like_out:5'))
          throw new MessageError('failed', 'boom');
        for (const e of events) stored.add((e as { key: string }).key);
      },
      1,
    );
    for (let n = 0; n < 10; n++) queue.push(ev(n));
    for (let i = 0; i < 100 && queue.pending > 0; i++) await queue.flushNow();
    expect(queue.pending).toBe(0);
    expect(queue.dropped).toBe(1);
    expect([...stored].sort()).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9].map((n) => `like_out:${n}`).sort());
    queue.stop();
  });

  it('keeps a batch while the disk is full, however long, and sends it once there is room', async () => {
    let full = true;
    let attempts = 0;
    const queue = createEventQueue(
      account,
      async () => {
        attempts++;
        if (full) throw new MessageError('storage-full', 'full');
      },
      1,
    );
    queue.push(ev(1));
    queue.push(ev(2));
    for (let i = 0; i < 30; i++) await queue.flushNow();
    expect(queue.pending).toBe(2);
    expect(queue.dropped).toBe(0);
    full = false;
    await queue.flushNow();
    expect(queue.pending).toBe(0);
    expect(attempts).toBe(31);
    queue.stop();
  });

  it('never sends two batches at once when a timer and a flush meet', async () => {
    let inFlight = 0;
    let most = 0;
    const queue = createEventQueue(
      account,
      async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
      },
      1,
    );
    queue.push(ev(1));
    await Promise.all([queue.flushNow(), queue.flushNow(), queue.flushNow()]);
    expect(most).toBe(1);
    expect(queue.pending).toBe(0);
    queue.stop();
  });
});

describe('wipe leaves nothing of the account in storage.local', () => {
  const { raw } = backgroundOnFreshDatabase();
  it('removes its handful picks, settings, health reports and quarantine counts, keeps the other account', async () => {
    await browser.storage.local.set({
      [`handful:${account.id}:2026-11-30`]: { keys: ['1'] },
      'handful:2222:2026-11-30': { keys: ['2'] },
      [`settings:${account.id}`]: { handfulSize: 3 },
      'settings:2222': { handfulSize: 4 },
      health: [
        { account: account.id, report: { route: 'home', path: '/home', at: 1, found: [], missing: [] } },
        { account: '2222', report: { route: 'home', path: '/home', at: 1, found: [], missing: [] } },
      ],
      quarantine: [
        { account: account.id, count: 1, lastAt: 1, reasons: [{ reason: 'r', count: 1 }] },
        { account: '2222', count: 2, lastAt: 1, reasons: [{ reason: 'r', count: 2 }] },
      ],
    });
    const reply = await raw('data.wipe', { account: account.id }, popup);
    expect(reply.ok).toBe(true);
    const left = await browser.storage.local.get(null);
    expect(Object.keys(left).filter((k) => k.includes(account.id))).toEqual([]);
    // Nowhere in any value either (quarantine counts, health, picks, settings).
    expect(JSON.stringify(left)).not.toContain(account.id);
    expect((left.quarantine as { account: string }[]).map((q) => q.account)).toEqual(['2222']);
    expect(left['handful:2222:2026-11-30']).toBeDefined();
    expect(left['settings:2222']).toEqual({ handfulSize: 4 });
    expect((left.health as { account: string }[]).map((h) => h.account)).toEqual(['2222']);
  });
});
