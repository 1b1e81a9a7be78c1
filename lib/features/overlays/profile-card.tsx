import overlaysCss from '@/components/overlays/overlays.css?inline';
import { type ContactPatch, ProfileCard } from '@/components/overlays/ProfileCard';
import { send } from '@/lib/messages/client';
import type { ContactView, InteractionView } from '@/lib/messages/protocol';
import type { Person } from '@/lib/messages/schemas';
import { isHandle } from '@/lib/text/handle';
import { mountShadow, type ShadowMount } from '@/lib/ui/shadow';
import { hookAttribute } from '@/lib/ui/test-hooks';
import { readProfile } from '@/lib/x/people';
import { X } from '@/lib/x/selectors';
import { themeOf } from '@/lib/x/theme';
import { readTweet } from '@/lib/x/tweet';
import type { FeatureContext } from '../types';
import { profileCardOpen, rememberProfileCardOpen } from './card-open';
import type { LookupCache } from './lookup-cache';
import { timed } from './perf';
import { watchOverlay } from './settings-watch';

export const PROFILE_CARD_TAG = 'dinner-table-profile-card';
/** The page records today's visit a moment after it opens: read the history again then. */
const REFRESH_AFTER_MS = 1_500;
const HISTORY_LIMIT = 200;

/** Below the profile header: the end of the block that holds the name, bio and details. */
function headerAnchor(): Element | null {
  return (
    document.querySelector(X.profileHeaderItems.css) ??
    document.querySelector(X.profileDescription.css) ??
    document.querySelector(X.profileUserName.css)
  );
}

/** Their newest post shown on their profile, as a link to it. */
function latestPostOf(handle: string): string | undefined {
  const column = document.querySelector(X.primaryColumn.css) ?? document;
  for (const article of column.querySelectorAll(X.tweet.css)) {
    const post = readTweet(article);
    if (post.tweetId && post.author?.handle.toLowerCase() === handle.toLowerCase()) {
      return `/${post.author.handle}/status/${post.tweetId}`;
    }
  }
  return undefined;
}

/**
 * Your history with the person whose profile this is, and your notes about them, kept by their X
 * id so they survive a handle change. In a shadow root below the profile header. Runs in the card
 * engine (entrypoints/card-engine.ts), loaded on the first profile page; `cache` is the content
 * script's, so a note or stage changed here shows on the badges at once.
 */
export async function runProfileCard(
  { account, route, dom }: FeatureContext,
  signal: AbortSignal,
  cache: LookupCache,
): Promise<void> {
  const routeHandle = route.handle;
  if (!routeHandle || routeHandle.toLowerCase() === account.handle.toLowerCase()) return;
  let mount: ShadowMount | undefined;
  let run: AbortController | undefined;

  const stop = () => {
    run?.abort();
    run = undefined;
    mount?.remove();
    mount = undefined;
  };
  signal.addEventListener('abort', stop, { once: true });

  const start = async () => {
    stop();
    const local = new AbortController();
    run = local;
    const live = AbortSignal.any([signal, local.signal]);
    const person: Person | undefined =
      (await dom.waitFor(
        () => {
          const p = readProfile(document, routeHandle);
          return p?.id ? p : undefined;
        },
        live,
        5_000,
      )) ?? (live.aborted ? undefined : readProfile(document, routeHandle));
    if (!person || live.aborted) return;
    const anchor = await dom.waitFor(headerAnchor, live, 5_000);
    if (!anchor || live.aborted) return;

    const key = person.id ? `id:${person.id}` : (person.handle ?? routeHandle);
    const handle = person.handle ?? routeHandle;
    let contact: ContactView | null | undefined;
    let history: InteractionView[] = [];
    let latest: string | undefined;
    let open = await profileCardOpen();
    if (live.aborted) return;
    const onToggle = (next: boolean) => {
      open = next;
      rememberProfileCardOpen(next);
      render();
    };

    const place = (host: HTMLElement) => {
      const at = headerAnchor();
      (at?.parentElement ?? at)?.append(host);
    };
    const card = mountShadow(PROFILE_CARD_TAG, overlaysCss, place);
    mount = card;
    hookAttribute(card.host, 'data-handle', handle);
    if (person.id) hookAttribute(card.host, 'data-id', person.id);

    const onSave = async ({ keepEvery, ...patch }: ContactPatch) => {
      // The cadence lives with the contact's due state (the same message the popup's Person view sends).
      if (keepEvery && contact) {
        await send('due.cadence', { account: account.id, key: contact.key, keepEvery });
        contact = { ...contact, keepEvery };
      }
      if (Object.keys(patch).length > 0) {
        const saved = await send('contact.update', {
          account: account.id,
          person: key,
          ...(isHandle(handle) && { handle }),
          patch,
        });
        contact = saved.contact;
      }
      cache.invalidate(key);
      cache.invalidate(handle);
      render();
    };

    const render = () =>
      timed(() => {
        if (mount !== card) return;
        card.root.querySelector('.dt-root')?.setAttribute('data-theme', themeOf());
        hookAttribute(
          card.host,
          'data-stage',
          contact === undefined ? 'loading' : (contact?.stage ?? 'stranger'),
        );
        card.update(
          <ProfileCard
            handle={handle}
            {...(person.name && { name: person.name })}
            contact={contact}
            history={history}
            followsMe={Boolean(person.followsMe || contact?.followsMe)}
            {...(latest && { latestPostHref: latest })}
            onSave={onSave}
            open={open}
            onToggle={onToggle}
          />,
        );
      });

    const fetchHistory = async () => {
      try {
        const answer = await send('contact.get', {
          account: account.id,
          person: key,
          historyLimit: HISTORY_LIMIT,
        });
        if (live.aborted) return;
        contact = answer.contact;
        history = answer.history;
      } catch (error) {
        console.error('Dinner Table: profile card', error);
        if (contact === undefined) contact = null;
      }
      render();
    };

    render();
    await fetchHistory();
    const timer = setTimeout(fetchHistory, REFRESH_AFTER_MS);
    live.addEventListener('abort', () => clearTimeout(timer), { once: true });

    // X re-renders the header now and then: keep the card in place, and its latest-post link fresh.
    dom.subscribe(() => {
      if (!card.host.isConnected) place(card.host);
      const next = latestPostOf(handle);
      if (next !== latest) {
        latest = next;
        render();
      }
    }, live);
  };

  const enabled = await watchOverlay(
    'profileCard',
    signal,
    (on) => {
      if (on) void start();
      else stop();
    },
    account.id,
  );
  if (enabled && !signal.aborted) await start();
}
