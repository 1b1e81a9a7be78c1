import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ENGINES, type Engine } from '@/lib/features/engine-files';
import { forgetEnginesForTests } from '@/lib/features/engine-loader';
import { sharedLookupCache } from '@/lib/features/overlays/lookup-cache';
import { profileCardFeature } from '@/lib/features/overlays/profile-card-loader';
import type { FeatureContext } from '@/lib/features/types';

const send = vi.hoisted(() => vi.fn());
vi.mock('@/lib/messages/client', () => ({ send }));

const global = globalThis as Record<string, unknown>;
const ctxOn = (handle: string) =>
  ({
    account: { id: '1', handle: 'me_here' },
    route: { kind: 'profile', handle },
  }) as unknown as FeatureContext;

/** What the background's injection does: run card-engine.js, which leaves the engine global. */
function injectsCard() {
  const start = vi.fn<Engine['start']>(async () => {});
  send.mockImplementation(async (type: string, input: unknown) => {
    expect([type, input]).toEqual(['engine.load', { name: 'card' }]);
    global[ENGINES.card.global] = { start } satisfies Engine;
    return {};
  });
  return start;
}

beforeEach(() => {
  forgetEnginesForTests();
  delete global[ENGINES.card.global];
  send.mockReset();
});
afterEach(() => vi.restoreAllMocks());

describe('the profile card loader', () => {
  it("loads the card once per tab on someone's profile, lending the page's contact cache", async () => {
    const start = injectsCard();
    const ctx = ctxOn('maya_o');
    const signal = new AbortController().signal;
    await profileCardFeature.init(ctx, signal);
    await profileCardFeature.init(ctxOn('ana'), new AbortController().signal);
    expect(send).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledTimes(2);
    expect(start).toHaveBeenCalledWith(ctx, signal, {
      testHooks: false,
      lookupCache: sharedLookupCache('1'),
    });
  });

  it('loads nothing on your own profile', async () => {
    injectsCard();
    await profileCardFeature.init(ctxOn('Me_Here'), new AbortController().signal);
    expect(send).not.toHaveBeenCalled();
  });

  it('fails open when the card cannot load, and tries again on the next profile page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    send.mockRejectedValueOnce(new Error('The extension did not answer.'));
    await profileCardFeature.init(ctxOn('maya_o'), new AbortController().signal);
    expect(warn).toHaveBeenCalled();
    const start = injectsCard();
    await profileCardFeature.init(ctxOn('maya_o'), new AbortController().signal);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
