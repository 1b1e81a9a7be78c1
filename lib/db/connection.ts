import { type Database, openDatabase } from './open';

/** How long an open may stay blocked (another connection holding an older version) before it is retried. */
const BLOCKED_MS = 10_000;

/**
 * The background's one database connection, opened lazily and never kept once closed: after a
 * `versionchange` (a newer version wants to upgrade), an abnormal close (the browser closed it, the
 * disk went away) or an explicit close, the next `getDb()` opens a new one. An open that stays
 * blocked is given up after `BLOCKED_MS` so the next message tries again (and the late connection,
 * if it comes, is closed). A failed write meanwhile is answered "failed"; the content script keeps
 * the batch and resends it, so nothing is lost.
 */
export function createConnection(open: typeof openDatabase = openDatabase, blockedMs = BLOCKED_MS) {
  let current: Promise<Database> | undefined;
  const forget = (which: Promise<Database>) => {
    if (current === which) current = undefined;
  };

  const connect = () => {
    let settled = false;
    const opening: Promise<Database> = new Promise<Database>((resolve, reject) => {
      const timer = setTimeout(() => {
        settled = true;
        forget(opening);
        reject(new DOMException('The database is busy (blocked by another connection).', 'UnknownError'));
      }, blockedMs);
      open(undefined, undefined, {
        onGone: () => forget(opening),
      }).then(
        (db) => {
          clearTimeout(timer);
          if (settled) db.close();
          else resolve(db);
        },
        (error) => {
          clearTimeout(timer);
          forget(opening);
          reject(error);
        },
      );
    });
    return opening;
  };

  return async function getDb(): Promise<Database> {
    current ??= connect();
    const which = current;
    const db = await which;
    if (isOpen(db)) return db;
    forget(which);
    current ??= connect();
    return current;
  };
}

/** A closed connection refuses new transactions: the cheapest way to ask. */
function isOpen(db: Database): boolean {
  try {
    db.transaction('accounts', 'readonly');
    return true;
  } catch {
    return false;
  }
}
