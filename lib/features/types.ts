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
  /**
   * The content script's own life, longer than one page: aborted when the extension is updated,
   * reloaded or removed. What a feature keeps across navigations (badges) is removed with it.
   */
  lifetime: AbortSignal;
}

/**
 * One content-script feature. `init` runs when the page's route is in `routes` and is torn down
 * (its signal aborted) on the next SPA navigation, then run again if the new route matches. When
 * its signal aborts, a feature removes every node, listener, observer and timer it added for that
 * page; anything it keeps for later pages it removes when `lifetime` aborts.
 */
export interface Feature {
  id: string;
  routes: readonly RouteName[] | 'all';
  init(ctx: FeatureContext, signal: AbortSignal): void | Promise<void>;
}
