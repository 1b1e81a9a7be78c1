import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { SHARED_SETTINGS_KEY, settingsKey } from './keys';

/**
 * The user's choices, one set per X account (`settings:<account id>` in storage.local), so two
 * accounts never share own domains, rules, holds or the handful size. The unkeyed `settings` holds
 * what was chosen before settings were per account: it is where a new account's settings start.
 */
export const Settings = z.object({
  ownDomains: z._default(z.array(z.string()), []),
  /** Domains learned from your profile's website and your repeated links; removable in options. */
  learnedDomains: z._default(z.array(z.string()), []),
  /** Learned domains the person removed: never learned again (lib/settings/own-domains.ts). */
  forgottenDomains: z._default(z.array(z.string()), []),
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
  /** The toolbar badge: off, the count of replies you owe, or everything due (lib/relationships/due.ts). */
  badge: z._default(z.enum(['off', 'reply-backs', 'due']), 'reply-backs'),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

const SHARED_KEY = SHARED_SETTINGS_KEY;

// Not WXT's storage.defineItem: settings live under one key per account, known only at run time,
// and defineItem binds one fixed key; zod keeps what still fits instead of versioned migrations.
export { settingsKey };

/** Keeps every stored field that still fits the schema; the rest fall back to their defaults. */
function parseLeniently(stored: unknown): Settings {
  const parsed = Settings.safeParse(stored ?? {});
  if (parsed.success) return parsed.data;
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries((stored as Record<string, unknown>) ?? {})) {
    const one = Settings.safeParse({ [key]: value });
    if (one.success && key in merged) merged[key] = (one.data as Record<string, unknown>)[key];
  }
  return Settings.parse(merged);
}

/** Reads one account's settings (or the shared ones): an account without its own starts from the shared. */
export async function loadSettings(account?: string): Promise<Settings> {
  const keys = account ? [settingsKey(account), SHARED_KEY] : [SHARED_KEY];
  const stored = (await browser.storage.local.get(keys)) as Record<string, unknown>;
  const own = account ? stored[settingsKey(account)] : undefined;
  return parseLeniently(own ?? stored[SHARED_KEY]);
}

export async function saveSettings(change: Partial<Settings>, account?: string): Promise<Settings> {
  const next = Settings.parse({ ...(await loadSettings(account)), ...change });
  await browser.storage.local.set({ [settingsKey(account)]: next });
  return next;
}

/** Calls `listener` whenever the settings that `account` reads change, in any part of the extension. */
export function onSettingsChanged(listener: (settings: Settings) => void, account?: string): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (SHARED_KEY in changes || (account && settingsKey(account) in changes))
      void loadSettings(account).then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
