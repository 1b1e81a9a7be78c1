import type { Account } from '@/lib/messages/schemas';
import type { Route, RouteName } from '@/lib/x/routes';
import type { DomWatch } from './dom-watch';
import type { EventQueue } from './event-queue';

/** What every feature gets when it starts on a page. */
export interface FeatureContext {
  account: Account;
  route: Route;
  url: URL;
  dom: DomWatch;
  events: EventQueue;
}

/**
 * One content-script feature. `init` runs when the page's route is in `routes` and is torn down
 * (its signal aborted) on the next SPA navigation, then run again if the new route matches.
 */
export interface Feature {
  id: string;
  routes: readonly RouteName[] | 'all';
  init(ctx: FeatureContext, signal: AbortSignal): void | Promise<void>;
}
