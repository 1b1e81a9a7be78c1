import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFeatureRunner } from '@/lib/features/runner';
import type { Feature, FeatureContext } from '@/lib/features/types';

const base = {} as Omit<FeatureContext, 'route' | 'url'>;
const at = (href: string) => vi.stubGlobal('location', { href });
const settle = () => new Promise((r) => setTimeout(r, 0));

/** A feature that logs its starts (with the route) and keeps the signal of its latest start. */
function logging(id: string, routes: Feature['routes']) {
  const starts: string[] = [];
  let signal: AbortSignal | undefined;
  const feature: Feature = {
    id,
    routes,
    init(ctx, s) {
      starts.push(ctx.route.name);
      signal = s;
    },
  };
  return { feature, starts, signal: () => signal };
}

describe('the feature runner', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('starts only the features whose routes match the page', async () => {
    const home = logging('home', ['home']);
    const all = logging('all', 'all');
    const chat = logging('chat', ['chat']);
    at('https://x.com/home');
    const runner = createFeatureRunner([home.feature, all.feature, chat.feature], base);
    runner.start();
    await settle();
    expect([home.starts, all.starts, chat.starts]).toEqual([['home'], ['home'], []]);
    runner.stop();
  });

  it('on a navigation aborts the old page and starts what matches the new one; no change, no restart', async () => {
    const home = logging('home', ['home']);
    const all = logging('all', 'all');
    at('https://x.com/home');
    const runner = createFeatureRunner([home.feature, all.feature], base);
    runner.start();
    await settle();
    const first = all.signal();
    runner.checkNavigation();
    await settle();
    expect(all.starts).toEqual(['home']);
    expect(first?.aborted).toBe(false);
    at('https://x.com/notifications');
    runner.checkNavigation();
    await settle();
    expect(first?.aborted).toBe(true);
    expect(home.starts).toEqual(['home']);
    expect(all.starts).toEqual(['home', 'notifications']);
    runner.stop();
    expect(all.signal()?.aborted).toBe(true);
  });

  it('a feature that throws or rejects does not keep the others from starting', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const after = logging('after', 'all');
    const broken: Feature[] = [
      {
        id: 'throws',
        routes: 'all',
        init: () => {
          throw new Error('boom');
        },
      },
      { id: 'rejects', routes: 'all', init: async () => Promise.reject(new Error('later')) },
    ];
    at('https://x.com/home');
    const runner = createFeatureRunner([...broken, after.feature], base);
    expect(() => runner.start()).not.toThrow();
    await settle();
    expect(after.starts).toEqual(['home']);
    expect(console.error).toHaveBeenCalledTimes(2);
    runner.stop();
  });
});
