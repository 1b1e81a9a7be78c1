import { localDate } from '@/lib/relationships/handful';
import { SHARED_SETTINGS_KEY, settingsKey } from '@/lib/settings/keys';
import type { DueView } from './protocol-due';
import type { Handful } from './protocol-popup';

/**
 * The popup's first screen, kept ready by the background (lib/background/first-screen.ts) in
 * `firstScreenArea()` (first-screen-area.ts) so that opening the popup is one small read, not a pick over 100k followers and a
 * walk of the due index: exactly what `handful.get` and `due.get` answered for the account the popup
 * shows, when they answered it, and until when it holds. The background removes it before any write
 * that could change it and builds it again once the writes settle; the popup shows it only when it
 * is fresh (below), then asks the live handlers anyway.
 */
export const FIRST_SCREEN_KEY = 'firstScreen';

/**
 * Where both first screens live (of the given storage API; first-screen-area.ts binds it to the
 * extension's, and this module imports no browser API, so the popup's early read can use it):
 * storage.session, which only the extension's own pages and worker
 * can read. storage.local would send every rebuilt snapshot, old and new value, to the storage
 * listeners of every open x.com tab, about once a second while X is scrolled. Session storage
 * outlives the background's worker but not the browser, and the background builds again when the
 * browser starts. storage.local only where a browser has no session area.
 */
export const firstScreenAreaOf = <Area>(api: { session?: Area; local: Area }): Area =>
  api.session ?? api.local;

/**
 * The last first screen built, kept when an ordinary write (a batch from X, an action in the popup)
 * removes `FIRST_SCREEN_KEY`: the popup may show it at once, marked as being brought up to date and
 * with its actions off, until the live answers replace it (`isRecentLast`). Never current: the
 * popup shows it as current only through `FIRST_SCREEN_KEY`. A wipe, an import, another account, a
 * settings change remove it too (lib/background/first-screen.ts).
 */
export const LAST_FIRST_SCREEN_KEY = 'firstScreenLast';

/** The last first screen is shown (marked as updating) only this long after it was built. */
export const LAST_MAX_AGE_MS = 60 * 60_000;

/** Bumped whenever the shape of the snapshot or of the answers it holds changes. */
export const FIRST_SCREEN_FORMAT = 1;

export interface FirstScreen {
  format: number;
  /** The account the popup shows (the one last seen signed in on X). */
  account: string;
  /** The local day the handful was picked for. */
  date: string;
  builtAt: number;
  /**
   * The first moment the answers could change with no write at all: local midnight, the next
   * contact to become due or to leave the reply window, a snooze that ends, a notice that expires.
   */
  validUntil: number;
  /**
   * The account's stored settings as they were when it was built (`settingsStamp`): the options page
   * writes settings straight to storage.local, so the popup compares them itself.
   */
  settings: string;
  handful: Handful;
  due: DueView;
}

/** The storage.local keys `settingsStamp` reads for `account`. */
export const settingsKeys = (account: string) => [settingsKey(account), SHARED_SETTINGS_KEY];

/**
 * The settings `account` reads, as stored (its own, else the shared ones), in one string: any
 * change to them (the handful size among others) makes a snapshot built before it stale.
 */
export function settingsStamp(stored: Record<string, unknown>, account: string): string {
  return JSON.stringify(stored[settingsKey(account)] ?? stored[SHARED_SETTINGS_KEY] ?? null);
}

/**
 * Whether a stored snapshot may be shown at `now`: ours (same format), for today, not past its time,
 * built with the settings stored now (`settings`: what storage.local holds under `settingsKeys`).
 * Anything else is read live.
 */
export function isFresh(
  stored: unknown,
  now: number,
  settings: (account: string) => string,
): stored is FirstScreen {
  if (!stored || typeof stored !== 'object') return false;
  const s = stored as Partial<FirstScreen>;
  if (s.format !== FIRST_SCREEN_FORMAT || typeof s.account !== 'string') return false;
  if (typeof s.builtAt !== 'number' || typeof s.validUntil !== 'number') return false;
  if (s.builtAt > now || now >= s.validUntil || s.date !== localDate(now)) return false;
  if (!s.handful || !s.due || s.handful.account !== s.account || s.due.account !== s.account) return false;
  return s.settings === settings(s.account);
}

/**
 * Whether the last first screen (`LAST_FIRST_SCREEN_KEY`) may be shown, marked as updating, at `now`:
 * ours, for today (a new day is a new pick: yesterday's people are not shown even as "updating"),
 * built in the last hour and not in the future.
 */
export function isRecentLast(stored: unknown, now: number): stored is FirstScreen {
  if (!stored || typeof stored !== 'object') return false;
  const s = stored as Partial<FirstScreen>;
  if (s.format !== FIRST_SCREEN_FORMAT || typeof s.account !== 'string') return false;
  if (typeof s.builtAt !== 'number' || s.builtAt > now || now - s.builtAt >= LAST_MAX_AGE_MS) return false;
  if (s.date !== localDate(now)) return false;
  return Boolean(s.handful && s.due && s.handful.account === s.account && s.due.account === s.account);
}
