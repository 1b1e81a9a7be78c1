import type { Account } from '@/lib/messages/schemas';
import type { Route } from '@/lib/x/routes';

/**
 * What the DOM list reader and the network lens share about one visit of a page (from one SPA
 * navigation to the next; the runner gives both features the same abort signal for it).
 *
 * Follow order: X lists your followers newest first but never says when anyone followed. Both
 * readers stamp each follower with the visit's start time minus the position at which either of
 * them first saw that person this visit, so within a visit X's order is kept whichever reader saw
 * someone first, and a later visit's new followers (at the top of X's list) sort above everyone
 * stamped earlier. The background keeps the earliest stamp (`followerFirstSeen`), so a person's
 * place is fixed by the first visit that saw them.
 *
 * The followers list: everyone either reader saw in your own followers list this visit, and how
 * far the lens followed X's pages of it, so the end of a list scrolled from its top to its real
 * end can say who is no longer there (see `list-end.ts`).
 */
export interface ListVisit {
  /** When the visit began (the first reader to ask). */
  readonly start: number;
  /** The time that places this follower in X's follow order for this visit. */
  followOrder(id: string): number;
  /** Ids seen in your own followers list this visit, from the page or the lens. */
  readonly listed: Set<string>;
  /** How far the lens followed X's pages of your followers list this visit. */
  readonly pages: FollowersPages;
}

export interface FollowersPages {
  /** The first page (asked without a cursor) was read this visit. */
  top: boolean;
  /** A page X sent could not be read, or facts were lost on the way: the list is not known whole. */
  broken: boolean;
  /** People the pages held. */
  users: number;
  /** The end was reached (and said once). */
  ended: boolean;
}

/**
 * Your own followers list itself (not the verified followers tab, not someone else's list, not
 * "followers you follow"): the only page whose end can say who unfollowed.
 */
export function isOwnFollowersList(account: Account, route: Route, url: URL): boolean {
  return (
    route.name === 'followers' &&
    route.handle?.toLowerCase() === account.handle.toLowerCase() &&
    /^\/[^/]+\/followers\/?$/.test(url.pathname)
  );
}

const visits = new WeakMap<AbortSignal, ListVisit>();

export function listVisit(signal: AbortSignal, now: () => number = Date.now): ListVisit {
  let visit = visits.get(signal);
  if (!visit) {
    visit = createListVisit(now());
    visits.set(signal, visit);
  }
  return visit;
}

export function createListVisit(start: number): ListVisit {
  const order = new Map<string, number>();
  return {
    start,
    followOrder(id) {
      let at = order.get(id);
      if (at === undefined) {
        at = start - (order.size + 1);
        order.set(id, at);
      }
      return at;
    },
    listed: new Set(),
    pages: { top: false, broken: false, users: 0, ended: false },
  };
}
