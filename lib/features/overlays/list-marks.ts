import { userCellAnchor } from '@/lib/x/author';
import { X } from '@/lib/x/selectors';
import type { Feature } from '../types';
import { type BadgeEntry, type BadgeLayer, createBadgeLayer } from './badge-layer';
import { sharedLookupCache } from './lookup-cache';
import { installPerfProbe, timed } from './perf';
import { watchOverlay } from './settings-watch';

interface Handled {
  entry?: BadgeEntry;
  link: Element;
  href: string | null;
}

const layers = new Map<string, BadgeLayer>();

/**
 * The stage mark on every person of a follower or following list; followers you have not met
 * (stranger or noticed, not hidden or snoozed) get an "Unmet" mark that stands out.
 */
export const listMarksFeature: Feature = {
  id: 'overlay-list-marks',
  routes: ['followers', 'following'],
  async init({ account, dom, lifetime }, signal) {
    installPerfProbe(lifetime);
    let layer = layers.get(account.id);
    if (!layer) {
      const created = createBadgeLayer(sharedLookupCache(account.id));
      layers.set(account.id, created);
      lifetime.addEventListener('abort', () => {
        created.removeAll();
        layers.delete(account.id);
      });
      layer = created;
    }
    const marks = layer;
    let handled = new WeakMap<Element, Handled>();
    const me = account.handle.toLowerCase();

    const scan = () =>
      timed(() => {
        if (!enabled) return;
        marks.retheme();
        for (const cell of document.querySelectorAll(X.userCell.css)) {
          const seen = handled.get(cell);
          if (
            seen?.link.isConnected &&
            cell.contains(seen.link) &&
            seen.link.getAttribute('href') === seen.href &&
            (!seen.entry || seen.entry.host.isConnected)
          )
            continue;
          if (seen?.entry) marks.remove(seen.entry);
          const person = userCellAnchor(cell);
          if (!person) continue;
          const next: Handled = { link: person.link, href: person.link.getAttribute('href') };
          if (person.handle.toLowerCase() !== me) {
            next.entry = marks.attach((host) => person.row.append(host), {
              handle: person.handle,
              ...(person.id && { id: person.id }),
              variant: 'list',
              followsFromPage: person.followsMe,
              ...(person.name && { name: person.name }),
            });
          }
          handled.set(cell, next);
        }
      });

    let enabled = await watchOverlay(
      'lists',
      signal,
      (on) => {
        enabled = on;
        if (on) scan();
        else {
          marks.removeAll();
          handled = new WeakMap();
        }
      },
      account.id,
    );
    if (signal.aborted) return;
    signal.addEventListener('abort', () => marks.removeAll(), { once: true });
    dom.subscribe(scan, signal);
  },
};
