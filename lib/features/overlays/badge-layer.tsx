import { BadgePopover } from '@/components/overlays/BadgePopover';
import overlaysCss from '@/components/overlays/overlays.css?inline';
import type { ContactView } from '@/lib/messages/protocol';
import { mountPlainShadow, mountShadow, type ShadowMount } from '@/lib/ui/shadow';
import { hookAttribute } from '@/lib/ui/test-hooks';
import { themeOf, type XTheme } from '@/lib/x/theme';
import { type BadgeView, badgeLook, createBadgeView } from './badge-view';
import { isUnmet } from './describe';
import type { LookupCache } from './lookup-cache';
import { marksLegend } from './marks-legend';
import { overlayPerf, timed } from './perf';

export const BADGE_TAG = 'dinner-table-badge';
export const POPOVER_TAG = 'dinner-table-badge-popover';
const CLOSE_DELAY_MS = 200;
const POPOVER_WIDTH = 280;

export interface BadgeEntry {
  /** The badge's element in X's page (its shadow root is closed). */
  host: HTMLElement;
  /** The `.dt-root` inside, which carries X's theme. */
  root: HTMLElement;
  view: BadgeView;
  handle: string;
  /** What the cache is asked with: `id:<n>` when the page shows the id (it survives renames), else the handle. */
  key: string;
  name?: string;
  variant: 'timeline' | 'list';
  /** "Follows you" as the page shows it (lists); the timeline relies on what was recorded. */
  followsFromPage: boolean;
  contact?: ContactView | null;
  failed?: boolean;
  /** The next step's button: reply to the post at hand, open their profile. */
  actions?: BadgeActions;
}

export interface BadgeActions {
  reply?: () => void;
  profile?: () => void;
}

export interface BadgeLayer {
  attach(
    place: (host: HTMLElement) => void,
    who: {
      handle: string;
      id?: string;
      name?: string;
      variant: 'timeline' | 'list';
      followsFromPage?: boolean;
      actions?: BadgeActions;
    },
  ): BadgeEntry;
  remove(entry: BadgeEntry): void;
  removeAll(): void;
  /** Re-reads X's theme; repaints every mount when it changed. */
  retheme(): void;
  /** Badges still asked for by handle switch to the id once it is known (`idOf`), and reload. */
  rekey(idOf: (handle: string) => string | undefined): void;
}

const rootOf = (mount: ShadowMount) => mount.root.querySelector<HTMLElement>('.dt-root');

/**
 * The badges of one account's pages and the one details popover they share. The popover lives in
 * its own fixed-position host at the end of <body>, so X's overflow and stacking never clip it and
 * opening it never moves anything on the page.
 */
