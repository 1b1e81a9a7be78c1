import { send } from '@/lib/messages/client';
import { testHooksOn } from '@/lib/ui/test-hooks';
import { X } from '@/lib/x/selectors';
import { COACH_ENGINE_GLOBAL, type CoachEngine } from './coach-engine-file';
import type { Feature } from './types';

const COMPOSERS = `${X.composer.css}, ${X.chatTextarea.css}`;

let engine: Promise<CoachEngine | undefined> | undefined;
let loaded = false;

/**
 * Asks the background to inject the coach once per page. Undefined when that failed: X works as
 * if we were not there (fail open), and the next focus tries again.
 */
export function loadCoachEngine(load = () => send('coach.load', {})): Promise<CoachEngine | undefined> {
  engine ??= load()
    .then(() => {
      const found = (globalThis as Record<string, unknown>)[COACH_ENGINE_GLOBAL] as CoachEngine | undefined;
      if (!found) throw new Error('coach-engine.js ran but left no engine');
      loaded = true;
      return found;
    })
    .catch((error) => {
      console.warn('Dinner Table: the coach could not load; X works as usual', error);
      engine = undefined;
      return undefined;
    });
  return engine;
}

/** For unit tests: forget the loaded engine. */
export function forgetCoachEngineForTests() {
  engine = undefined;
  loaded = false;
}

const isComposerTarget = (target: EventTarget | null) =>
  target instanceof Element && target.closest(COMPOSERS) !== null;

/**
 * The coach as every x.com page first sees it: a wait for the first focus of a composer. Only then
 * is the heavy part (analyzer, model, nudge card: most of the coach's weight) injected and started
 * with this page's context and signal; reading X's timeline never pays to parse it. Once loaded,
 * later pages of the same tab start it at once.
 */
export const coachLoaderFeature: Feature = {
  id: 'coach',
  routes: 'all',
  async init(ctx, signal) {
    // A composer focused before we started counts; after a failed load only a new focus retries.
    let acceptFocused = true;
    while (!signal.aborted) {
      if (!loaded && !(await composerFocus(signal, acceptFocused))) return;
      const coach = await loadCoachEngine();
      if (signal.aborted) return;
      if (coach) return coach.start(ctx, signal, testHooksOn());
      acceptFocused = false;
    }
  },
};

/**
 * Resolves true at the next focus inside a composer (or at once if one has focus and
 * `acceptFocused`), false on abort.
 */
function composerFocus(signal: AbortSignal, acceptFocused: boolean): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  if (acceptFocused && isComposerTarget(document.activeElement)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const local = new AbortController();
    const done = (value: boolean) => {
      local.abort();
      resolve(value);
    };
    document.addEventListener(
      'focusin',
      (event) => {
        if (isComposerTarget(event.target)) done(true);
      },
      { capture: true, signal: local.signal },
    );
    signal.addEventListener('abort', () => done(false), { once: true, signal: local.signal });
  });
}
