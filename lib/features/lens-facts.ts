import { LENS_FACTS, LENS_MAX_CHARS, LENS_MORE, LENS_PULL } from '@/lib/x/lens/channel';
import { LensBatch } from '@/lib/x/lens/facts';
import { lensEvents } from '@/lib/x/lens/to-events';
import { learnIds } from './lens-ids';
import { noteLensSeen } from './lens-seen';
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
  init({ account, route, events }, signal) {
    const onFacts = (event: Event) => {
      const now = Date.now();
      if (now - windowStart > 1000) {
        windowStart = now;
        windowCount = 0;
      }
      if (++windowCount > MAX_PER_SECOND) return;
      const detail = (event as CustomEvent).detail;
      if (typeof detail !== 'string' || detail.length > LENS_MAX_CHARS) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(detail);
      } catch {
        return;
      }
      const batch = LensBatch.safeParse(parsed);
      if (!batch.success) return;
      for (const s of batch.data.seen) noteLensSeen(route.name, s.op, s.known);
      learnIds(batch.data.users);
      for (const e of lensEvents(batch.data, account.id, now)) {
        if (e.type === 'edge' || e.type === 'profile') {
          const id = e.person.id ?? '';
          const signature = `${e.type}:${JSON.stringify(e.person)}`;
          if (sent.get(`${id}:${e.type === 'edge' ? e.list : 'p'}`) === signature) continue;
          if (sent.size > MAX_REMEMBERED) sent.clear();
          sent.set(`${id}:${e.type === 'edge' ? e.list : 'p'}`, signature);
        }
        events.push(e);
      }
    };
    const pull = () => document.dispatchEvent(new CustomEvent(LENS_PULL));
    document.addEventListener(LENS_FACTS, onFacts, { signal });
    document.addEventListener(LENS_MORE, pull, { signal });
    pull();
  },
};
