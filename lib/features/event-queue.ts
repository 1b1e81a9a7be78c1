import type { Account, PageEvent } from '@/lib/messages/schemas';

export type SendBatch = (batch: {
  account: Account;
  batchId: string;
  events: PageEvent[];
}) => Promise<unknown>;

export interface EventQueue {
  push(event: PageEvent): void;
  /** Events not yet acknowledged by the background. */
  readonly pending: number;
  /** Events given up on: refused as malformed, or failing alone again and again. */
  readonly dropped: number;
  flushNow(): Promise<void>;
  stop(): void;
}

const MAX_BATCH = 200;
/** Failures of one batch before it is split in two, to isolate an event the background chokes on. */
const SPLIT_AFTER = 3;
/** Failures of a single event (not a full disk) before it is given up. */
const DROP_AFTER = 8;

/** Answers that will never change on a resend: the batch itself is wrong. */
const HOPELESS = new Set(['malformed', 'forbidden', 'unknown-type']);
/**
 * Answers that say the disk or the database, not the batch, is the problem: keep the batch however
 * long it takes (backing off), never counting the wait against its events.
 */
const WAIT = new Set(['storage-full', 'unavailable']);

/**
 * Collects what the features saw and sends it to the background at most once per `intervalMs`.
 * A batch stays queued, with the same batch id, until the background acknowledges it: a stopped
 * service worker is woken by the next send, a full disk is retried later, and the background's
 * keys make a resent batch harmless. No input can stop the queue: a batch the background refuses
 * as malformed is dropped, and one that keeps failing is split until the failing event is alone
 * (the background already quarantines bad events on its own; this is the last line).
 */
export function createEventQueue(
  account: Account,
  sendBatch: SendBatch,
  intervalMs = 250,
  /**
   * Where `visibilitychange` and `pagehide` fire: hiding, closing or leaving the tab sends what is
   * queued now, not at the next tick. Hidden comes first and is the last moment every browser still
   * delivers a message; a send from a tab being torn down may be dropped (Firefox does).
   */
  page: EventTarget | undefined = globalThis.window,
  isHidden: () => boolean = () => globalThis.document?.visibilityState === 'hidden',
): EventQueue {
  const queue: PageEvent[] = [];
  /** Batches being sent, first one first; a split puts its halves here. */
  const outbox: { batchId: string; events: PageEvent[]; failures: number }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let backoff = 0;
  let stopped = false;
  let counter = 0;
  let dropped = 0;
  let flushing: Promise<void> | undefined;
  const listening = new AbortController();

  const schedule = (delay: number) => {
    if (timer || stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, delay);
  };
  const newId = () => `${Date.now().toString(36)}-${(counter++).toString(36)}`;

  async function sendOne() {
    if (outbox.length === 0 && queue.length)
      outbox.push({ batchId: newId(), events: queue.splice(0, MAX_BATCH), failures: 0 });
    const batch = outbox[0];
    if (!batch) return;
    try {
      await sendBatch({ account, batchId: batch.batchId, events: batch.events });
      outbox.shift();
      backoff = 0;
    } catch (error) {
      const code = (error as { code?: string } | null)?.code ?? 'failed';
      if (HOPELESS.has(code)) {
        outbox.shift();
        dropped += batch.events.length;
        console.warn(`Dinner Table: ${batch.events.length} events refused (${code}).`);
        return;
      }
      backoff++;
      if (WAIT.has(code)) return;
      batch.failures++;
      if (batch.events.length > 1 && batch.failures >= SPLIT_AFTER) {
        const half = Math.ceil(batch.events.length / 2);
        outbox.splice(
          0,
          1,
          { batchId: newId(), events: batch.events.slice(0, half), failures: 0 },
          { batchId: newId(), events: batch.events.slice(half), failures: 0 },
        );
      } else if (batch.events.length === 1 && batch.failures >= DROP_AFTER) {
        outbox.shift();
        dropped++;
        console.warn('Dinner Table: an event failed again and again and was dropped.');
      }
    }
  }

  async function flush() {
    if (stopped) return;
    // One send at a time, in order: a timer and a `pagehide` flush never send the same batch twice.
    while (flushing) await flushing;
    flushing = sendOne().finally(() => {
      flushing = undefined;
    });
    await flushing;
    // Back off while the background cannot take it (up to 8 s), else keep the 250 ms rhythm.
    if (outbox.length || queue.length)
      schedule(backoff ? Math.min(8000, intervalMs * 2 ** backoff) : intervalMs);
  }

  async function flushNow() {
    clearTimeout(timer);
    timer = undefined;
    await flush();
  }
  page?.addEventListener('pagehide', () => void flushNow(), { signal: listening.signal });
  // `visibilitychange` fires on the document and bubbles up to the window.
  page?.addEventListener(
    'visibilitychange',
    () => {
      if (isHidden()) void flushNow();
    },
    { signal: listening.signal },
  );

  return {
    push(event) {
      queue.push(event);
      schedule(intervalMs);
    },
    get pending() {
      return queue.length + outbox.reduce((n, b) => n + b.events.length, 0);
    },
    get dropped() {
      return dropped;
    },
    flushNow,
    stop() {
      stopped = true;
      clearTimeout(timer);
      listening.abort();
    },
  };
}
