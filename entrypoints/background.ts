import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '@/lib/background/handlers';
import { refreshHandfulBadge } from '@/lib/background/handlers-popup';
import { route } from '@/lib/background/router';
import { type Database, openDatabase } from '@/lib/db/open';

export default defineBackground(() => {
  // Opened lazily and once per worker life; a failed open is retried on the next message.
  let db: Promise<Database> | undefined;
  const getDb = () => {
    db ??= openDatabase().catch((error) => {
      db = undefined;
      throw error;
    });
    return db;
  };
  const handlers = createHandlers(getDb);
  const check = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };

  // Registered synchronously at start: the worker may have been woken by this very message.
  // `sendResponse` + `return true` works in Chrome, Firefox and the test fake alike.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender, handlers, check).then(sendResponse);
    return true;
  });

  // When the browser starts, pick today's handful ahead of the first popup: the pick reads every
  // unmet follower's key, which is slow at 100k, and the toolbar badge should read "0/5" already.
  browser.runtime.onStartup.addListener(() => void refreshHandfulBadge(getDb));
});
