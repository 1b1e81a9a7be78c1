import { type AuthorAnchor, articleAuthor } from '@/lib/x/author';
import { X } from '@/lib/x/selectors';
import { idOfHandle, onIdsLearned } from '../lens-ids';
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

interface State {
  layer: BadgeLayer;
  handled: WeakMap<Element, Handled>;
  skipped: WeakSet<Element>;
}

/** Per account, for the life of the page: badges survive SPA navigations that keep their posts. */
const states = new Map<string, State>();

function stateFor(account: string, lifetime: AbortSignal): State {
  let state = states.get(account);
  if (!state) {
    const created: State = {
      layer: createBadgeLayer(sharedLookupCache(account)),
      handled: new WeakMap(),
      skipped: new WeakSet(),
    };
    states.set(account, created);
    // Kept across navigations, so it goes with the script itself (an update or reload).
    lifetime.addEventListener('abort', () => {
      created.layer.removeAll();
      states.delete(account);
    });
    state = created;
  }
  return state;
}

/** Still the same author in the same place: X recycles articles, so the author link may change. */
const stillHandled = (article: Element, seen: Handled) =>
  seen.link.isConnected &&
  article.contains(seen.link) &&
  seen.link.getAttribute('href') === seen.href &&
  (!seen.entry || seen.entry.host.isConnected);

/**
 * A badge beside the author of every post (home, lists, search, status pages, notifications):
 * the stage ring and a "follows you" arrow, with details on hover or focus. One scan per frame
 * with DOM changes; an article already handled costs three attribute reads.
 */
export const badgesFeature: Feature = {
  id: 'overlay-badges',
  routes: 'all',
  async init({ account, dom, lifetime }, signal) {
    installPerfProbe(lifetime);
    const state = stateFor(account.id, lifetime);
    const me = account.handle.toLowerCase();

    const scan = () =>
      timed(() => {
        if (!enabled) return;
        state.layer.retheme();
        // Read first, then write: every post's author is found before any badge goes in, so the
        // page's DOM is read in one go and changed in one go (no read after a write in a frame).
        const found: { article: Element; author: AuthorAnchor }[] = [];
        for (const article of document.querySelectorAll(X.tweet.css)) {
          const seen = state.handled.get(article);
          if (seen && stillHandled(article, seen)) continue;
          if (state.skipped.has(article)) continue;
          if (seen?.entry) state.layer.remove(seen.entry);
          // A post nested in another (an unavailable quote) is not an author of its own.
          if (article.parentElement?.closest(X.tweet.css)) {
            state.skipped.add(article);
            continue;
          }
          const author = articleAuthor(article);
          if (author) found.push({ article, author });
        }
        for (const { article, author } of found) {
          const handled: Handled = { link: author.link, href: author.link.getAttribute('href') };
          if (author.handle.toLowerCase() !== me) {
            const id = idOfHandle(author.handle);
            handled.entry = state.layer.attach((host) => author.row.append(host), {
              handle: author.handle,
              ...(id && { id }),
              actions: {
                // X's own reply button on this post opens X's own reply box: the reply is theirs to write.
                reply: () => article.querySelector<HTMLElement>(X.replyButton.css)?.click(),
                profile: () => (author.link as HTMLElement).click(),
              },
              variant: 'timeline',
              ...(author.name && { name: author.name }),
            });
          }
          state.handled.set(article, handled);
        }
      });

    let enabled = await watchOverlay(
      'badges',
      signal,
      (on) => {
        enabled = on;
        if (on) scan();
        else {
          state.layer.removeAll();
          state.handled = new WeakMap();
        }
      },
      account.id,
    );
    if (signal.aborted) return;
    dom.subscribe(scan, signal);
    // Posts name authors by handle; once the lens says whose id a handle is, ask by id.
    onIdsLearned(() => enabled && state.layer.rekey(idOfHandle), signal);
  },
};
