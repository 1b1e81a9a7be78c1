import { send } from '@/lib/messages/client';
import { checkAnchors, EXPECTED_ANCHORS } from '@/lib/x/health';
import type { Feature } from './types';

/** How long a page may take to show its anchors before we call them missing. */
const SETTLE_MS = 6000;

/**
 * Records which of the route's expected anchors the page has, for the popup's health section.
 * It waits until all are there or the page had time to settle, then reports once per visit.
 */
export const healthFeature: Feature = {
  id: 'health',
  routes: 'all',
  async init({ account, route, url, dom }, signal) {
    if (!EXPECTED_ANCHORS[route.name]) return;
    await dom.waitFor(() => checkAnchors(route.name).missing.length === 0, signal, SETTLE_MS);
    if (signal.aborted) return;
    const { found, missing } = checkAnchors(route.name);
    await send('health.report', {
      account: account.id,
      report: { route: route.name, path: url.pathname, at: Date.now(), found, missing },
    });
  },
};
