import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { coachFeature } from '@/lib/features/coach';
import { ENGINES, type Engine } from '@/lib/features/engine-files';
import { setTestHooks } from '@/lib/ui/test-hooks';

/**
 * The coach (analyzer, lexicon, learned model, twitter-text, the nudge card), kept out of the
 * script every x.com page parses: the background injects this file into the tab's content-script
 * world when a composer is first focused (lib/features/coach-loader.ts), and it hands the content
 * script the coach through that world's global object (never the page's).
 */
export default defineUnlistedScript(() => {
  const engine: Engine = {
    async start(ctx, signal, { testHooks }) {
      // This bundle has its own copy of the test-hooks module: take the content script's answer.
      setTestHooks(testHooks);
      await coachFeature.init(ctx, signal);
    },
  };
  (globalThis as Record<string, unknown>)[ENGINES.coach.global] = engine;
});
