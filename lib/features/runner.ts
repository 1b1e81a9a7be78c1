import { routeOf } from '@/lib/x/routes';
import type { Feature, FeatureContext } from './types';

// Not WXT's `wxt:locationchange`: without the Navigation API (Firefox 140) it polls once a second,
// while the one DOM watch sees X re-render a new route at once (checkNavigation below).
/**
 * Runs the features whose routes match the current page, and on every SPA navigation tears them
 * all down (aborting their signals) and starts the ones that match the new route.
 */
export function createFeatureRunner(
  features: readonly Feature[],
  base: Omit<FeatureContext, 'route' | 'url'>,
) {
  let current: AbortController | undefined;
  let href = '';

  function start() {
    current?.abort();
    current = new AbortController();
    href = location.href;
    const url = new URL(href);
    const route = routeOf(url);
    for (const feature of features) {
      if (feature.routes !== 'all' && !feature.routes.includes(route.name)) continue;
      const signal = current.signal;
      Promise.resolve()
        .then(() => feature.init({ ...base, route, url }, signal))
        .catch((error) => console.error(`Dinner Table: feature "${feature.id}" failed`, error));
    }
  }

  return {
    start,
    /** Called on DOM changes and popstate: restarts features when the URL changed. */
    checkNavigation() {
      if (location.href !== href) start();
    },
    stop() {
      current?.abort();
    },
  };
}
