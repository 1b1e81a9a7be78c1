import { browser } from 'wxt/browser';

type HealthEntry = { account?: string };

/**
 * What storage.local keeps about one account besides the database: the day's handful picks
 * (`handful:<account>:<date>`) and the health reports of its tabs. Wipe removes them too, so
 * nothing of a wiped account is left anywhere.
 */
export async function forgetInStorage(account: string) {
  const all = await browser.storage.local.get(null);
  const picks = Object.keys(all).filter((k) => k.startsWith(`handful:${account}:`));
  if (picks.length) await browser.storage.local.remove(picks);
  const health = Array.isArray(all.health) ? (all.health as HealthEntry[]) : undefined;
  if (health?.some((h) => h.account === account))
    await browser.storage.local.set({ health: health.filter((h) => h.account !== account) });
}
