import { testHooksOn } from '@/lib/ui/test-hooks';
import { loadEngine } from '../engine-loader';
import type { Feature } from '../types';
import { sharedLookupCache } from './lookup-cache';

/**
 * The profile card as every x.com page first sees it: nothing until a profile page (not your own)
 * opens. Then the card engine (the card, its history list and notes form: most of the overlays'
 * weight) is injected once for the tab and runs the card with this page's context and signal.
 */
export const profileCardFeature: Feature = {
  id: 'overlay-profile-card',
  routes: ['profile'],
  async init(ctx, signal) {
    const handle = ctx.route.handle;
    if (!handle || handle.toLowerCase() === ctx.account.handle.toLowerCase()) return;
    const engine = await loadEngine('card');
    if (!engine || signal.aborted) return;
    await engine.start(ctx, signal, {
      testHooks: testHooksOn(),
      lookupCache: sharedLookupCache(ctx.account.id),
    });
  },
};
