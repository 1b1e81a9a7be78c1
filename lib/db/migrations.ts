import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { derive, summarize } from '@/lib/relationships/summary';
import type { DinnerTableDB, StoreName } from './schema';

type UpgradeDb = IDBPDatabase<DinnerTableDB>;
type UpgradeTx = IDBPTransaction<DinnerTableDB, StoreName[], 'versionchange'>;

/**
 * Append-only: migration N upgrades the database from version N to N+1. Never edit or reorder a
 * migration that has shipped; add a new one. The database version is `MIGRATIONS.length`.
 */
export type Migration = (db: UpgradeDb, tx: UpgradeTx) => void | Promise<void>;

export const MIGRATIONS: Migration[] = [
  // v1: the five stores of design.md, keyed by [account, ...].
  (db) => {
    db.createObjectStore('accounts', { keyPath: 'id' });
    const contacts = db.createObjectStore('contacts', { keyPath: ['account', 'key'] });
    contacts.createIndex('byHandle', ['account', 'handleLower']);
    contacts.createIndex('byAccount', 'account');
    const interactions = db.createObjectStore('interactions', { keyPath: ['account', 'key'] });
    interactions.createIndex('byContact', ['account', 'contact', 'at']);
    interactions.createIndex('byAccountAt', ['account', 'at']);
    const posts = db.createObjectStore('posts', { keyPath: ['account', 'key'] });
    posts.createIndex('byAccountAt', ['account', 'at']);
    const nudges = db.createObjectStore('nudges', { keyPath: ['account', 'key'] });
    nudges.createIndex('byAccountAt', ['account', 'at']);
  },

  // v2: each contact carries its history's summary, stage and "unmet" flag, so the popup lists
  // 100k followers by index instead of reading every interaction. Back-fills existing rows.
  async (_db, tx) => {
    const contacts = tx.objectStore('contacts');
    contacts.createIndex('byUnmet', ['account', 'unmet', 'followerFirstSeen']);
    contacts.createIndex('byStage', ['account', 'stage']);
    const byContact = tx.objectStore('interactions').index('byContact');
    for (let cursor = await contacts.openCursor(); cursor; cursor = await cursor.continue()) {
      const { account, key } = cursor.value;
      const history = await byContact.getAll(
        IDBKeyRange.bound([account, key, -Infinity], [account, key, Infinity]),
      );
      const summary = summarize(history);
      await cursor.update({ ...cursor.value, summary, ...derive({ ...cursor.value, summary }) });
    }
  },
];
