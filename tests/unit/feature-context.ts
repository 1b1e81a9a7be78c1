import type { FeatureContext } from '@/lib/features/types';
import type { PageEvent } from '@/lib/messages/schemas';
import { routeOf } from '@/lib/x/routes';

/**
 * What a content-script feature gets on the page at `path` when a unit test runs it: the signed-in
 * `account`, events pushed into `pushed`, and each DOM subscriber into `scans` (the test calls them
 * as X's page "changes").
 */
export function featureContext(
  account: { id: string; handle: string },
  path: string,
  pushed: PageEvent[],
  scans: (() => void)[],
): FeatureContext {
  const url = new URL(`https://x.com${path}`);
  return {
    account,
    route: routeOf(url),
    url,
    dom: { subscribe: (fn: () => void) => scans.push(fn) } as unknown as FeatureContext['dom'],
    events: { push: (e: PageEvent) => pushed.push(e), pending: 0, flushNow: async () => {}, stop() {} },
    lifetime: new AbortController().signal,
  } as unknown as FeatureContext;
}
