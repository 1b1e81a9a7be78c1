import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEventQueue } from '@/lib/features/event-queue';
import { MessageError } from '@/lib/messages/protocol';
import type { PageEvent } from '@/lib/messages/schemas';
import { backgroundOver, contentScript } from '../archive/background-harness';

// The refused, split, full-disk and one-at-a-time cases live in event-validation.test.ts; these are
// the queue's own rhythm: bounded batches, resends under the same id, and sending without a flush.
const account = { id: '1', handle: 'me' };
const ev = (n: number) => ({ type: 'like_out', key: `like_out:${n}`, at: n }) as unknown as PageEvent;
const keyOf = (e: PageEvent) => (e as unknown as { key: string }).key;

describe('the event queue', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends at most 200 events a batch, in the order they came', async () => {
    const batches: string[][] = [];
    const queue = createEventQueue(account, async ({ events }) => {
      batches.push(events.map(keyOf));
    });
    for (let n = 0; n < 450; n++) queue.push(ev(n));
    while (queue.pending > 0) await queue.flushNow();
    expect(batches.map((b) => b.length)).toEqual([200, 200, 50]);
    expect(batches.flat()).toEqual(Array.from({ length: 450 }, (_, n) => `like_out:${n}`));
    queue.stop();
  });

  it('resends a failed batch under the same id, and forgets it once acknowledged', async () => {
    const ids: string[] = [];
    let fail = 2;
    const queue = createEventQueue(account, async ({ batchId }) => {
      ids.push(batchId);
      if (fail-- > 0) throw new MessageError('failed', 'worker stopped');
    });
    queue.push(ev(1));
    await queue.flushNow();
    await queue.flushNow();
    expect(queue.pending).toBe(1);
    await queue.flushNow();
    expect(queue.pending).toBe(0);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
    queue.push(ev(2));
    await queue.flushNow();
    expect(ids[3]).not.toBe(ids[0]);
    queue.stop();
  });

  it('sends on its own timer, and backs off while the background fails', async () => {
    vi.useFakeTimers();
    const sends: number[] = [];
    let fail = true;
    const queue = createEventQueue(
      account,
      async () => {
        sends.push(Date.now());
        if (fail) throw new MessageError('failed', 'no answer');
      },
      100,
    );
    const start = Date.now();
    queue.push(ev(1));
    await vi.advanceTimersByTimeAsync(99);
    expect(sends).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sends).toHaveLength(1);
    // Failures double the wait: 200 ms, then 400 ms.
    await vi.advanceTimersByTimeAsync(200);
    expect(sends).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(399);
    expect(sends).toHaveLength(2);
    fail = false;
    await vi.advanceTimersByTimeAsync(1);
    expect(sends.map((t) => t - start)).toEqual([100, 300, 700]);
    expect(queue.pending).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sends).toHaveLength(3);
    queue.stop();
  });

  it('sends nothing after stop', async () => {
    vi.useFakeTimers();
    const send = vi.fn(async () => {});
    const queue = createEventQueue(account, send, 10);
    queue.push(ev(1));
    queue.stop();
    await vi.advanceTimersByTimeAsync(1000);
    await queue.flushNow();
    expect(send).not.toHaveBeenCalled();
  });

  it('sends what is queued when the page hides, without waiting for the next tick', async () => {
    vi.useFakeTimers();
    const page = new EventTarget();
    const sent: string[][] = [];
    const queue = createEventQueue(
      account,
      async ({ events }) => {
        sent.push(events.map(keyOf));
      },
      60_000,
      page,
    );
    queue.push(ev(1));
    queue.push(ev(2));
    page.dispatchEvent(new Event('pagehide'));
    // No timer has run: only the pagehide flush can have sent the batch.
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([['like_out:1', 'like_out:2']]);
    expect(queue.pending).toBe(0);
    queue.stop();
    // Once stopped, a later pagehide sends nothing (the queue no longer listens).
    queue.push(ev(3));
    page.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
  });

  it('sends what is queued when the tab is hidden, and not when it shows again', async () => {
    vi.useFakeTimers();
    const page = new EventTarget();
    let hidden = false;
    const send = vi.fn(async () => {});
    const queue = createEventQueue(account, send, 60_000, page, () => hidden);
    queue.push(ev(1));
    // Shown again (or any visibility change to visible): the batch waits for its tick.
    page.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(send).not.toHaveBeenCalled();
    hidden = true;
    page.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    expect(queue.pending).toBe(0);
    queue.stop();
  });

  it('listens on the window by default, as the content script uses it', async () => {
    vi.useFakeTimers();
    const send = vi.fn(async () => {});
    const queue = createEventQueue(account, send, 60_000);
    queue.push(ev(1));
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    queue.stop();
  });
});

describe('a database the background cannot open for a while', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps every event however long it lasts, then stores each once', async () => {
    vi.useFakeTimers();
    let available = false;
    const stored: string[] = [];
    // The background's own answer while its database cannot be opened (handlers.ts getDb).
    const { raw } = backgroundOver(async () => {
      if (!available)
        throw new DOMException('The database is busy (blocked by another connection).', 'UnknownError');
      throw new Error('opened');
    }, contentScript);
    const queue = createEventQueue(account, async (batch) => {
      if (available) {
        stored.push(...batch.events.map(keyOf));
        return;
      }
      const reply = await raw('events.record', batch, contentScript);
      if (!reply.ok) throw new MessageError(reply.error.code, reply.error.message, reply.error.reason);
    });
    for (let n = 0; n < 40; n++) queue.push(ev(n));
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(queue.dropped).toBe(0);
    expect(queue.pending).toBe(40);
    available = true;
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(queue.pending).toBe(0);
    expect(stored).toEqual(Array.from({ length: 40 }, (_, n) => `like_out:${n}`));
    queue.stop();
  });
});
