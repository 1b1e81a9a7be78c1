import { browser } from 'wxt/browser';
import type { QuarantineEntry } from '@/lib/messages/protocol';
import type { Quarantined } from '@/lib/messages/validate-events';

const KEY = 'quarantine';
/** Distinct reasons kept per account: enough to name a pattern, small enough for the health view. */
const MAX_REASONS = 5;

/**
 * Counts events that could not be stored, per account, in storage.local (the worker may stop at
 * any time). Only the count and the reasons are kept, never the events' content.
 */
export async function noteQuarantined(account: string, items: readonly Quarantined[], now = Date.now()) {
  if (items.length === 0) return;
  const all = await readQuarantine();
  const entry = all.find((q) => q.account === account) ?? { account, count: 0, lastAt: now, reasons: [] };
  entry.count += items.length;
  entry.lastAt = now;
  for (const { type, reason } of items) {
    const text = `${type}: ${reason}`;
    const known = entry.reasons.find((r) => r.reason === text);
    if (known) known.count++;
    else entry.reasons.unshift({ reason: text, count: 1 });
  }
  entry.reasons = entry.reasons.slice(0, MAX_REASONS);
  await browser.storage.local.set({ [KEY]: [entry, ...all.filter((q) => q.account !== account)] });
}

export async function readQuarantine(): Promise<QuarantineEntry[]> {
  const stored = (await browser.storage.local.get(KEY)) as { [KEY]?: QuarantineEntry[] };
  return Array.isArray(stored[KEY]) ? stored[KEY] : [];
}

export async function forgetQuarantine(account: string) {
  const all = await readQuarantine();
  await browser.storage.local.set({ [KEY]: all.filter((q) => q.account !== account) });
}
