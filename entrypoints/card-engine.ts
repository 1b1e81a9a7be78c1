import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ENGINES, type Engine } from '@/lib/features/engine-files';
import { sharedLookupCache } from '@/lib/features/overlays/lookup-cache';
import { runProfileCard } from '@/lib/features/overlays/profile-card';
import { setTestHooks } from '@/lib/ui/test-hooks';

/**
 * The profile card (your history with the person, notes, tags, how often to keep in touch), kept
 * out of the script every x.com page parses: the background injects this file into the tab's
 * content-script world on the first profile page (lib/features/overlays/profile-card-loader.ts).
 */
export default defineUnlistedScript(() => {
  const engine: Engine = {
    async start(ctx, signal, { testHooks, lookupCache }) {
      // This bundle has its own copies of shared modules: take the content script's flag and cache.
      setTestHooks(testHooks);
      await runProfileCard(ctx, signal, lookupCache ?? sharedLookupCache(ctx.account.id));
    },
  };
  (globalThis as Record<string, unknown>)[ENGINES.card.global] = engine;
});
