import type { Account, PageEvent } from '@/lib/messages/schemas';
import type { Quarantined } from '@/lib/messages/validate-events';
import type { Database } from './open';
import { type RecordResult, recordEvents } from './record';

/**
 * Records a batch in one transaction; if that fails for a reason other than the disk or the
 * database (a bug one event triggers), records the events one by one so that only the event that
 * fails is lost, and adds it to `quarantined`. Keys make the second pass safe: the first
 * transaction was rolled back whole.
 */
export async function recordEachIfNeeded(
  db: Database,
  account: Account,
  events: PageEvent[],
  quarantined: Quarantined[],
): Promise<RecordResult> {
  try {
    return await recordEvents(db, account, events);
  } catch (error) {
    if (!isPerEventFailure(error) || events.length === 1) {
      if (events.length === 1 && isPerEventFailure(error)) {
        quarantined.push(storeFailed(events[0]?.type ?? 'unknown', error));
        return { stored: 0, duplicates: 0 };
      }
      throw error;
    }
  }
  const total: RecordResult = { stored: 0, duplicates: 0 };
  for (const event of events) {
    try {
      const one = await recordEvents(db, account, [event]);
      total.stored += one.stored;
      total.duplicates += one.duplicates;
    } catch (error) {
      if (!isPerEventFailure(error)) throw error;
      quarantined.push(storeFailed(event.type, error));
    }
  }
  return total;
}

/**
 * Failures that belong to the database or the disk (full, closed, aborted by a version change) are
 * not the event's fault: they are thrown so the content script keeps the batch and retries.
 */
function isPerEventFailure(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return !(
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    name === 'InvalidStateError' ||
    name === 'AbortError' ||
    name === 'UnknownError' ||
    name === 'TransactionInactiveError' ||
    name === 'VersionError'
  );
}

/** The error's name only (a code like `ConstraintError`): its message may quote the event. */
const storeFailed = (type: string, error: unknown): Quarantined => {
  const name = (error as { name?: unknown } | null)?.name;
  return {
    type,
    code: 'store-failed',
    detail: typeof name === 'string' && /^\w{1,40}$/.test(name) ? name : 'Error',
  };
};
