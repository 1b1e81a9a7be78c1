import { type IDBPDatabase, unwrap } from 'idb';
import type { ContactRow, DinnerTableDB } from './schema';

/** The connection (open.ts's `Database`, named here without importing open.ts, which imports this). */
type Database = IDBPDatabase<DinnerTableDB>;

/** Rows kept at most (about 1 KB each): the people of the last few minutes of scrolling. */
export const CONTACT_CACHE_LIMIT = 10_000;

/**
 * The contacts recorded batches read or wrote, kept by the connection between batches, so a
 * stream of batches about the same people reads each of them once instead of once per batch.
 *
 * It is never trusted past another write. Every read-write transaction over `contacts` on this
 * connection (the recorder's own, an edit, a snooze, an import, a wipe, whatever comes next) bumps
 * `ended` when it finishes or aborts; the rows are current as of `syncedAt`, so they are used only
 * while `syncedAt === ended`. The recorder writes its rows through only after its own commit, and
 * only if no other transaction ended meanwhile; a batch that fails (a full disk) writes nothing
 * through. IndexedDB runs read-write transactions over the same store one at a time, in order, so
 * "nothing else ended" means "nothing else wrote". Rows are shared, never changed in place.
 */
export class ContactCache {
  private rows = new Map<string, ContactRow>();
  /** Read-write transactions over contacts finished (or aborted) on this connection. */
  ended = 0;
  /** The `ended` count as of which `rows` are current. */
  private syncedAt = 0;

  constructor(readonly limit = CONTACT_CACHE_LIMIT) {}

  /** The rows as of now, or none when something else wrote since they were stored. */
  private current() {
    if (this.syncedAt !== this.ended) {
      this.rows.clear();
      this.syncedAt = this.ended;
    }
    return this.rows;
  }

  /** The cached row, valid as of `ended` now (undefined: not cached, never "no such contact"). */
  get(account: string, key: string): ContactRow | undefined {
    return this.current().get(cacheKey(account, key));
  }

  /**
   * After a recorder transaction committed: its rows (undefined for a deleted contact) become the
   * cached ones, if the only transaction that ended since `seenAt` was that one.
   */
  writeThrough(account: string, seenAt: number, rows: Iterable<[string, ContactRow | undefined]>) {
    if (this.ended !== seenAt + 1) {
      this.rows.clear();
      this.syncedAt = -1;
      return;
    }
    // Rows not touched by the batch were current at `seenAt` only if the cache was then.
    if (this.syncedAt !== seenAt) this.rows.clear();
    this.syncedAt = this.ended;
    for (const [key, row] of rows) {
      const id = cacheKey(account, key);
      this.rows.delete(id);
      if (row) this.rows.set(id, row);
    }
    // Oldest first in a Map: drop them past the limit.
    for (const id of this.rows.keys()) {
      if (this.rows.size <= this.limit) break;
      this.rows.delete(id);
    }
  }

  get size() {
    return this.current().size;
  }
}

const cacheKey = (account: string, key: string) => `${account}\n${key}`;

const caches = new WeakMap<object, ContactCache>();

/**
 * Gives the connection a contact cache and makes every read-write transaction over `contacts`
 * opened on it count its end. Called once per connection, where it is opened.
 */
export function cacheContacts(db: Database, limit?: number): ContactCache {
  const raw = bare(db) as IDBDatabase;
  const known = caches.get(raw);
  if (known) return known;
  const cache = new ContactCache(limit);
  caches.set(raw, cache);
  const open = raw.transaction;
  // idb calls through the object itself (`db.put` and friends too), so this sees every transaction.
  raw.transaction = function transaction(
    this: IDBDatabase,
    stores: string | string[],
    mode?: IDBTransactionMode,
    options?: IDBTransactionOptions,
  ) {
    const tx = open.call(this, stores, mode, options);
    const names = typeof stores === 'string' ? [stores] : stores;
    if (mode === 'readwrite' && names.includes('contacts')) {
      const end = () => {
        cache.ended++;
      };
      // Registered before idb's own listeners: counted before any `tx.done` continuation runs.
      tx.addEventListener('complete', end);
      tx.addEventListener('abort', end);
    }
    return tx;
  } as IDBDatabase['transaction'];
  return cache;
}

/** The connection's contact cache, when it has one. */
export const contactCacheOf = (db: Database): ContactCache | undefined => caches.get(bare(db));

/** The plain IndexedDB object under idb's wrapper (however many times it was wrapped). */
export function bare(wrapped: object): object {
  const inside = unwrap as unknown as (value: object) => object | undefined;
  let value = wrapped;
  for (let inner = inside(value); inner; inner = inside(value)) value = inner;
  return value;
}
