import { browser } from 'wxt/browser';
import type { FirstScreen } from '@/lib/messages/first-screen';
import { EARLY_OPENING_GLOBAL, type OpeningScreen, readOpening } from './opening-read';

export type { OpeningScreen } from './opening-read';

/** The first screen to open on, read now (opening-read.ts `readOpening`). */
export const readOpeningScreen = (now = Date.now()): Promise<OpeningScreen | undefined> =>
  readOpening(browser.storage, now);

/**
 * The read the early script started while this page's modules were still loading
 * (entrypoints/popup-opening.ts), taken once; else a read started now. `early` says which.
 */
export function takeOpeningRead(): { read: Promise<OpeningScreen | undefined>; early: boolean } {
  const scope = globalThis as Record<string, unknown>;
  const started = scope[EARLY_OPENING_GLOBAL] as Promise<OpeningScreen | undefined> | undefined;
  delete scope[EARLY_OPENING_GLOBAL];
  return started instanceof Promise
    ? { read: started, early: true }
    : { read: readOpeningScreen(), early: false };
}

/** The current first screen only, when it may be shown now as current; else undefined. */
export async function readFirstScreen(now = Date.now()): Promise<FirstScreen | undefined> {
  const opening = await readOpeningScreen(now);
  return opening?.current ? opening.screen : undefined;
}
