import type { Stage } from '@/lib/relationships/stage';
import type { Database } from './open';
import type { ContactRow, InteractionRow, PostRow } from './schema';

/** A contact's interactions, oldest first. */
export async function interactionsOf(
  db: Database,
  account: string,
  contact: string,
): Promise<InteractionRow[]> {
  const range = IDBKeyRange.bound([account, contact, -Infinity], [account, contact, Infinity]);
  return db.getAllFromIndex('interactions', 'byContact', range);
}

/** A person by `id:<n>` or by handle (case-insensitive). */
export async function findContact(
  db: Database,
  account: string,
  person: string,
): Promise<ContactRow | undefined> {
  if (person.startsWith('id:')) return db.get('contacts', [account, person.slice(3)]);
  return db.getFromIndex('contacts', 'byHandle', [account, person.toLowerCase()]);
}

export function stageOfContact(contact: ContactRow | undefined): Stage {
  return contact?.stage ?? 'stranger';
}

/** Your newest posts, newest first. */
export async function recentPosts(db: Database, account: string, limit: number): Promise<PostRow[]> {
  const range = IDBKeyRange.bound([account, -Infinity], [account, Infinity]);
  const rows: PostRow[] = [];
  let cursor = await db.transaction('posts').store.index('byAccountAt').openCursor(range, 'prev');
  while (cursor && rows.length < limit) {
    rows.push(cursor.value);
    cursor = await cursor.continue();
  }
  return rows;
}
