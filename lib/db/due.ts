import { type Cadence, type DueFields, REPLY_WINDOW_DAYS, SNOOZE_DAYS } from '@/lib/relationships/due';
import { ACTIVE_OUT } from '@/lib/relationships/stage';
import { withDerived } from './contacts';
import type { Database } from './open';
import type { ContactRow } from './schema';

const DAY = 86_400_000;

/**
 * The contacts that are due now, by the byDue index: everything that became due within the reply
 * window, plus the `older` most recently due before it (long-cold friends, missed reply-backs).
 * Never reads interactions, never scans contacts.
 */
export async function dueContacts(
  db: Database,
  account: string,
  now: number,
  { windowDays = REPLY_WINDOW_DAYS, older = 100, recent = 500 } = {},
): Promise<ContactRow[]> {
  const edge = now - windowDays * DAY;
  const tx = db.transaction('contacts');
  const index = tx.store.index('byDue');
  const rows = await index.getAll(IDBKeyRange.bound([account, edge], [account, now]), recent);
  const before = IDBKeyRange.bound([account, -Infinity], [account, edge], false, true);
  let cursor = await index.openCursor(before, 'prev');
  for (let n = 0; cursor && n < older; n++, cursor = await cursor.continue()) rows.push(cursor.value);
  return rows;
}

export type DueAction = 'done' | 'snooze' | 'stop';

/** Done (we talked elsewhere), snooze a week, stop reminding, or a new "keep in touch every". */
export async function updateDue(
  db: Database,
  account: string,
  key: string,
  change: { action: DueAction } | { keepEvery: Cadence },
  now = Date.now(),
): Promise<ContactRow | undefined> {
  const tx = db.transaction('contacts', 'readwrite');
  const row = await tx.store.get([account, key]);
  if (!row) return undefined;
  const next: ContactRow & DueFields = { ...row };
  if ('keepEvery' in change) {
    next.keepEvery = change.keepEvery;
    // Choosing how often to keep in touch is asking to be reminded again.
    if (change.keepEvery !== 'off') delete next.dueStopped;
  } else if (change.action === 'done') next.dueDoneAt = now;
  else if (change.action === 'snooze') next.dueSnoozedUntil = now + SNOOZE_DAYS * DAY;
  else next.dueStopped = true;
  const saved = withDerived(next, now);
  await tx.store.put(saved);
  await tx.done;
  return saved;
}

/** How many people you said something to since `since` (reaching out counts as progress). */
export async function reachedOutSince(db: Database, account: string, since: number): Promise<number> {
  const rows = await db.getAllFromIndex(
    'interactions',
    'byAccountAt',
    IDBKeyRange.bound([account, since], [account, Infinity]),
  );
  return new Set(rows.filter((r) => ACTIVE_OUT.has(r.kind)).map((r) => r.contact)).size;
}
