import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { DinnerTableDB, StoreName } from '../schema';

export type UpgradeDb = IDBPDatabase<DinnerTableDB>;
export type UpgradeTx = IDBPTransaction<DinnerTableDB, StoreName[], 'versionchange'>;

/**
 * Rows as a migration sees them: plain records. A migration never relies on today's row types or
 * domain code, only on what it copies in, so later changes cannot rewrite history.
 */
// biome-ignore lint/suspicious/noExplicitAny: frozen migrations read rows of their own time.
export type OldRow = Record<string, any>;
