import { send as sendMessage } from '@/lib/messages/client';
import type { ContactView, Input, Output } from '@/lib/messages/protocol';
import { overlayPerf, timed } from './perf';

type Lookup = (input: Input<'contacts.lookup'>) => Promise<Output<'contacts.lookup'>>;

export interface LookupCache {
  /** The contact for a handle or `id:<n>` (null: never recorded). Batched per animation frame. */
  lookup(person: string): Promise<ContactView | null>;
  /** A fresh cached answer, or undefined when it must be asked for. */
  peek(person: string): ContactView | null | undefined;
  /** The last answer however old (shown while a fresh one is asked for), or undefined. */
  last(person: string): ContactView | null | undefined;
  /** Forget one person (by any of their keys), or everyone. */
  invalidate(person?: string): void;
  /**
   * Something may have changed these people (or everyone): their answers are still shown, but the
   * next badge that asks gets a fresh one. An answer already on its way counts as stale too.
   */
  markStale(people?: readonly string[]): void;
  /** How many `contacts.lookup` messages were sent (tests and the benchmark read it). */
  readonly sent: number;
}

export interface LookupCacheOptions {
  account: string;
  lookup?: Lookup;
  /** How long an answer stays fresh: the page records events the cache does not see. */
  ttlMs?: number;
  now?: () => number;
  frame?: (callback: () => void) => void;
}

/** The most keys one message may carry (the protocol's limit). */
export const MAX_PER_MESSAGE = 200;
/**
 * What this page records marks its people stale at once (start.ts), and a tab shown again marks
 * everyone: the expiry only bounds changes made elsewhere (the popup, another tab) while the tab
 * stays in view. Short expiries made a long scroll ask again for the same people every few seconds.
 */
export const DEFAULT_TTL_MS = 60_000;

/** `@Maya_O`, `maya_o` → `maya_o`; `id:42` stays. */
export const normalizedPerson = (person: string) =>
  person.startsWith('id:') ? person : person.replace(/^@/, '').toLowerCase();

/**
 * Contacts for the overlays. Every person asked for during one animation frame goes to the
 * background in one `contacts.lookup` message; answers are kept per person (under the handle and
 * the id) for a few seconds, so a timeline of 2,000 posts by 50 people costs about 50 lookups.
 */
