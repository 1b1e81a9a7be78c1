import { send } from '@/lib/messages/client';
import type { Account } from '@/lib/messages/schemas';
import { removeLeftoverHosts } from '@/lib/ui/leftovers';
import { hookAttribute, loadTestHooks } from '@/lib/ui/test-hooks';
import { accountFromInitialState, accountIdOf, detectAccount } from '@/lib/x/account';
import { ACCOUNT_MISMATCH, ACCOUNT_ROUTE, watchAccount } from './account-guard';
import { createDomWatch } from './dom-watch';
import { createEventQueue } from './event-queue';
import { FEATURES } from './index';
import { lensViewer } from './lens-viewer';
import { markEveryoneStale, recordedOnPage } from './overlays/lookup-cache';
import { createFeatureRunner } from './runner';

/** How long the side bar gets to appear before X's inline state alone names the account. */
const SIDE_BAR_GRACE_MS = 3_000;

/** Resolves true after `ms`, or false at once when `signal` aborts first. */
function afterGrace(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => resolve(true), ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve(false);
      },
      { once: true },
    );
  });
}

/**
 * The content script's life: find the logged-in account, then run the features for each page
 * until the extension is reloaded or the tab goes away. Without an account (logged out, or X
 * changed its side bar) nothing runs and X works as if we were not there.
 */
export async function startDinnerTable(stopSignal: AbortSignal) {
  await loadTestHooks();
  if (stopSignal.aborted) return;
  removeLeftoverHosts(document);
  const dom = createDomWatch(document);
  stopSignal.addEventListener('abort', () => dom.stop(), { once: true });

  // The side bar names the account; when X changed it, the lens (X's own data) still does.
  const finding = new AbortController();
  const cookieId = accountIdOf(document);
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
    // A page without the side bar (a narrow window's layout): X's inline state names the account.
    // After a moment only, so the side bar, when there is one, is read first and gives the name too.
    afterGrace(SIDE_BAR_GRACE_MS, finding.signal).then((waited) =>
      waited
        ? dom.waitFor(() => accountFromInitialState(), AbortSignal.any([stopSignal, finding.signal]), 27_000)
        : undefined,
    ),
  ]);
  finding.abort();
  if (!found?.id) return;
  const name = 'name' in found ? found.name : undefined;
  const account: Account = { id: found.id, handle: found.handle, ...(name && { name }) };
  // Only the test harness may see which account we found (X's scripts share this attribute).
  hookAttribute(document.documentElement, 'data-dinner-table-account', account.handle);
  stopSignal.addEventListener('abort', () =>
    document.documentElement.removeAttribute('data-dinner-table-account'),
  );
  await send('account.seen', account).catch((error) => console.warn('Dinner Table:', error));

  const events = createEventQueue(account, async (batch) => {
    const stored = await send('events.record', batch);
    // A batch of duplicates only (a re-render, a retry) changed no one.
    if (stored.stored > 0) recordedOnPage(account.id, batch.events);
    return stored;
  });
  // Ends with the script, or when X no longer shows this account (then nothing more is recorded).
  const mismatch = new AbortController();
  const recording = AbortSignal.any([stopSignal, mismatch.signal]);
  // A tab shown again may have missed changes made in the popup or another tab: badges ask again.
  document.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState === 'visible') markEveryoneStale();
    },
    { signal: stopSignal },
  );
  const runner = createFeatureRunner(FEATURES, { account, dom, events, lifetime: recording });
  runner.start();
  dom.subscribe(runner.checkNavigation, recording);
  window.addEventListener('popstate', runner.checkNavigation, { signal: recording });
  stopSignal.addEventListener('abort', () => {
    runner.stop();
    void events.flushNow().finally(() => events.stop());
  });
  guardAccount(
    account,
    cookieId,
    () => {
      // What is queued may already be the other account's page: dropped rather than mixed in.
      events.stop();
      runner.stop();
      mismatch.abort();
      void send('health.report', {
        account: account.id,
        report: {
          route: ACCOUNT_ROUTE,
          path: location.pathname,
          at: Date.now(),
          found: [],
          missing: [ACCOUNT_MISMATCH],
        },
      }).catch(() => {});
    },
    recording,
  );
}

/**
 * Cross-checks the handle X's page shows, the id in its `twid` cookie (or its inline state) and the
 * handle X's own data gives that id (the lens), now and every few seconds.
 */
function guardAccount(
  account: Account,
  cookieId: string | undefined,
  onMismatch: () => void,
  signal: AbortSignal,
) {
  let lensHandle: string | undefined;
  const guard = watchAccount(
    account,
    () => ({ cookieId: accountIdOf(document), domHandle: detectAccount()?.handle, lensHandle }),
    onMismatch,
    signal,
  );
  if (cookieId)
    void lensViewer(cookieId, signal).then((viewer) => {
      lensHandle = viewer.handle;
      guard.check();
    });
  guard.check();
}
