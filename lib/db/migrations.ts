import type { UpgradeDb, UpgradeTx } from './migrations/types';
import { migrateToV1 } from './migrations/v1';
import { migrateToV2 } from './migrations/v2';
import { migrateToV3 } from './migrations/v3';
import { migrateToV4 } from './migrations/v4';
import { migrateToV5 } from './migrations/v5';

/**
 * Append-only: migration N upgrades the database from version N to N+1. Never edit or reorder a
 * migration that has shipped; add a new one (a file of its own under migrations/, which copies the
 * rules it needs rather than importing live domain code). The database version is
 * `MIGRATIONS.length`.
 */
export type Migration = (db: UpgradeDb, tx: UpgradeTx) => void | Promise<void>;

export const MIGRATIONS: Migration[] = [
  (db) => migrateToV1(db),
  (_db, tx) => migrateToV2(tx),
  (_db, tx) => migrateToV3(tx),
  (db, tx) => migrateToV4(db, tx),
  (_db, tx) => migrateToV5(tx),
];
