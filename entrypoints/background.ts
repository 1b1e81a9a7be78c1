import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { refreshDueBadge, watchBadgeSetting } from '@/lib/background/badge';
import { watchFaults } from '@/lib/background/faults';
import { createFirstScreenKeeper, watchFirstScreen, withFirstScreen } from '@/lib/background/first-screen';
import { createHandlers } from '@/lib/background/handlers';
import { reinjectIntoOpenTabs } from '@/lib/background/reinject';
import { route } from '@/lib/background/router';
import { createConnection } from '@/lib/db/connection';

export default defineBackground(() => {
  // Opened lazily; reopened after a version change, an abnormal close or a blocked open.
  const getDb = createConnection();
  // The popup's first screen, kept ready in storage.session; every write goes through the keeper.
  const firstScreen = createFirstScreenKeeper(getDb);
  const handlers = withFirstScreen(createHandlers(getDb), firstScreen);
  const check = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };

  // Registered synchronously at start: the worker may have been woken by this very message.
  // `sendResponse` + `return true` works in Chrome, Firefox and the test fake alike.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender, handlers, check).then(sendResponse);
    return true;
  });

  // When the browser starts, build the first screen (it picks today's handful, slow at 100k) ahead
  // of the first popup, and show who is owed a reply on the badge. Also at midnight, when the next
  // contact becomes due, after an update, and when settings change (watchFirstScreen).
  browser.runtime.onStartup.addListener(() => {
    firstScreen.schedule(0);
    void refreshDueBadge(getDb);
  });
  watchFirstScreen(firstScreen);
  // Chrome leaves open x.com tabs without a copy after an install or update; Firefox re-injects itself.
  if (!import.meta.env.FIREFOX)
    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (reason === 'install' || reason === 'update') void reinjectIntoOpenTabs();
    });
  watchBadgeSetting(getDb);
  watchFaults();
});
