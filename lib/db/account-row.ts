import type { AccountRow } from './schema';

/**
 * The account's row once X showed it signed in (a page load, a batch of events): handle and name
 * refreshed, first sight kept, and everything else the row carries kept too. The stored unmet
 * count in particular: dropping it makes the next popup recount every follower (slow at 100k).
 */
export function seenAccountRow(
  existing: AccountRow | undefined,
  account: { id: string; handle: string; name?: string },
  now: number,
): AccountRow {
  return {
    ...existing,
    id: account.id,
    handle: account.handle,
    name: account.name ?? existing?.name,
    firstSeen: existing?.firstSeen ?? now,
    // Never back: a clock set back after a visit must not make another account the latest seen.
    lastSeen: Math.max(now, existing?.lastSeen ?? 0),
  };
}
