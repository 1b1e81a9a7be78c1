import { ACTIVE_IN, ACTIVE_OUT } from '@/lib/relationships/stage';
import { WEEK_READ_DAYS, type WeekTalk } from '@/lib/relationships/week';
import type { Database } from './open';

const DAY = 86_400_000;

/**
 * What the week in Balance reads: your talk of the last WEEK_READ_DAYS days (one bounded range of
 * the byAccountAt index, never the whole history), and which of the people you spoke to in it had
 * heard from you before it. That last part comes from each contact's summary, not from older
 * interactions: if the summary counts more of your words than the window holds, some came earlier.
 */
export async function weekTalk(
  db: Database,
  account: string,
  now: number,
): Promise<{ talk: WeekTalk[]; talkedBefore: Set<string> }> {
  const since = now - WEEK_READ_DAYS * DAY;
  const rows = await db.getAllFromIndex(
    'interactions',
    'byAccountAt',
    IDBKeyRange.bound([account, since], [account, Infinity]),
  );
  const talk: WeekTalk[] = [];
  const outInWindow = new Map<string, number>();
  for (const { at, contact, kind } of rows) {
    if (!ACTIVE_OUT.has(kind) && !ACTIVE_IN.has(kind)) continue;
    talk.push({ at, contact, kind });
    if (ACTIVE_OUT.has(kind)) outInWindow.set(contact, (outInWindow.get(contact) ?? 0) + 1);
  }
  const talkedBefore = new Set<string>();
  const tx = db.transaction('contacts');
  await Promise.all(
    [...outInWindow].map(async ([contact, inWindow]) => {
      const counts = (await tx.store.get([account, contact]))?.summary?.counts ?? {};
      let total = 0;
      for (const kind of ACTIVE_OUT) total += counts[kind] ?? 0;
      if (total > inWindow) talkedBefore.add(contact);
    }),
  );
  return { talk, talkedBefore };
}
