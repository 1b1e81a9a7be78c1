import type { UpgradeDb } from './types';

/** v1: the five stores of design.md, keyed by [account, ...]. Frozen: never edit once shipped. */
export function migrateToV1(db: UpgradeDb) {
  db.createObjectStore('accounts', { keyPath: 'id' });
  const contacts = db.createObjectStore('contacts', { keyPath: ['account', 'key'] });
  contacts.createIndex('byHandle', ['account', 'handleLower']);
  // Dropped in v5 (so not in today's schema type): a type-only cast, the migration is unchanged.
  contacts.createIndex('byAccount' as never, 'account');
  const interactions = db.createObjectStore('interactions', { keyPath: ['account', 'key'] });
  interactions.createIndex('byContact', ['account', 'contact', 'at']);
  interactions.createIndex('byAccountAt', ['account', 'at']);
  const posts = db.createObjectStore('posts', { keyPath: ['account', 'key'] });
  posts.createIndex('byAccountAt', ['account', 'at']);
  const nudges = db.createObjectStore('nudges', { keyPath: ['account', 'key'] });
  nudges.createIndex('byAccountAt', ['account', 'at']);
}
