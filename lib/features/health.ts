import { send } from '@/lib/messages/client';
import { checkAnchors, EXPECTED_ANCHORS } from '@/lib/x/health';
import { LENS_MISSING, LENS_ROUTES, lensHealth } from './lens-seen';
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
  async init({ account, route, url }, signal) {
    if (!EXPECTED_ANCHORS[route.name]) return;
    // Both sources settle: every anchor present, and X's own response read by the lens.
    const lensExpected = LENS_ROUTES.has(route.name);
    // Polled, not watched: the lens's facts arrive without touching the DOM.
    const deadline = Date.now() + SETTLE_MS;
    const settled = () =>
      checkAnchors(route.name).missing.length === 0 &&
      (!lensExpected || lensHealth(route.name).found.length > 0);
    while (!signal.aborted && Date.now() < deadline && !settled())
      await new Promise((r) => setTimeout(r, 200));
    if (signal.aborted) return;
    const anchors = checkAnchors(route.name);
    // Two sources: the DOM anchors and the lens (X's own responses). Either may go dark alone.
    const lens = lensHealth(route.name);
    const lensDark = lensExpected && lens.found.length === 0;
    const found = [...anchors.found, ...lens.found];
    const missing = [...anchors.missing, ...lens.unknown, ...(lensDark ? [LENS_MISSING] : [])];
    await send('health.report', {
      account: account.id,
      report: { route: route.name, path: url.pathname, at: Date.now(), found, missing },
    });
  },
};
