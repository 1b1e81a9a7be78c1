import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coachLoaderFeature } from '@/lib/features/coach-loader';
import { ENGINES, type Engine } from '@/lib/features/engine-files';
import { forgetEnginesForTests } from '@/lib/features/engine-loader';
import type { FeatureContext } from '@/lib/features/types';

const COACH_ENGINE_GLOBAL = ENGINES.coach.global;
type CoachEngine = Engine;

const send = vi.hoisted(() => vi.fn());
vi.mock('@/lib/messages/client', () => ({ send }));

const ctx = {} as FeatureContext;
const global = globalThis as Record<string, unknown>;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function page() {
  document.body.innerHTML = `
    <input id="search">
    <div data-testid="tweetTextarea_0" role="textbox" contenteditable="true" tabindex="0" id="box"></div>`;
  return {
    search: document.getElementById('search') as HTMLElement,
    box: document.getElementById('box') as HTMLElement,
  };
}

/** What the background's injection does: run coach-engine.js, which leaves the engine global. */
function injectsEngine() {
  const start = vi.fn<CoachEngine['start']>(async () => {});
  send.mockImplementation(async (type: string, input: unknown) => {
    expect(input).toEqual({ name: 'coach' });
    expect(type).toBe('engine.load');
    global[COACH_ENGINE_GLOBAL] = { start } satisfies CoachEngine;
    return {};
  });
  return start;
}

beforeEach(() => {
  forgetEnginesForTests();
  delete global[COACH_ENGINE_GLOBAL];
  send.mockReset();
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('the coach loader', () => {
  it('loads nothing until a composer is focused, then starts the engine with the page context', async () => {
    const { search, box } = page();
    const start = injectsEngine();
    const stop = new AbortController();
    const running = coachLoaderFeature.init(ctx, stop.signal);
    await tick();
    search.focus();
    await tick();
    expect(send).not.toHaveBeenCalled();
    box.focus();
    await running;
    expect(send).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledWith(ctx, stop.signal, { testHooks: false });
  });

  it('fails open when loading fails, and tries again at the next focus', async () => {
    const { search, box } = page();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    send.mockRejectedValueOnce(new Error('The extension did not answer.'));
    const stop = new AbortController();
    const running = coachLoaderFeature.init(ctx, stop.signal);
    box.focus();
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    const start = injectsEngine();
    search.focus();
    box.focus();
    await running;
    expect(send).toHaveBeenCalledTimes(2);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('treats an injection that left no engine as a failure, not a crash', async () => {
    const { box } = page();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    send.mockResolvedValue({});
    const stop = new AbortController();
    void coachLoaderFeature.init(ctx, stop.signal);
    box.focus();
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    stop.abort();
  });

  it('starts at once on a later page once loaded, and never after its page is gone', async () => {
    const { box } = page();
    const start = injectsEngine();
    box.focus();
    await coachLoaderFeature.init(ctx, new AbortController().signal);
    box.blur();
    const next = new AbortController();
    await coachLoaderFeature.init(ctx, next.signal);
    expect(start).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenCalledTimes(1);

    forgetEnginesForTests();
    const gone = new AbortController();
    const running = coachLoaderFeature.init(ctx, gone.signal);
    gone.abort();
    await running;
    expect(send).toHaveBeenCalledTimes(1);
  });
});
