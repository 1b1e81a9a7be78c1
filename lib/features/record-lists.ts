import type { Person } from '@/lib/messages/schemas';
import { readUserCell } from '@/lib/x/people';
import { X } from '@/lib/x/selectors';
import { isOwnFollowersList, listVisit } from './list-visit';
import type { Feature } from './types';

/**
 * Your followers and following, gathered as you scroll the (virtualized) lists. Each person is
 * sent once per visit; the background keeps first-seen and last-seen per edge. On other people's
 * lists nothing is claimed about you: we only learn who is who (id and handle).
 */
export const listsFeature: Feature = {
  id: 'record-lists',
  routes: ['followers', 'following'],
  init({ account, route, url, dom, events }, signal) {
    const mine = route.handle?.toLowerCase() === account.handle.toLowerCase();
    const list = route.name === 'following' ? 'following' : 'followers';
    // followers_you_follow lists someone else's followers, even on your own handle.
    const claimsEdge = mine && !url.pathname.endsWith('/followers_you_follow');
    const seen = new Set<string>();
    // X lists your followers newest first: each is stamped by its place in the list, on the counter
    // the network lens shares for this visit, so "Newest follower" sorts them as X lists them.
    const visit = listVisit(signal);
    const ownFollowers = claimsEdge && list === 'followers';
    const listsWhoFollows = isOwnFollowersList(account, route, url);
    const scan = () => {
      // Only the list itself: the sidebar's "Who to follow" cells are suggestions, not followers.
      const main = document.querySelector(X.primaryColumn.css);
      if (!main) return;
      for (const cell of main.querySelectorAll(X.userCell.css)) {
        const person = readUserCell(cell);
        const key = person?.id ?? person?.handle;
        if (!person || !key || seen.has(key)) continue;
        seen.add(key);
        if (listsWhoFollows && person.id) visit.listed.add(person.id);
        const at = ownFollowers && person.id ? visit.followOrder(person.id) : Date.now();
        if (claimsEdge && person.id) {
          events.push({ type: 'edge', list, person: edgePerson(person, list), at });
        } else if (person.id) {
          const { followsMe: _ignored, ...rest } = person;
          events.push({ type: 'profile', person: claimsEdge ? person : rest, at });
        }
      }
    };
    dom.subscribe(scan, signal);
  },
};

/** On your following list, "Follows you" is a fact; on your followers list, the follow button says if you follow back. */
function edgePerson(person: Person, list: 'followers' | 'following'): Person {
  return list === 'followers' ? { ...person, followsMe: true } : { ...person, iFollow: true };
}
