import type { IDBPTransaction } from 'idb';
import { MessageError } from '@/lib/messages/errors';
import { summarize } from '@/lib/relationships/summary';
import { talkFacts } from '@/lib/relationships/week-tally';
import { withDerived } from './contacts';
import { checkRow, type TransferRows, type TransferStore } from './export-rows';
import type { Database } from './open';
import type { ContactRow, DinnerTableDB, StoreName } from './schema';

export interface RowsReport {
  /** Rows that were not here. */
  added: number;
  /** Contacts that were here and gained something from the file (a note, a tag, an earlier date). */
  merged: number;
  /** Rows already here as the file has them: importing the same file twice equals once. */
  unchanged: number;
  /** Rows that cannot be stored, by their place in the batch, with the reason. */
  refused: { index: number; reason: string }[];
}

type Tx = IDBPTransaction<DinnerTableDB, StoreName[], 'readwrite'>;
const contactRange = (account: string, key: string) =>
  IDBKeyRange.bound([account, key, -Infinity], [account, key, Infinity]);

/**
 * Makes sure the file's account exists (a newer name or handle already stored wins) before its
 * rows arrive. Safe to call again: a re-import or a resumed one changes nothing here.
 */
export async function beginRowsImport(
  db: Database,
  account: { id: string; handle: string; name?: string; firstSeen?: number; lastSeen?: number },
  now = Date.now(),
) {
  const tx = db.transaction('accounts', 'readwrite');
  const stored = await tx.store.get(account.id);
  if (!stored)
    await tx.store.put({
      id: account.id,
      handle: account.handle,
      ...(account.name && { name: account.name }),
      firstSeen: Math.min(account.firstSeen ?? now, now),
      // Not seen signed in on X: an imported account never becomes the popup's account by surprise.
      lastSeen: 0,
    });
  await tx.done;
}

/**
 * Stores one batch of an export's rows for one store, in one transaction: each row checked on its
 * own (a bad one is refused and reported, the rest go on), merged with what is here by key, and
 * every contact whose history grew gets its summary, stage and due date recomputed from the
 * stored history. Batches are independent: an import cut short is finished by importing again.
 */
export async function importRows<S extends TransferStore>(
  db: Database,
  account: string,
  store: S,
  rows: readonly unknown[],
  now = Date.now(),
): Promise<RowsReport> {
  const report: RowsReport = { added: 0, merged: 0, unchanged: 0, refused: [] };
  const checked: TransferRows[S][] = [];
  rows.forEach((raw, index) => {
    const result = checkRow(store, raw, account);
    if ('reason' in result) report.refused.push({ index, reason: result.reason });
    else checked.push(result.row);
  });
  const tx: Tx = db.transaction(
    ['accounts', 'contacts', 'interactions', 'posts', 'nudges', 'talk'],
    'readwrite',
  );
  // Deleted since its import began (another tab's wipe): rows stored now would belong to no listed
  // account, out of reach of export and wipe.
  if (!(await tx.objectStore('accounts').getKey(account))) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new MessageError('failed', 'The account was deleted during the import.', 'import-account-gone');
  }
  if (store === 'contacts') await putContacts(tx, account, checked as ContactRow[], report, now);
  else if (store === 'interactions') {
    const touched = await addNew(tx, store, account, checked, report);
    await resummarize(
      tx,
      account,
      touched.flatMap((row) => ('contact' in row && row.contact ? [row.contact] : [])),
      now,
    );
  } else await addNew(tx, store, account, checked, report);
  // The stored count of unmet followers may be stale now: the next list counts again.
  const accountRow = await tx.objectStore('accounts').get(account);
  if (accountRow?.unmetCount !== undefined && (report.added || report.merged)) {
    const { unmetCount: _stale, ...rest } = accountRow;
    await tx.objectStore('accounts').put(rest);
  }
  await tx.done;
  return report;
}

/** Adds rows whose key is not stored yet; returns the ones added. */
async function addNew<S extends TransferStore>(
  tx: Tx,
  store: S,
  account: string,
  rows: TransferRows[S][],
  report: RowsReport,
) {
  const os = tx.objectStore(store);
  const added: TransferRows[S][] = [];
  const seen = new Set<string>();
  const present = await Promise.all(rows.map((row) => os.getKey([account, row.key])));
  rows.forEach((row, i) => {
    if (present[i] !== undefined || seen.has(row.key)) {
      report.unchanged++;
      return;
    }
    seen.add(row.key);
    // biome-ignore lint/suspicious/noExplicitAny: each store gets the row type checked for it above.
    void os.add(row as any);
    added.push(row);
    report.added++;
  });
  return added;
}

