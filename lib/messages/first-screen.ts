import { localDate } from '@/lib/relationships/handful';
import { SHARED_SETTINGS_KEY, settingsKey } from '@/lib/settings/keys';
import type { DueView } from './protocol-due';
import type { Handful } from './protocol-popup';

/**
 * The popup's first screen, kept ready by the background (lib/background/first-screen.ts) in
 * storage.local so that opening the popup is one small read, not a pick over 100k followers and a
 * walk of the due index: exactly what `handful.get` and `due.get` answered for the account the popup
 * shows, when they answered it, and until when it holds. The background removes it before any write
 * that could change it and builds it again once the writes settle; the popup shows it only when it
 * is fresh (below), then asks the live handlers anyway.
 */
export const FIRST_SCREEN_KEY = 'firstScreen';

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
