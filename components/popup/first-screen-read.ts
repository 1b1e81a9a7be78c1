import { browser } from 'wxt/browser';
import {
  FIRST_SCREEN_KEY,
  type FirstScreen,
  isFresh,
  settingsKeys,
  settingsStamp,
} from '@/lib/messages/first-screen';

/**
 * The first screen the background keeps ready (lib/background/first-screen.ts), when it may be
 * shown now; else undefined and the popup waits for the live answers. Two small reads of
 * storage.local, no message: it does not even wait for the background's worker to start.
 */
export async function readFirstScreen(now = Date.now()): Promise<FirstScreen | undefined> {
  try {
    const stored = (await browser.storage.local.get(FIRST_SCREEN_KEY))[FIRST_SCREEN_KEY] as
      | Partial<FirstScreen>
      | undefined;
    if (typeof stored?.account !== 'string') return undefined;
    const settings = await browser.storage.local.get(settingsKeys(stored.account));
    return isFresh(stored, now, (account) => settingsStamp(settings, account)) ? stored : undefined;
  } catch {
    return undefined;
  }
}
