import { browser } from 'wxt/browser';
import { dueContacts } from '@/lib/db/due';
import type { Database } from '@/lib/db/open';
import { type BadgeMode, badgeCount, badgeCountOf, type DueCounts, dueList } from '@/lib/relationships/due';
import { loadSettings } from '@/lib/settings/settings';
import { viewAccount } from './handlers-popup';

/**
 * The toolbar badge: how many people are owed a reply (or, by setting, everything due: replies owed
 * and conversations going cold), so a glance at the toolbar says whether someone is waiting. Chrome
 * MV3 has `action`, Firefox MV2 `browserAction`. A badge is a nicety: failures are swallowed.
 */
export async function setDueBadge(count: number, mode: BadgeMode): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action?.setBadgeText) return;
  try {
    await action.setBadgeText({ text: mode !== 'off' && count > 0 ? String(Math.min(count, 99)) : '' });
    await action.setBadgeBackgroundColor?.({ color: '#963f1c' });
    const what = mode === 'reply-backs' ? 'owed a reply' : 'to keep talking with';
    await action.setTitle?.({
      title:
        mode !== 'off' && count > 0
          ? `Dinner Table: ${count} ${count === 1 ? 'person' : 'people'} ${what}`
          : 'Dinner Table',
    });
  } catch {
    // No badge is better than a failed message.
  }
}

/** Shows the badge for a due list already read (the popup's `due.get`, by its totals: the rows are capped). */
export async function showDueBadge(counts: DueCounts, account: string): Promise<void> {
  try {
    const { badge: mode } = await loadSettings(account);
    await setDueBadge(badgeCountOf(counts, mode), mode);
  } catch {
    // The badge is a nicety.
  }
}

/**
 * Brings the badge up to date for the account the popup shows: after events were recorded, a due
 * row acted on, the setting changed, or the browser started. Reads the due index, never scans.
 */
export async function refreshDueBadge(getDb: () => Promise<Database>, now = Date.now()): Promise<void> {
  try {
    const db = await getDb();
    const account = await viewAccount(db);
    const { badge: mode } = await loadSettings(account);
    if (mode === 'off' || !account) return await setDueBadge(0, mode);
    const { due } = dueList(await dueContacts(db, account, now), now);
    await setDueBadge(badgeCount(due, mode), mode);
  } catch {
    // The badge is a nicety.
  }
}

/** "Toolbar badge: off / replies owed / everything due" applies at once, whichever account's settings changed. */
export function watchBadgeSetting(getDb: () => Promise<Database>): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.keys(changes).some((k) => k === 'settings' || k.startsWith('settings:')))
      void refreshDueBadge(getDb);
  });
}
