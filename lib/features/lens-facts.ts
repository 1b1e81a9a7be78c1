import { LENS_FACTS, LENS_MAX_CHARS, LENS_MORE, LENS_PULL } from '@/lib/x/lens/channel';
import { LensBatch } from '@/lib/x/lens/facts';
import { lensEvents } from '@/lib/x/lens/to-events';
import { learnIds } from './lens-ids';
import { noteLensSeen } from './lens-seen';
import { followersPageRead, listEndEvent } from './list-end';
import { isOwnFollowersList, listVisit } from './list-visit';
import type { Feature } from './types';

/** Most FACTS events taken per second: a page script flooding the channel is ignored, not obeyed. */
const MAX_PER_SECOND = 10;
/** How many people we remember having sent unchanged, so browsing does not resend the same rows. */
const MAX_REMEMBERED = 20_000;

const sent = new Map<string, string>();
let windowStart = 0;
let windowCount = 0;

/**
 * Takes the facts the network lens (in the page's world) saw in X's own responses and adds them
 * to the record as ordinary page events. Facts are low-trust: validated, bounded, rate-limited,
 * and they can only add people, follow state and replies/mentions/quotes, like the DOM readers.
 */
export const lensFactsFeature: Feature = {
  id: 'lens-facts',
  routes: 'all',
  init({ account, route, url, events }, signal) {
    // The follow order and the followers list are shared with the DOM list reader for this visit.
    const visit = listVisit(signal);
    const ownFollowers = isOwnFollowersList(account, route, url);
    // Facts refused on the way: the followers list can no longer be known whole this visit.
    const lost = () => {
      visit.pages.broken = true;
    };
    const onFacts = (event: Event) => {
      const now = Date.now();
      if (now - windowStart > 1000) {
        windowStart = now;
        windowCount = 0;
      }
      if (++windowCount > MAX_PER_SECOND) return lost();
      const detail = (event as CustomEvent).detail;
      if (typeof detail !== 'string' || detail.length > LENS_MAX_CHARS) return lost();
      let parsed: unknown;
      try {
        parsed = JSON.parse(detail);
      } catch {
        return lost();
      }
      const batch = LensBatch.safeParse(parsed);
      if (!batch.success) return lost();
      for (const s of batch.data.seen) noteLensSeen(route.name, s.op, s.known);
      learnIds(batch.data.users);
      if (ownFollowers) for (const u of batch.data.users) visit.listed.add(u.id);
      for (const lensEvent of lensEvents(batch.data, account.id, now)) {
        // A follower's place in X's follow order, on the counter the list reader shares.
        const e =
          lensEvent.type === 'edge' && lensEvent.list === 'followers' && lensEvent.person.id
            ? { ...lensEvent, at: visit.followOrder(lensEvent.person.id) }
            : lensEvent;
        if (e.type === 'edge' || e.type === 'profile') {
          const id = e.person.id ?? '';
          const signature = `${e.type}:${JSON.stringify(e.person)}`;
          if (sent.get(`${id}:${e.type === 'edge' ? e.list : 'p'}`) === signature) continue;
          if (sent.size > MAX_REMEMBERED) sent.clear();
          sent.set(`${id}:${e.type === 'edge' ? e.list : 'p'}`, signature);
        }
        events.push(e);
      }
      // After this batch's people: the end of the list says who was in it.
      if (ownFollowers)
        for (const s of batch.data.seen)
          if (followersPageRead(visit, s)) {
            const end = listEndEvent(visit, now);
            if (end) events.push(end);
          }
    };
    const pull = () => document.dispatchEvent(new CustomEvent(LENS_PULL));
    document.addEventListener(LENS_FACTS, onFacts, { signal });
    document.addEventListener(LENS_MORE, pull, { signal });
    pull();
  },
};
