import {
  FIRST_SCREEN_KEY,
  type FirstScreen,
  firstScreenAreaOf,
  isFresh,
  isRecentLast,
  LAST_FIRST_SCREEN_KEY,
  settingsKeys,
  settingsStamp,
} from '@/lib/messages/first-screen';

/** What the popup opens on: the first screen, current or (`current: false`) shown as updating. */
export interface OpeningScreen {
  screen: FirstScreen;
  /** False: the last one built, from before a write; the popup marks it and its live answers replace it. */
  current: boolean;
}

/** The one method of a storage area this read needs (the polyfill's and the browsers' own both have it). */
interface Readable {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

/** A browser's storage API, with or without the session area. */
export interface OpeningStorage {
  session?: Readable;
  local: Readable;
}

/**
 * The first screen the background keeps ready (lib/background/first-screen.ts): the current one when
 * it may be shown now, else the last one built today within the hour (shown marked as updating),
 * else undefined and the popup waits for the live answers. One read of the first screen's area (and
 * one of storage.local when the account's own settings must be compared), no message: it does not
 * wait for the background's worker. Imports no browser API (the storage is given), so the popup's
 * early script (entrypoints/popup-opening.ts) runs it before the popup's modules have loaded.
 */
// The parameter is `areas`, never `storage`: WXT's auto-imports took a parameter of that name for its
// own `storage` utility and bundled it (9 KB) into the popup.
export async function readOpening(
  areas: OpeningStorage,
  now = Date.now(),
): Promise<OpeningScreen | undefined> {
  try {
    const stored = await firstScreenAreaOf(areas).get([FIRST_SCREEN_KEY, LAST_FIRST_SCREEN_KEY]);
    const current = stored[FIRST_SCREEN_KEY] as Partial<FirstScreen> | undefined;
    if (typeof current?.account === 'string') {
      const settings = await areas.local.get(settingsKeys(current.account));
      if (isFresh(current, now, (account) => settingsStamp(settings, account)))
        return { screen: current, current: true };
    }
    const last = stored[LAST_FIRST_SCREEN_KEY];
    return isRecentLast(last, now) ? { screen: last, current: false } : undefined;
  } catch {
    return undefined;
  }
}

/** Where the early script leaves its read (a global of the popup's own page, nothing of X's). */
export const EARLY_OPENING_GLOBAL = '__dtOpening';
