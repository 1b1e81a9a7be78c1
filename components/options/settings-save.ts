import type { Settings } from '@/lib/settings/settings';

/** Saves a change to the chosen account's settings and says `said` once it is saved. */
export type SaveSettings = (change: Partial<Settings>, said: string) => Promise<void>;
