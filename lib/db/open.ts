import { openDB } from 'idb';
import { cacheContacts } from './contact-cache';
import { MIGRATIONS, type Migration } from './migrations';
import type { DinnerTableDB } from './schema';

export const DB_NAME = 'dinner-table';

/**
 * Opens the database and runs every migration between the stored version and the newest, in
 * order, inside the one upgrade transaction (so a failed upgrade leaves the old version intact).
 * The connection gets its contact cache (lib/db/contact-cache.ts), which counts its writers.
 */
export async function openDatabase(
  name = DB_NAME,
  migrations: Migration[] = MIGRATIONS,
  hooks: { onGone?: () => void } = {},
) {
  const db = await openDB<DinnerTableDB>(name, migrations.length, {
    async upgrade(db, oldVersion, newVersion, tx) {
      try {
        for (let version = oldVersion; version < (newVersion ?? migrations.length); version++) {
          await migrations[version]?.(db, tx);
        }
      } catch (error) {
        // An async throw would not abort the upgrade by itself: abort, so the old version stays.
        console.error('Dinner Table: database upgrade failed', error);
        tx.done.catch(() => {});
        tx.abort();
      }
    },
    blocking(_current, _next, event) {
      // A newer version of the extension wants to upgrade: let it.
      (event.target as IDBDatabase).close();
      hooks.onGone?.();
    },
    terminated() {
      // Closed by the browser (storage cleared, disk gone): the next use opens again.
      hooks.onGone?.();
    },
  });
  cacheContacts(db);
  return db;
}

export type Database = Awaited<ReturnType<typeof openDatabase>>;
