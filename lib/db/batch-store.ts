import type { IDBPTransaction } from 'idb';
import { UNMET } from '@/lib/relationships/summary';
import { bare, type ContactCache } from './contact-cache';
import type { ContactRow, DinnerTableDB, InteractionRow, StoreName } from './schema';
import { TalkTally } from './talk-tally';

export type WriteTx = IDBPTransaction<DinnerTableDB, StoreName[], 'readwrite'>;

/**
 * One batch's view of the stores it touches. Reads the batch will need are fetched up front, all
 * at once (IndexedDB pipelines them), and writes are issued without waiting for each: awaiting one
 * request at a time costs a round trip per request, which made a 100-event batch take 140 ms.
 * Writes also update the cache, so the batch reads its own writes. Errors surface in `tx.done`.
 */
export class BatchStore {
  private contacts = new Map<string, ContactRow | undefined>();
  /** lowercased handle -> contact key (or undefined: no contact wears it). */
  private handles = new Map<string, string | undefined>();
  private interactions = new Map<string, InteractionRow | undefined>();
  /** Change in the number of unmet followers this batch made. */
  unmetDelta = 0;
  /** Contacts changed by the batch: each is written once, in its final state, by `flush`. */
  private dirty = new Set<string>();

  /** The cache's count of finished writers when this batch began (see `settle`). */
  private readonly cacheEpoch: number | undefined;
  /** The week's tally: told of every interaction the batch adds to a contact or moves (see talk-tally). */
  readonly talk: TalkTally;

  constructor(
    readonly tx: WriteTx,
    readonly account: string,
    /** The connection's contacts kept between batches (the recorder's only). */
    private readonly cache?: ContactCache,
  ) {
    this.cacheEpoch = cache?.ended;
    this.talk = new TalkTally(tx, account);
  }

  /** A contact from the cache, if it holds one that is current. */
  private cached(key: string): ContactRow | undefined {
    return this.cache?.get(this.account, key);
  }

  async prefetch({
    ids,
    handles,
    interactionKeys,
  }: {
    ids: Iterable<string>;
    handles: Iterable<string>;
    interactionKeys: Iterable<string>;
  }) {
    const contacts = this.tx.objectStore('contacts');
    const interactions = this.tx.objectStore('interactions');
    const byHandle = contacts.index('byHandle');
    await Promise.all([
      ...[...new Set(ids)]
        .filter((id) => !this.contacts.has(id))
        .filter((id) => {
          const row = this.cached(id);
          if (row) this.remember(row, id);
          return !row;
        })
        .map(async (id) => {
          this.remember(await contacts.get([this.account, id]), id);
        }),
      ...[...new Set(interactionKeys)]
        .filter((k) => !this.interactions.has(k))
        .map(async (key) => {
          this.interactions.set(key, await interactions.get([this.account, key]));
        }),
    ]);
    // Then the handles the id rows did not already answer (a known person seen under the same
    // handle, the common case, needs no index lookup).
    await Promise.all(
      [...new Set(handles)]
        .filter((h) => !this.handles.has(h))
        .map(async (handle) => {
          const row = await byHandle.get([this.account, handle]);
          this.handles.set(handle, row?.key);
          if (row) this.remember(row, row.key);
        }),
    );
  }

  /**
   * Call once the batch's first reads are answered (its transaction is then running, after every
   * earlier writer). Rows taken from the cache before are kept only if no other writer finished
   * since the batch began; otherwise everything is read again from the store. Answers the cache's
   * count as of now, which `writeThrough` needs after the commit.
   */
  async settle(reads: Parameters<BatchStore['prefetch']>[0]): Promise<number | undefined> {
    if (!this.cache) return undefined;
    if (this.cache.ended !== this.cacheEpoch) {
      this.contacts.clear();
      this.handles.clear();
      await this.prefetch(reads);
    }
    return this.cache.ended;
  }

  /** Every contact the batch read or wrote, in its final state (undefined: none, or deleted). */
  known(): Iterable<[string, ContactRow | undefined]> {
    return this.contacts.entries();
  }

  async contact(key: string): Promise<ContactRow | undefined> {
    if (!this.contacts.has(key)) {
      const cached = this.cached(key);
      this.remember(cached ?? (await this.tx.objectStore('contacts').get([this.account, key])), key);
    }
    return this.contacts.get(key);
  }

  async contactByHandle(handleLower: string): Promise<ContactRow | undefined> {
    if (!this.handles.has(handleLower)) {
      const row = await this.tx.objectStore('contacts').index('byHandle').get([this.account, handleLower]);
      this.handles.set(handleLower, row?.key);
      if (row) this.remember(row, row.key);
    }
    const key = this.handles.get(handleLower);
    return key === undefined ? undefined : this.contact(key);
  }

