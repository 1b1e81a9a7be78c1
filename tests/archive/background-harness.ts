import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { sendArchiveImport } from '@/components/options/archive-transport';
import { createHandlers } from '@/lib/background/handlers';
import { route } from '@/lib/background/router';
import { openDatabase } from '@/lib/db/open';
import { MessageError } from '@/lib/messages/protocol';

const check = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
export const optionsPage: Runtime.MessageSender = {
  id: 'ext-id',
  url: 'chrome-extension://ext-id/options.html',
};

/**
 * The background as the options page reaches it: the real router (validation and sender checks)
 * over the real handlers, on a fresh database before each test.
 */
export function backgroundOnFreshDatabase() {
  const state = {} as {
    db: Awaited<ReturnType<typeof openDatabase>>;
    handlers: ReturnType<typeof createHandlers>;
  };
  beforeEach(async () => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    state.db = await openDatabase();
    state.handlers = createHandlers(async () => state.db);
  });
  const raw = (type: string, input: unknown, sender = optionsPage) =>
    route({ dt: 1, type, input }, sender, state.handlers, check);
  /** The page's `send`, through the background's router. */
  const send = (async (type: string, input: unknown) => {
    const reply = await raw(type, input);
    if (!reply.ok) throw new MessageError(reply.error.code, reply.error.message);
    return reply.data;
  }) as Parameters<typeof sendArchiveImport>[1];
  return { state, raw, send };
}
