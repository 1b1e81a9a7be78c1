import type { FeatureContext } from './types';

/** The unlisted script the background injects to start the coach (entrypoints/coach-engine.ts). */
export const COACH_ENGINE_FILE = '/coach-engine.js';
/** Where coach-engine.js leaves its entry point, in the content script's own world (never the page's). */
export const COACH_ENGINE_GLOBAL = '__dinnerTableCoachEngine';

/** What coach-engine.js hands the content script. */
export interface CoachEngine {
  /** Starts the coach on this page; `testHooks` is the content script's flag (the engine has its own copy of the module). */
  start(ctx: FeatureContext, signal: AbortSignal, testHooks: boolean): Promise<void>;
}
