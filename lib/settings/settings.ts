import { browser } from 'wxt/browser';
import { z } from 'zod/mini';

/** The user's choices. Kept in storage.local, so every part of the extension reads them directly. */
export const Settings = z.object({
  ownDomains: z._default(z.array(z.string()), []),
  /** Domains learned from your profile's website and your repeated links; removable in options. */
  learnedDomains: z._default(z.array(z.string()), []),
  handfulSize: z._default(z.number().check(z.int(), z.gte(1), z.lte(20)), 5),
  promoRatioGoal: z._default(z.number().check(z.gte(0), z.lte(1)), 0.2),
  disabledRules: z._default(z.array(z.string()), []),
  holdsEnabled: z._default(z.boolean(), true),
  /** Rules whose hold shrank to a pill after three "post anyway". */
  postedAnyway: z._default(z.record(z.string(), z.number()), {}),
  overlays: z._default(z.object({ badges: z.boolean(), profileCard: z.boolean(), lists: z.boolean() }), {
    badges: true,
    profileCard: true,
    lists: true,
  }),
  /** Which account's data the popup and options show; undefined = the last one seen. */
  viewAccount: z.optional(z.string()),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Reads the settings; anything stored that no longer fits the schema falls back to its default. */
export async function loadSettings(): Promise<Settings> {
  const { settings } = (await browser.storage.local.get('settings')) as { settings?: unknown };
  const parsed = Settings.safeParse(settings ?? {});
  if (parsed.success) return parsed.data;
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries((settings as Record<string, unknown>) ?? {})) {
    const one = Settings.safeParse({ [key]: value });
    if (one.success && key in merged) merged[key] = (one.data as Record<string, unknown>)[key];
  }
  return Settings.parse(merged);
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = Settings.parse({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ settings: next });
  return next;
}

/** Calls `listener` whenever the settings change, in any part of the extension. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settings' in changes) void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
