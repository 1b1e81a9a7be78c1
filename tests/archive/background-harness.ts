import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { type Handlers, route, type SenderCheck } from '@/lib/background/router';
import { createConnection } from '@/lib/db/connection';
import { type Database, openDatabase } from '@/lib/db/open';
import { MessageError } from '@/lib/messages/protocol';

// The one home of the unit tests' view of the background: who sends (the extension's pages, its
// content script on X), whom the router trusts, and the real router over the real handlers.

export const EXTENSION_ID = 'ext-id';
/** What the background checks senders against, as `browser.runtime` would give it. */
export const senderCheck: SenderCheck = {
  extensionId: EXTENSION_ID,
  extensionOrigin: `chrome-extension://${EXTENSION_ID}/`,
};
export const optionsPage: Runtime.MessageSender = {
  id: EXTENSION_ID,
  url: `chrome-extension://${EXTENSION_ID}/options.html`,
};
export const popupPage: Runtime.MessageSender = {
  id: EXTENSION_ID,
  url: `chrome-extension://${EXTENSION_ID}/popup.html`,
};
/** The content script in an x.com tab. */
export const contentScript: Runtime.MessageSender = {
  id: EXTENSION_ID,
  url: 'https://x.com/home',
  tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};

/** The signed-in account of most tests. */
export const DANA = { id: '1000000001', handle: 'dana_builds' };

/** A like you gave on X, as the content script reports it: person `2000 + n`, tweet `n`. */
export const likeOut = (n: number, over: Record<string, unknown> = {}) => ({
  type: 'interaction',
  key: `like_out:${n}`,
  kind: 'like_out',
  person: { id: String(2000 + n), handle: `p${n}` },
  at: 1_700_000_000_000 + n,
  tweetId: String(n),
  ...over,
});

/**
 * The background as a sender reaches it, over whatever `getDb` gives: `raw` answers with the
 * router's reply, `send` unwraps it like the pages' `send` (a refusal throws its MessageError).
 */
export function backgroundOver(
  getDb: () => Promise<Database>,
  defaultSender = optionsPage,
  /** What the background puts around its handlers (the first screen's keeper, say). */
  wrap: (handlers: Handlers) => Handlers = (handlers) => handlers,
) {
  const handlers = wrap(createHandlers(getDb));
  const raw = (type: string, input: unknown, sender = defaultSender) =>
    route({ dt: 1, type, input }, sender, handlers, senderCheck);
  // biome-ignore lint/suspicious/noExplicitAny: tests read the replies field by field.
  const send = async (type: string, input: unknown, sender?: Runtime.MessageSender): Promise<any> => {
    const reply = await raw(type, input, sender);
    if (!reply.ok) throw new MessageError(reply.error.code, reply.error.message);
    return reply.data;
  };
  return { handlers, raw, send };
}

export interface FreshDatabaseOptions {
  /** Who sends when a call names nobody (the options page unless said). */
  sender?: Runtime.MessageSender;
  /** Through the background's reconnecting connection (a closed database reopens), not one open handle. */
  reconnecting?: boolean;
  /** What the handlers see in place of the database (a full disk, say). */
  serve?: (db: Database) => Database;
}

/**
 * The background on a fresh database (and a reset fake browser) before each test: the real router
 * (validation and sender checks) over the real handlers. `state.db` may be replaced inside a test;
 * the handlers read it on every message.
 */
export function backgroundOnFreshDatabase(options: FreshDatabaseOptions = {}) {
  const state = {} as { db: Database; getDb: () => Promise<Database>; handlers: Handlers };
  const serve = options.serve ?? ((db: Database) => db);
  let background: ReturnType<typeof backgroundOver>;
  /** A new database and a new worker over it, as after a fresh install (storage.local is kept). */
  const freshDatabase = async () => {
    globalThis.indexedDB = new IDBFactory();
    if (options.reconnecting) {
      state.getDb = createConnection();
      state.db = await state.getDb();
    } else {
      state.db = await openDatabase();
      state.getDb = async () => state.db;
    }
    restartWorker();
  };
  /** The service worker started afresh: new handlers (they keep a little state in memory), same database. */
  const restartWorker = () => {
    background = backgroundOver(async () => serve(await state.getDb()), options.sender);
    state.handlers = background.handlers;
  };
  beforeEach(async () => {
    fakeBrowser.reset();
    await freshDatabase();
  });
  const raw: ReturnType<typeof backgroundOver>['raw'] = (...args) => background.raw(...args);
  const send = ((...args: Parameters<ReturnType<typeof backgroundOver>['send']>) =>
    background.send(...args)) as ReturnType<typeof backgroundOver>['send'];
  return { state, raw, send, freshDatabase, restartWorker };
}
