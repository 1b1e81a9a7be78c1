import { REPLY_WINDOW_DAYS } from '@/lib/relationships/due';
import { UNMET } from '@/lib/relationships/summary';
import type { Database } from './open';

const DAY = 86_400_000;

/**
 * The first moment after `now` when the popup's first screen of `account` could change by the clock
 * alone, with no write: the next contact to become due (byDue), the oldest due one leaving the reply
 * window (it moves to "missed", and the window's read shifts), the next snooze to end (the follower
 * is unmet again). Three index seeks and the snoozed rows (a handful), never a scan.
 */
export async function nextChangeByClock(
  db: Database,
  account: string,
  now: number,
  { windowDays = REPLY_WINDOW_DAYS }: { windowDays?: number } = {},
): Promise<number> {
  const tx = db.transaction('contacts');
  const byDue = tx.store.index('byDue');
  const times: number[] = [];
  const next = await byDue.openKeyCursor(IDBKeyRange.bound([account, now], [account, Infinity], true));
  if (next) times.push(next.key[1]);
  const edge = now - windowDays * DAY;
  // Still in the window while dueAt >= now - window: it leaves one millisecond after dueAt + window.
  const oldest = await byDue.openKeyCursor(IDBKeyRange.bound([account, edge], [account, Infinity]));
  if (oldest) times.push(oldest.key[1] + windowDays * DAY + 1);
  const snoozed = await tx.store
    .index('byUnmet')
    .getAll(IDBKeyRange.bound([account, UNMET.snoozed, -Infinity], [account, UNMET.snoozed, Infinity]));
  for (const row of snoozed) if ((row.snoozedUntil ?? 0) > now) times.push(row.snoozedUntil ?? 0);
  return times.length ? Math.min(...times) : Number.POSITIVE_INFINITY;
}
