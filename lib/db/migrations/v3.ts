import type { OldRow, UpgradeTx } from './types';

/**
 * v3 (keep talking): each contact's summary gains the last thing each side said and the first
 * thing they said that you have not answered (`lastIn`, `lastOut`, `owed`, each with a snippet of
 * at most 280 characters), and the row gains `dueAt`/`dueReason`, indexed by `byDue`, so the due
 * list is one index range. Back-fills from each contact's history, oldest first.
 *
 * FROZEN: the rules below copy lib/relationships/summary.ts and due.ts as they were when v3
 * shipped. Never import live domain code here.
 */
export async function migrateToV3(tx: UpgradeTx) {
  const contacts = tx.objectStore('contacts');
  contacts.createIndex('byDue', ['account', 'dueAt']);
  const byContact = tx.objectStore('interactions').index('byContact');
  for (let cursor = await contacts.openCursor(); cursor; cursor = await cursor.continue()) {
    const row: OldRow = cursor.value;
    const history: OldRow[] = await byContact.getAll(
      IDBKeyRange.bound([row.account, row.key, -Infinity], [row.account, row.key, Infinity]),
    );
    const summary = { counts: {}, days: [], ...row.summary, ...talkV3(history) };
    const next: OldRow = { ...row, summary };
    const due = dueV3(next);
    if (due) Object.assign(next, due);
    await cursor.update(next as never);
  }
}

const DAY = 86_400_000;
const OUT = new Set(['reply_out', 'mention_out', 'quote_out', 'dm_out']);
const IN = new Set(['reply_in', 'mention_in', 'quote_in', 'dm_in']);
const MAX = 280;

interface SaidV3 {
  at: number;
  kind: string;
  text?: string;
  tweetId?: string;
}

function snippetV3(text: unknown): string | undefined {
  const flat = typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
  if (!flat) return undefined;
  if (flat.length <= MAX) return flat;
  const cut = flat.slice(0, MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX * 0.7 ? cut.slice(0, space) : cut}…`;
}

function saidV3(row: OldRow): SaidV3 {
  const text = snippetV3(row.text);
  return { at: row.at, kind: row.kind, ...(text && { text }), ...(row.tweetId && { tweetId: row.tweetId }) };
}

export function talkV3(history: Iterable<OldRow>) {
  let lastIn: SaidV3 | undefined;
  let lastOut: SaidV3 | undefined;
  let owed: SaidV3 | undefined;
  // The byContact index yields each contact's history by time, oldest first.
  for (const row of history) {
    if (IN.has(row.kind)) {
      if (!lastIn || row.at >= lastIn.at) lastIn = saidV3(row);
      if (!(lastOut && lastOut.at >= row.at) && (!owed || row.at < owed.at)) owed = saidV3(row);
    }
    if (OUT.has(row.kind)) {
      if (!lastOut || row.at >= lastOut.at) lastOut = saidV3(row);
      if (owed && owed.at <= row.at) owed = undefined;
    }
  }
  return { ...(lastIn && { lastIn }), ...(lastOut && { lastOut }), ...(owed && { owed }) };
}

/** No one has chosen a cadence, done, snoozed or stopped yet at v3: only the defaults apply. */
export function dueV3(row: OldRow): { dueAt: number; dueReason: string } | undefined {
  const s = row.summary;
  if (s?.owed) return { dueAt: s.owed.at, dueReason: 'reply-back' };
  const days = row.stage === 'conversing' ? 21 : row.stage === 'friend' ? 42 : undefined;
  const last = Math.max(s?.lastIn?.at ?? -1, s?.lastOut?.at ?? -1);
  if (days === undefined || last < 0) return undefined;
  return { dueAt: last + days * DAY, dueReason: 'going-cold' };
}
