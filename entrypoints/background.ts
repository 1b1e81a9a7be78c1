import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { refreshDueBadge, watchBadgeSetting } from '@/lib/background/badge';
import { watchFaults } from '@/lib/background/faults';
import { createHandlers } from '@/lib/background/handlers';
import { prepareTodaysHandful } from '@/lib/background/handlers-popup';
import { route } from '@/lib/background/router';
import { createConnection } from '@/lib/db/connection';

export default defineBackground(() => {
  // Opened lazily; reopened after a version change, an abnormal close or a blocked open.
  const getDb = createConnection();
  const handlers = createHandlers(getDb);
  const check = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };

  // Registered synchronously at start: the worker may have been woken by this very message.
  // `sendResponse` + `return true` works in Chrome, Firefox and the test fake alike.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender, handlers, check).then(sendResponse);
    return true;
  });

  // When the browser starts, pick today's handful ahead of the first popup (the pick reads every
  // unmet follower's key, which is slow at 100k), and show who is owed a reply on the badge.
  browser.runtime.onStartup.addListener(() => {
    void prepareTodaysHandful(getDb);
    void refreshDueBadge(getDb);
  });
  watchBadgeSetting(getDb);
  watchFaults();
});