export function createLookupCache({
  account,
  lookup = (input) => sendMessage('contacts.lookup', input),
  ttlMs = DEFAULT_TTL_MS,
  now = Date.now,
  frame = (callback) => requestAnimationFrame(callback),
}: LookupCacheOptions): LookupCache {
  const cache = new Map<string, { value: ContactView | null; at: number }>();
  const waiting = new Map<
    string,
    { resolve: (v: ContactView | null) => void; reject: (e: unknown) => void }[]
  >();
  const inFlight = new Map<string, Promise<ContactView | null>>();
  let scheduled = false;
  let sent = 0;
  /** Bumped by every markStale: an answer asked for before the latest one is stored as stale. */
  let staleEpoch = 0;

  const store = (key: string, value: ContactView | null, at: number) => {
    cache.set(key, { value, at });
    if (value?.id) cache.set(`id:${value.id}`, { value, at });
    if (value?.handle) cache.set(value.handle.toLowerCase(), { value, at });
  };

  const flush = () => {
    scheduled = false;
    const keys = [...waiting.keys()].slice(0, MAX_PER_MESSAGE);
    if (keys.length === 0) return;
    const batch = new Map(keys.map((key) => [key, waiting.get(key) ?? []]));
    for (const key of keys) waiting.delete(key);
    // Anything past the limit goes in the next frame's message.
    if (waiting.size) schedule();
    sent++;
    overlayPerf.lookups++;
    const askedIn = staleEpoch;
    lookup({ account, people: keys }).then(
      ({ contacts }) =>
        timed(() => {
          // The background may have answered before a write marked stale since: show it, ask again.
          const at = askedIn === staleEpoch ? now() : Number.NEGATIVE_INFINITY;
          for (const [key, callers] of batch) {
            const value = contacts[key] ?? null;
            store(key, value, at);
            inFlight.delete(key);
            for (const caller of callers) caller.resolve(value);
          }
        }),
      (error) => {
        for (const [key, callers] of batch) {
          inFlight.delete(key);
          for (const caller of callers) caller.reject(error);
        }
      },
    );
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    frame(flush);
  };

  /** Expired answers are kept (to show while asking again) up to this many people. */
  const MAX_KEPT = 5_000;
  const fresh = (key: string) => {
    const hit = cache.get(key);
    if (!hit) return undefined;
    if (now() - hit.at > ttlMs) {
      if (cache.size > MAX_KEPT) cache.delete(key);
      return undefined;
    }
    return hit;
  };

  return {
    lookup(person) {
      const key = normalizedPerson(person);
      const hit = fresh(key);
      if (hit) return Promise.resolve(hit.value);
      const pending = inFlight.get(key);
      if (pending) return pending;
      const promise = new Promise<ContactView | null>((resolve, reject) => {
        waiting.set(key, [...(waiting.get(key) ?? []), { resolve, reject }]);
      });
      inFlight.set(key, promise);
      schedule();
      return promise;
    },
    peek(person) {
      return fresh(normalizedPerson(person))?.value;
    },
    last(person) {
      return cache.get(normalizedPerson(person))?.value;
    },
    invalidate(person) {
      if (person === undefined) {
        cache.clear();
        return;
      }
      const key = normalizedPerson(person);
      const value = cache.get(key)?.value;
      cache.delete(key);
      if (value?.id) cache.delete(`id:${value.id}`);
      if (value?.handle) cache.delete(value.handle.toLowerCase());
    },
    markStale(people) {
      staleEpoch++;
      if (people === undefined) {
        for (const hit of cache.values()) hit.at = Number.NEGATIVE_INFINITY;
        return;
      }
      for (const person of people) {
        const hit = cache.get(normalizedPerson(person));
        if (!hit) continue;
        // Every key of the same answer (handle and id) shares it.
        for (const key of [
          normalizedPerson(person),
          hit.value?.id && `id:${hit.value.id}`,
          hit.value?.handle?.toLowerCase(),
        ])
          if (key) {
            const alias = cache.get(key);
            if (alias) alias.at = Number.NEGATIVE_INFINITY;
          }
      }
    },
    get sent() {
      return sent;
    },
  };
}

const shared = new Map<string, LookupCache>();

/** One cache per account for the whole content script: it outlives SPA navigations. */
export function sharedLookupCache(account: string): LookupCache {
  let cache = shared.get(account);
  if (!cache) {
    cache = createLookupCache({ account });
    shared.set(account, cache);
  }
  return cache;
}

/** The people `events` may have changed for the overlays; undefined when it may be anyone. */
export function peopleChangedBy(events: readonly unknown[]): string[] | undefined {
  const people: string[] = [];
  const add = (person: unknown) => {
    if (!person || typeof person !== 'object') return;
    const { id, handle } = person as { id?: unknown; handle?: unknown };
    if (typeof id === 'string') people.push(`id:${id}`);
    if (typeof handle === 'string') people.push(handle);
  };
  for (const event of events) {
    if (!event || typeof event !== 'object') continue;
    const e = event as Record<string, unknown>;
    // The end of your followers list may mark anyone as having unfollowed.
    if (e.type === 'list-end') return undefined;
    add(e.person);
    add((e.replyTo as { person?: unknown } | undefined)?.person);
    add((e.quoteOf as { person?: unknown } | undefined)?.person);
    if (Array.isArray(e.mentions)) for (const handle of e.mentions) add({ handle });
  }
  return people;
}

/** What this page recorded for `account` was stored: the people it names are asked for again. */
export function recordedOnPage(account: string, events: readonly unknown[]): void {
  shared.get(account)?.markStale(peopleChangedBy(events));
}

/** Everyone may have changed (a tab shown again may have missed the popup's or another tab's changes). */
export function markEveryoneStale(): void {
  for (const cache of shared.values()) cache.markStale();
}
