import { send } from '@/lib/messages/client';
import type { Account } from '@/lib/messages/schemas';
import { hookAttribute, loadTestHooks } from '@/lib/ui/test-hooks';
import { detectAccount, idFromCookie } from '@/lib/x/account';
import { createDomWatch } from './dom-watch';
import { createEventQueue } from './event-queue';
import { FEATURES } from './index';
import { lensViewer } from './lens-viewer';
import { createFeatureRunner } from './runner';

/**
 * The content script's life: find the logged-in account, then run the features for each page
 * until the extension is reloaded or the tab goes away. Without an account (logged out, or X
 * changed its side bar) nothing runs and X works as if we were not there.
 */
export async function startDinnerTable(stopSignal: AbortSignal) {
  await loadTestHooks();
  if (stopSignal.aborted) return;
  const dom = createDomWatch(document);
  stopSignal.addEventListener('abort', () => dom.stop(), { once: true });

  // The side bar names the account; when X changed it, the lens (X's own data) still does.
  const finding = new AbortController();
  const cookieId = idFromCookie(document.cookie);
  const found = await Promise.race([
    dom.waitFor(
      () => {
        const account = detectAccount();
        return account?.id ? account : undefined;
      },
      AbortSignal.any([stopSignal, finding.signal]),
      30_000,
    ),
    ...(cookieId
      ? [
          lensViewer(cookieId, AbortSignal.any([stopSignal, finding.signal])).then(
            // The side bar also gives the display name: a moment for it, if it is there.
            async (viewer) =>
              (await dom.waitFor(
                () => (detectAccount()?.id === viewer.id ? detectAccount() : undefined),
                stopSignal,
                2_000,
              )) ?? viewer,
          ),
        ]
      : []),
  ]);
  finding.abort();
  if (!found?.id) return;
  const name = 'name' in found ? found.name : undefined;
  const account: Account = { id: found.id, handle: found.handle, ...(name && { name }) };
  // Only the test harness may see which account we found (X's scripts share this attribute).
  hookAttribute(document.documentElement, 'data-dinner-table-account', account.handle);
  await send('account.seen', account).catch((error) => console.warn('Dinner Table:', error));

  const events = createEventQueue(account, (batch) => send('events.record', batch));
  const runner = createFeatureRunner(FEATURES, { account, dom, events, lifetime: stopSignal });
  runner.start();
  dom.subscribe(runner.checkNavigation, stopSignal);
  window.addEventListener('popstate', runner.checkNavigation, { signal: stopSignal });
  // Closing or leaving the tab: send what is queued now rather than at the next 250 ms tick.
  window.addEventListener('pagehide', () => void events.flushNow(), { signal: stopSignal });
  stopSignal.addEventListener('abort', () => {
    runner.stop();
    void events.flushNow().finally(() => events.stop());
  });
}
