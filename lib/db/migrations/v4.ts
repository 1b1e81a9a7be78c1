import type { OldRow, UpgradeDb, UpgradeTx } from './types';

/**
 * v4: the week's tally (the `talk` store), so the week in Balance never reads interactions: one
 * row per thing you said to someone (reply, mention, quote or DM out), keyed [account, interaction
 * key], indexed by time, saying whether it was your first word to them and the latest thing they
 * said since your previous word. Back-filled from the history of every contact whose summary
 * counts something you said to them (the only ones with rows), oldest first.
 *
 * FROZEN: the rules below copy lib/relationships/week-tally.ts as it was when v4 shipped. Never
 * import live domain code here.
 */
export async function migrateToV4(db: UpgradeDb, tx: UpgradeTx) {
  const talk = db.createObjectStore('talk', { keyPath: ['account', 'key'] });
  talk.createIndex('byAccountAt', ['account', 'at']);
  const contacts = tx.objectStore('contacts');
  const byContact = tx.objectStore('interactions').index('byContact');
  // Pages of contacts (a cursor step per row costs more than the rows), then one history read each.
  let after: [string, string] | undefined;
  for (;;) {
    const page: OldRow[] = await contacts.getAll(
      after ? IDBKeyRange.lowerBound(after, true) : undefined,
      2000,
    );
    await Promise.all(
      page
        .filter((row) => saidToThem(row.summary))
        .map(async (row) => {
          const history: OldRow[] = await byContact.getAll(
            IDBKeyRange.bound([row.account, row.key, -Infinity], [row.account, row.key, Infinity]),
          );
          for (const fact of factsV4(history)) await talk.put({ account: row.account, ...fact } as never);
        }),
    );
    const last = page[page.length - 1];
    if (page.length < 2000 || !last) return;
    after = [last.account, last.key];
  }
}

const OUT = new Set(['reply_out', 'mention_out', 'quote_out', 'dm_out']);
const IN = new Set(['reply_in', 'mention_in', 'quote_in', 'dm_in']);

const saidToThem = (summary: OldRow | undefined) =>
  [...OUT].some((kind) => (summary?.counts?.[kind] ?? 0) > 0);

/** One contact's facts; `history` in the byContact index's order (time, then key). */
export function factsV4(history: readonly OldRow[]) {
  const facts: OldRow[] = [];
  let spoken = false;
  let pendingIn: number | undefined;
  for (const x of history) {
    if (!x.contact) continue;
    if (IN.has(x.kind)) pendingIn = Math.max(pendingIn ?? x.at, x.at);
    if (!OUT.has(x.kind)) continue;
    facts.push({
      key: x.key,
      contact: x.contact,
      at: x.at,
      ...(!spoken && { first: true }),
      ...(pendingIn !== undefined && { inAt: pendingIn }),
    });
    spoken = true;
    pendingIn = undefined;
  }
  return facts;
}
