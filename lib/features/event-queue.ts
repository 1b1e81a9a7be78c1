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
  flushNow(): Promise<void>;
  stop(): void;
}

const MAX_BATCH = 200;

/**
 * Collects what the features saw and sends it to the background at most once per `intervalMs`.
 * A batch stays queued, with the same batch id, until the background acknowledges it: a stopped
 * service worker is woken by the next send, a full disk is retried later, and the background's
 * keys make a resent batch harmless.
 */
export function createEventQueue(account: Account, sendBatch: SendBatch, intervalMs = 250): EventQueue {
  const queue: PageEvent[] = [];
  let inFlight: { batchId: string; events: PageEvent[] } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let stopped = false;
  let counter = 0;

  const schedule = (delay: number) => {
    if (timer || stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, delay);
  };

  async function flush() {
    if (stopped || (!inFlight && queue.length === 0)) return;
    inFlight ??= {
      batchId: `${Date.now().toString(36)}-${(counter++).toString(36)}`,
      events: queue.splice(0, MAX_BATCH),
    };
    try {
      await sendBatch({ account, ...inFlight });
      inFlight = undefined;
      failures = 0;
    } catch {
      failures++;
    }
    // Back off while the background cannot take it (up to 8 s), else keep the 250 ms rhythm.
    if (inFlight || queue.length)
      schedule(failures ? Math.min(8000, intervalMs * 2 ** failures) : intervalMs);
  }

  return {
    push(event) {
      queue.push(event);
      schedule(intervalMs);
    },
    get pending() {
      return queue.length + (inFlight?.events.length ?? 0);
    },
    async flushNow() {
      clearTimeout(timer);
      timer = undefined;
      await flush();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
