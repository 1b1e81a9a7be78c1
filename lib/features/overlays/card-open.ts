import { browser } from 'wxt/browser';

/**
 * Whether the profile card opens expanded. It starts as one line, so X's posts stay above the
 * fold; once you open it, profiles show it open until you close it again.
 */
const KEY = 'dt:profile-card-open';

export async function profileCardOpen(): Promise<boolean> {
  try {
    return (await browser.storage.local.get(KEY))[KEY] === true;
  } catch {
    return false;
  }
}

export function rememberProfileCardOpen(open: boolean): void {
  browser.storage.local.set({ [KEY]: open }).catch(() => {
    // Not remembered: the card still opens and closes on this page.
  });
}
