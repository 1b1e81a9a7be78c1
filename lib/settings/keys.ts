/**
 * Where settings live in storage.local, without the schema (so the popup can read the raw values
 * without loading zod): one set per X account, `settings:<account id>`, and the unkeyed `settings`
 * that a new account's settings start from.
 */
export const SHARED_SETTINGS_KEY = 'settings';

/** The storage.local key of one account's settings (the shared starting point without an account). */
export const settingsKey = (account?: string) =>
  account ? `${SHARED_SETTINGS_KEY}:${account}` : SHARED_SETTINGS_KEY;
