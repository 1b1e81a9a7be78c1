import { browser } from 'wxt/browser';
import { settingsKey } from '@/lib/settings/settings';

type HealthEntry = { account?: string };

/**
 * What storage.local keeps about one account besides the database: the day's handful picks
 * (`handful:<account>:<date>`), its settings (`settings:<account>`) and the health reports of its tabs. Wipe removes them too, so
 * nothing of a wiped account is left anywhere.
 */
export async function forgetInStorage(account: string) {
  const all = await browser.storage.local.get(null);
  const own = Object.keys(all).filter(
    (k) => k.startsWith(`handful:${account}:`) || k === settingsKey(account),
  );
  if (own.length) await browser.storage.local.remove(own);
  const health = Array.isArray(all.health) ? (all.health as HealthEntry[]) : undefined;
  if (health?.some((h) => h.account === account))
    await browser.storage.local.set({ health: health.filter((h) => h.account !== account) });
}