  putContact(row: ContactRow) {
    const previous = this.contacts.get(row.key);
    this.unmetDelta += (row.unmet === UNMET.yes ? 1 : 0) - (previous?.unmet === UNMET.yes ? 1 : 0);
    if (previous?.handleLower && previous.handleLower !== row.handleLower)
      this.handles.set(previous.handleLower, undefined);
    this.remember(row, row.key);
    this.dirty.add(row.key);
  }

  deleteContact(key: string) {
    const previous = this.contacts.get(key);
    if (previous?.unmet === UNMET.yes) this.unmetDelta--;
    if (previous?.handleLower && this.handles.get(previous.handleLower) === key)
      this.handles.set(previous.handleLower, undefined);
    this.contacts.set(key, undefined);
    this.dirty.delete(key);
    quiet(this.tx.objectStore('contacts').delete([this.account, key]));
  }

  /** Writes the week's tally and every changed contact once. Call before awaiting `tx.done`. */
  async flush() {
    await this.talk.flush();
    const contacts = this.tx.objectStore('contacts');
    for (const key of this.dirty) {
      const row = this.contacts.get(key);
      if (row) quiet(contacts.put(row));
    }
    this.dirty.clear();
  }

  async interaction(key: string): Promise<InteractionRow | undefined> {
    if (!this.interactions.has(key))
      this.interactions.set(key, await this.tx.objectStore('interactions').get([this.account, key]));
    return this.interactions.get(key);
  }

  putInteraction(row: InteractionRow) {
    this.interactions.set(row.key, row);
    quiet(this.tx.objectStore('interactions').put(row));
  }

  /**
   * Adds interaction rows whose contact is already certain, one request each instead of a read and
   * then a write. A key already stored makes its `add` fail with ConstraintError: that error is
   * cancelled (so it neither aborts the transaction nor reaches `tx.done`) and the stored row is
   * read instead (and kept, as `interaction()` answers it). Resolves to whether each row, in order,
   * was added by this batch: of two rows with one key, only the first is.
   */
  async addInteractions(rows: InteractionRow[]): Promise<boolean[]> {
    const store = bare(this.tx.objectStore('interactions')) as IDBObjectStore;
    const stored = await Promise.all(
      rows.map((row) =>
        addUnlessStored<InteractionRow | undefined>(store, row, undefined, (resolve, reject) => {
          const existing = store.get([this.account, row.key]);
          existing.onsuccess = () => resolve(existing.result as InteractionRow);
          existing.onerror = () => reject(existing.error);
        }),
      ),
    );
    // In request order: a key added earlier in the batch is then found stored by a later row.
    return rows.map((row, i) => {
      const before = stored[i];
      if (before) {
        if (!this.interactions.has(row.key)) this.interactions.set(row.key, before);
        return false;
      }
      this.interactions.set(row.key, row);
      return true;
    });
  }

  /**
   * Adds interaction rows whose contact is certain, betting that none is stored yet (the common
   * case: a stream of new events): the rows count as added at once, so the batch issues its
   * contact and tally writes in the same go instead of waiting a round trip for these adds. A key
   * already stored (or twice in `rows`) makes its `add` fail with ConstraintError, which is
   * cancelled like in `addInteractions`; the promise then resolves to false and the caller must
   * abort the transaction (its writes counted that row) and record the batch again carefully.
   * Resolves to true when every row was added.
   */
  addInteractionsHopefully(rows: InteractionRow[]): Promise<boolean> {
    const store = bare(this.tx.objectStore('interactions')) as IDBObjectStore;
    for (const row of rows) this.interactions.set(row.key, row);
    return Promise.all(
      rows.map((row) => addUnlessStored(store, row, true, (resolve) => resolve(false))),
    ).then((each) => each.every(Boolean));
  }

  /** Forgets cached interactions (after rows were moved between contacts by a cursor). */
  forgetInteractions() {
    this.interactions.clear();
  }

  private remember(row: ContactRow | undefined, key: string) {
    this.contacts.set(key, row);
    if (row?.handleLower) this.handles.set(row.handleLower, row.key);
  }
}

/**
 * `add`s a row and resolves to `added`, or, when its key is already stored, cancels the
 * ConstraintError (so it neither aborts the transaction nor reaches `tx.done`) and lets `stored`
 * settle the promise. `stored` runs inside the error event, so a request it issues is queued at
 * once, in request order with the batch's others. Any other error rejects.
 */
function addUnlessStored<T>(
  store: IDBObjectStore,
  row: InteractionRow,
  added: T,
  stored: (resolve: (value: T) => void, reject: (error: unknown) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = store.add(row);
    request.onsuccess = () => resolve(added);
    request.onerror = (event) => {
      if (request.error?.name !== 'ConstraintError') return reject(request.error);
      event.preventDefault();
      event.stopPropagation();
      stored(resolve, reject);
    };
  });
}

/** A write we do not wait for: its failure aborts the transaction, and `tx.done` reports it. */
function quiet(request: Promise<unknown>) {
  request.catch(() => {});
}
