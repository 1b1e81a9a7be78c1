import type { IDBPTransaction } from 'idb';
import type { ContactSummary } from '@/lib/relationships/summary';
import { appendTalk, type TalkFact, type TalkItem, talkFacts } from '@/lib/relationships/week-tally';
import type { DinnerTableDB, StoreName } from './schema';

type TallyTx = IDBPTransaction<DinnerTableDB, StoreName[], 'readwrite'>;

const contactRange = (account: string, key: string) =>
  IDBKeyRange.bound([account, key, -Infinity], [account, key, Infinity]);

/**
 * Keeps the week's tally (the `talk` store) right within one write transaction. Every interaction
 * newly stored for a contact is `add`ed with the contact's summary as it was before the
 * transaction's first one for them; `flush` then writes the facts of what was added: from the
 * summary alone when everything added comes after the contact's earlier talk (live use, the
 * common case), else from the contact's whole stored history, read in the same transaction after
 * every write was issued. Facts are keyed by their interaction, so a duplicate never counts twice.
 */
export class TalkTally {
  private added = new Map<string, { before: ContactSummary | undefined; items: TalkItem[] }>();
  private reread = new Set<string>();

  constructor(
    private readonly tx: TallyTx,
    private readonly account: string,
  ) {}

  /** `row` was stored for `contact` just now; `before` is the contact's summary before it. */
  add(contact: string, before: ContactSummary | undefined, row: Omit<TalkItem, 'contact'>) {
    if (!contact) return;
    let entry = this.added.get(contact);
    if (!entry) {
      entry = { before, items: [] };
      this.added.set(contact, entry);
    }
    entry.items.push({ key: row.key, kind: row.kind, at: row.at, contact });
  }

  /** The contact's history changed otherwise (interactions moved to it): its facts are recounted. */
  recount(contact: string) {
    this.reread.add(contact);
  }

  /** Issues the tally's writes; call once the transaction's interaction writes are issued. */
  async flush() {
    const store = this.tx.objectStore('talk');
    const put = (facts: TalkFact[]) => {
      for (const fact of facts) quiet(store.put({ account: this.account, ...fact }));
    };
    const reread = new Set(this.reread);
    for (const [contact, { before, items }] of this.added) {
      if (reread.has(contact)) continue;
      const facts = appendTalk(before, items);
      if (facts) put(facts);
      else reread.add(contact);
    }
    const byContact = this.tx.objectStore('interactions').index('byContact');
    await Promise.all(
      [...reread].map(async (contact) =>
        put(talkFacts(await byContact.getAll(contactRange(this.account, contact)))),
      ),
    );
    this.added.clear();
    this.reread.clear();
  }
}

/** A write we do not wait for: its failure aborts the transaction, and `tx.done` reports it. */
function quiet(request: Promise<unknown>) {
  request.catch(() => {});
}