export function createBadgeLayer(cache: LookupCache): BadgeLayer {
  const entries = new Set<BadgeEntry>();
  let theme: XTheme = themeOf();
  let themeStyle = document.body?.getAttribute('style') ?? '';
  let popover: ShadowMount | undefined;
  let open: { entry: BadgeEntry; button: HTMLElement; how: 'hover' | 'focus' } | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** X unmounts cells far from the viewport: forget their badges now and then. */
  let pruneAt = 200;
  const prune = () => {
    for (const entry of entries) if (!entry.host.isConnected) entries.delete(entry);
    pruneAt = Math.max(200, entries.size * 2);
  };

  const legend = marksLegend();
  /** A next-step button does its thing and closes the details. */
  const act = (fn: () => void) => () => {
    close();
    fn();
  };

  const followsMe = (entry: BadgeEntry) => entry.followsFromPage || Boolean(entry.contact?.followsMe);

  const render = (entry: BadgeEntry) =>
    timed(() => {
      const { host, contact } = entry;
      const follows = followsMe(entry);
      const unmet = entry.variant === 'list' && contact !== undefined && isUnmet(contact, follows);
      const look = badgeLook(entry.handle, contact, follows, unmet, entry.variant);
      hookAttribute(host, 'data-stage', entry.failed ? 'unknown' : look.stage);
      hookAttribute(host, 'data-follows', follows);
      hookAttribute(host, 'data-unmet', unmet);
      hookAttribute(host, 'data-due', look.due ?? '');
      entry.view.paint(look);
      if (open?.entry === entry) renderPopover();
    });

  /** What a badge's button does, for every badge: it names its entry. */
  const handlersFor = (entry: () => BadgeEntry) => ({
    onOpen: (button: HTMLElement, how: 'hover' | 'focus') => openFor(entry(), button, how),
    onClose: (how: 'hover' | 'blur' | 'escape', to?: EventTarget | null) => {
      if (how === 'hover') scheduleClose();
      // Focus moving into the details (to press their button) keeps them open.
      else if (!(how === 'blur' && popover && to === popover.host)) close();
    },
  });

  const load = (entry: BadgeEntry, force = false) => {
    if (force) cache.invalidate(entry.key);
    const cached = cache.peek(entry.key);
    if (cached !== undefined) {
      if (cached !== entry.contact) {
        entry.contact = cached;
        render(entry);
      }
      return;
    }
    const key = entry.key;
    cache.lookup(key).then(
      (contact) => {
        // Gone, or re-keyed by id meanwhile: the id's answer is the one that counts.
        if (!entries.has(entry) || entry.key !== key) return;
        entry.contact = contact;
        entry.failed = false;
        render(entry);
      },
      () => {
        if (!entries.has(entry) || entry.key !== key) return;
        entry.failed = true;
        render(entry);
      },
    );
  };

  /** Hover details close when the page scrolls away; focused ones follow their badge. */
  let scrollFrame = false;
  const onScroll = () => {
    if (open?.how !== 'focus' || !open.button.isConnected) {
      close();
      return;
    }
    if (scrollFrame) return;
    scrollFrame = true;
    requestAnimationFrame(() => {
      scrollFrame = false;
      renderPopover();
    });
  };

  const renderPopover = () =>
    timed(() => {
      if (!open) return;
      const { entry, button } = open;
      if (!popover) {
        popover = mountShadow(POPOVER_TAG, overlaysCss, (host) => document.body.append(host));
      }
      rootOf(popover)?.setAttribute('data-theme', theme);
      popover.update(
        <BadgePopover
          handle={entry.handle}
          {...(entry.name && { name: entry.name })}
          contact={entry.contact}
          followsMe={followsMe(entry)}
          {...(entry.actions?.reply && { onReply: act(entry.actions.reply) })}
          {...(entry.actions?.profile && { onOpenProfile: act(entry.actions.profile) })}
          legend={legend.show}
          onLegendDone={() => {
            legend.done();
            renderPopover();
          }}
          onLeave={close}
          onPointerEnter={() => clearTimeout(closeTimer)}
          onPointerLeave={scheduleClose}
        />,
      );
      const rect = button.getBoundingClientRect();
      const host = popover.host;
      const height = host.getBoundingClientRect().height || 160;
      const left = Math.max(8, Math.min(rect.left - 8, innerWidth - POPOVER_WIDTH - 8));
      // Above the name row, so the post's own text stays readable; below only when there is no room.
      const above = rect.top - height - 6;
      const top = above >= 8 ? above : Math.min(rect.bottom + 6, Math.max(8, innerHeight - height - 8));
      host.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
      host.hidden = false;
    });

  function openFor(entry: BadgeEntry, button: HTMLElement, how: 'hover' | 'focus') {
    clearTimeout(closeTimer);
    const changed = open?.entry !== entry;
    // Focus wins over hover: a keyboard user's details stay until blur or Escape.
    open = { entry, button, how: open?.entry === entry && open.how === 'focus' ? 'focus' : how };
    renderPopover();
    if (changed) {
      addEventListener('scroll', onScroll, { passive: true });
      load(entry);
    }
  }

  function scheduleClose() {
    if (open?.how === 'focus') return;
    clearTimeout(closeTimer);
    closeTimer = setTimeout(close, CLOSE_DELAY_MS);
  }

  function close() {
    clearTimeout(closeTimer);
    if (!open) return;
    open = undefined;
    removeEventListener('scroll', onScroll);
    if (popover) {
      popover.update(null);
      popover.host.hidden = true;
    }
  }

  return {
    attach(place, who) {
      return timed(() => {
        const { host, container } = mountPlainShadow(BADGE_TAG, overlaysCss, place);
        hookAttribute(host, 'data-handle', who.handle);
        if (who.variant === 'list') hookAttribute(host, 'data-variant', 'list');
        container.setAttribute('data-theme', theme);
        hookAttribute(host, 'data-keyed', who.id ? 'id' : 'handle');
        const entry: BadgeEntry = {
          host,
          root: container,
          view: createBadgeView(
            container,
            handlersFor(() => entry),
          ),
          handle: who.handle,
          key: who.id ? `id:${who.id}` : who.handle,
          variant: who.variant,
          followsFromPage: Boolean(who.followsFromPage),
          ...(who.name && { name: who.name }),
          ...(who.actions && { actions: who.actions }),
        };
        if (entries.size >= pruneAt) prune();
        entries.add(entry);
        overlayPerf.badges++;
        const cached = cache.peek(entry.key);
        // X re-creates cells as you scroll: an older answer is shown (never "loading") while asked again.
        const shown = cached === undefined ? cache.last(entry.key) : cached;
        if (shown !== undefined) entry.contact = shown;
        render(entry);
        if (cached === undefined) load(entry);
        return entry;
      });
    },
    remove(entry) {
      if (open?.entry === entry) close();
      entries.delete(entry);
      entry.host.remove();
    },
    removeAll() {
      close();
      for (const entry of entries) entry.host.remove();
      entries.clear();
      // The shared popover goes too: nothing of ours stays in <body>.
      popover?.remove();
      popover = undefined;
    },
    rekey(idOf) {
      for (const entry of entries) {
        if (entry.key.startsWith('id:')) continue;
        const id = idOf(entry.handle);
        if (!id) continue;
        entry.key = `id:${id}`;
        hookAttribute(entry.host, 'data-keyed', 'id');
        load(entry);
      }
    },
    retheme() {
      // Called on every scan: the body's style attribute is one string read, its CSSOM is not.
      const style = document.body?.getAttribute('style') ?? '';
      if (style === themeStyle) return;
      themeStyle = style;
      const next = themeOf();
      if (next === theme) return;
      theme = next;
      for (const entry of entries) {
        if (!entry.host.isConnected) {
          entries.delete(entry);
          continue;
        }
        entry.root.setAttribute('data-theme', theme);
      }
    },
  };
}
