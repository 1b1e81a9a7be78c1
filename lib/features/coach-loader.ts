import { testHooksOn } from '@/lib/ui/test-hooks';
import { X } from '@/lib/x/selectors';
import { engineLoaded, loadEngine } from './engine-loader';
import type { Feature } from './types';

const COMPOSERS = `${X.composer.css}, ${X.chatTextarea.css}`;

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
      if (!engineLoaded('coach') && !(await composerFocus(signal, acceptFocused))) return;
      const coach = await loadEngine('coach');
      if (signal.aborted) return;
      if (coach) return coach.start(ctx, signal, { testHooks: testHooksOn() });
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