/**
 * Recomputes each contact's summary and week tally from its stored history (creating the contact
 * if missing).
 */
async function resummarize(tx: Tx, account: string, keys: string[], now: number) {
  const contacts = tx.objectStore('contacts');
  const talk = tx.objectStore('talk');
  const byContact = tx.objectStore('interactions').index('byContact');
  await Promise.all(
    [...new Set(keys)].map(async (key) => {
      const [row, history] = await Promise.all([
        contacts.get([account, key]),
        byContact.getAll(contactRange(account, key)),
      ]);
      const first = history[0]?.at ?? now;
      const base: ContactRow = row ?? {
        account,
        key,
        ...(/^\d/.test(key) && { id: key }),
        firstSeen: first,
        lastSeen: first,
      };
      // Facts are keyed by interaction: writing every one of the history's again changes only what changed.
      for (const fact of talkFacts(history)) void talk.put({ account, ...fact });
      await contacts.put(withDerived({ ...base, summary: summarize(history) }, now));
    }),
  );
}

async function putContacts(tx: Tx, account: string, rows: ContactRow[], report: RowsReport, now: number) {
  const contacts = tx.objectStore('contacts');
  const byHandle = contacts.index('byHandle');
  const byContact = tx.objectStore('interactions').index('byContact');
  for (const incoming of rows) {
    const stored = await contacts.get([account, incoming.key]);
    let row = incoming;
    // A handle another row of this account wears stays with it (handles change hands; what the
    // page saw here is newer than a file).
    if (row.handleLower) {
      const owner = await byHandle.getKey([account, row.handleLower]);
      if (owner !== undefined && owner[1] !== row.key) {
        const { handle: _h, handleLower: _l, ...rest } = row;
        row = rest;
      }
    }
    if (!stored) {
      const history = await byContact.getAll(contactRange(account, row.key));
      await contacts.put(withDerived({ ...row, summary: summarize(history) }, now));
      report.added++;
      continue;
    }
    const merged = mergeContact(stored, row);
    if (sameFields(stored, merged)) {
      report.unchanged++;
      continue;
    }
    await contacts.put(withDerived(merged, now));
    report.merged++;
  }
}

const min = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
const max = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));

/**
 * What is stored wins; the file fills what is missing, brings earlier first-seen and later
 * last-seen times, its tags and a note not already there. Merging the same row again changes nothing.
 */
export function mergeContact(stored: ContactRow, incoming: ContactRow): ContactRow {
  const notes =
    stored.notes && incoming.notes && !stored.notes.includes(incoming.notes)
      ? `${stored.notes}\n${incoming.notes}`
      : (stored.notes ?? incoming.notes);
  const tags = [...new Set([...(stored.tags ?? []), ...(incoming.tags ?? [])])];
  const merged: ContactRow = {
    ...incoming,
    ...stored,
    firstSeen: Math.min(stored.firstSeen, incoming.firstSeen),
    lastSeen: Math.max(stored.lastSeen, incoming.lastSeen),
    followerFirstSeen: min(stored.followerFirstSeen, incoming.followerFirstSeen),
    followerLastSeen: max(stored.followerLastSeen, incoming.followerLastSeen),
    followingFirstSeen: min(stored.followingFirstSeen, incoming.followingFirstSeen),
    followingLastSeen: max(stored.followingLastSeen, incoming.followingLastSeen),
    ...(notes !== undefined && { notes }),
    ...(tags.length && { tags }),
    ...((stored.metInPerson || incoming.metInPerson) && { metInPerson: true }),
  };
  for (const k of Object.keys(merged) as (keyof ContactRow)[]) if (merged[k] === undefined) delete merged[k];
  return merged;
}

const sameFields = (a: ContactRow, b: ContactRow) =>
  Object.keys(b).every(
    (k) => JSON.stringify(a[k as keyof ContactRow]) === JSON.stringify(b[k as keyof ContactRow]),
  );
