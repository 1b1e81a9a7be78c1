import type { Database } from './open';
import type { TalkRow } from './schema';

/**
 * What the week in Balance reads: the week's tally (the `talk` store: one small row per thing you
 * said to someone, kept at write time) from `from` to `now`, one bounded index range. Never an
 * interaction and never a contact: each row already says whether it was a first word and what it
 * answered (lib/relationships/week-tally).
 */
export function weekTally(db: Database, account: string, from: number, now: number): Promise<TalkRow[]> {
  return db.getAllFromIndex('talk', 'byAccountAt', IDBKeyRange.bound([account, from], [account, now]));
}
