import { browser } from 'wxt/browser';
import { type QuarantineEntry, StoredQuarantineEntry as StoredEntry } from '@/lib/messages/protocol';
import type { Quarantined } from '@/lib/messages/validate-events';

const KEY = 'quarantine';
/** Distinct reasons kept per account: enough to name a pattern, small enough for the health view. */
const MAX_REASONS = 5;

/**
 * Counts events that could not be stored, per account, in storage.local (the worker may stop at
 * any time). Only the count and the reasons' codes are kept, never the events' content.
 */
export async function noteQuarantined(account: string, items: readonly Quarantined[], now = Date.now()) {
  if (items.length === 0) return;
  const all = await readQuarantine();
  const entry = all.find((q) => q.account === account) ?? { account, count: 0, lastAt: now, reasons: [] };
  entry.count += items.length;
  entry.lastAt = now;
  for (const item of items) {
    const reason: QuarantineReason = {
      code: item.code,
      type: item.type,
      ...(item.field && { field: item.field }),
      ...(item.detail && { detail: item.detail }),
    };
    const known = entry.reasons.find((r) => sameReason(r, reason));
    if (known) known.count++;
    else entry.reasons.unshift({ ...reason, count: 1 });
  }
  entry.reasons = entry.reasons.slice(0, MAX_REASONS);
  await browser.storage.local.set({ [KEY]: [entry, ...all.filter((q) => q.account !== account)] });
}

type QuarantineReason = Omit<QuarantineEntry['reasons'][number], 'count'>;
const sameReason = (a: QuarantineReason, b: QuarantineReason) =>
  a.code === b.code && a.type === b.type && a.field === b.field && a.detail === b.detail;

/** The stored counts; entries an older version stored (English reasons, no code) are read as valid ones. */
export async function readQuarantine(): Promise<QuarantineEntry[]> {
  const stored = (await browser.storage.local.get(KEY)) as { [KEY]?: unknown[] };
  if (!Array.isArray(stored[KEY])) return [];
  return stored[KEY].flatMap((raw) => {
    const entry = StoredEntry.safeParse(raw);
    return entry.success ? [entry.data] : [];
  });
}

export async function forgetQuarantine(account: string) {
  const all = await readQuarantine();
  await browser.storage.local.set({ [KEY]: all.filter((q) => q.account !== account) });
}
