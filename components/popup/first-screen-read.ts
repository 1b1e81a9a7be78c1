import { browser } from 'wxt/browser';
import {
  FIRST_SCREEN_KEY,
  type FirstScreen,
  firstScreenArea,
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

/**
 * The first screen the background keeps ready (lib/background/first-screen.ts): the current one when
 * it may be shown now, else the last one built today within the hour (shown marked as updating),
 * else undefined and the popup waits for the live answers. One read of storage.session (and one of
 * storage.local when the account's own settings must be compared), no message: it does not wait for the background's worker.
 */
export async function readOpeningScreen(now = Date.now()): Promise<OpeningScreen | undefined> {
  try {
    const stored = await firstScreenArea().get([FIRST_SCREEN_KEY, LAST_FIRST_SCREEN_KEY]);
    const current = stored[FIRST_SCREEN_KEY] as Partial<FirstScreen> | undefined;
    if (typeof current?.account === 'string') {
      const settings = await browser.storage.local.get(settingsKeys(current.account));
      if (isFresh(current, now, (account) => settingsStamp(settings, account)))
        return { screen: current, current: true };
    }
    const last = stored[LAST_FIRST_SCREEN_KEY];
    return isRecentLast(last, now) ? { screen: last, current: false } : undefined;
  } catch {
    return undefined;
  }
}

/** The current first screen only, when it may be shown now as current; else undefined. */
export async function readFirstScreen(now = Date.now()): Promise<FirstScreen | undefined> {
  const opening = await readOpeningScreen(now);
  return opening?.current ? opening.screen : undefined;
}
