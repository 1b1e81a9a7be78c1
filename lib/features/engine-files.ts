import type { Input } from '@/lib/messages/protocol';
import type { LookupCache } from './overlays/lookup-cache';
import type { FeatureContext } from './types';

/**
 * The parts of the content script that most pages never need, each an unlisted script the
 * background injects into the asking tab's content-script world when first needed (never the
 * page's world): the coach at the first focus of a composer, the profile card on a profile page.
 * The background injects only the files named here, whatever a message says.
 */
export const ENGINES = {
  coach: { file: '/coach-engine.js', global: '__dinnerTableCoachEngine' },
  card: { file: '/card-engine.js', global: '__dinnerTableCardEngine' },
} as const satisfies Record<EngineName, { file: string; global: string }>;

/** The names the `engine.load` message accepts. */
export type EngineName = Input<'engine.load'>['name'];

/** What the content script lends an engine, which bundles its own copies of shared modules. */
export interface EngineShared {
  /** The content script's test-hooks flag. */
  testHooks: boolean;
  /** The overlays' cache of contacts, so what the engine changes shows on the badges at once. */
  lookupCache?: LookupCache;
}

/** What an engine file leaves in the content-script world's global object. */
export interface Engine {
  start(ctx: FeatureContext, signal: AbortSignal, shared: EngineShared): Promise<void>;
}
