import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDomWatch } from '@/lib/features/dom-watch';

/** Makes the document report `state`, as a tab in the background (or in front) does. */
function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('the DOM watch', () => {
  afterEach(() => {
    setVisibility('visible');
    document.body.replaceChildren();
  });

  it('calls subscribers once per animation frame in which the page changed', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    const watch = createDomWatch(document.body);
    const seen = vi.fn();
    const stop = new AbortController();
    watch.subscribe(seen, stop.signal);
    expect(seen).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('article'));
    document.body.append(document.createElement('article'));
    await Promise.resolve();
    expect(frames).toHaveLength(1);
    frames.shift()?.(0);
    expect(seen).toHaveBeenCalledTimes(2);
    watch.stop();
  });

  it('still sees changes in a hidden tab, which gets no animation frames', async () => {
    vi.useFakeTimers();
    try {
      vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
      setVisibility('hidden');
      const watch = createDomWatch(document.body);
      const seen = vi.fn();
      watch.subscribe(seen, new AbortController().signal);
      document.body.append(document.createElement('article'));
      await vi.advanceTimersByTimeAsync(1_000);
      expect(seen).toHaveBeenCalledTimes(2);
      watch.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not leave a pending frame waiting when the tab hides before it comes', async () => {
    vi.useFakeTimers();
    try {
      vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
      const watch = createDomWatch(document.body);
      const seen = vi.fn();
      watch.subscribe(seen, new AbortController().signal);
      document.body.append(document.createElement('article'));
      await vi.advanceTimersByTimeAsync(0);
      expect(seen).toHaveBeenCalledTimes(1);
      setVisibility('hidden');
      await vi.advanceTimersByTimeAsync(1_000);
      expect(seen).toHaveBeenCalledTimes(2);
      watch.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
