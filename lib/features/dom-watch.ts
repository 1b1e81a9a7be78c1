/**
 * One MutationObserver for the whole content script. It does no work per mutation: it only marks
 * the page dirty and, once per animation frame, calls the subscribers (features scan what they
 * need then). This keeps Dinner Table's cost on X's busy timeline to one cheap callback a frame.
 */
export interface DomWatch {
  /** Calls `callback` now and after every frame in which the DOM changed, until `signal` aborts. */
  subscribe(callback: () => void, signal: AbortSignal): void;
  /** Resolves with the first truthy `find()` result, or undefined after `timeoutMs`. */
  waitFor<T>(
    find: () => T | null | undefined,
    signal: AbortSignal,
    timeoutMs?: number,
  ): Promise<T | undefined>;
  stop(): void;
}

export function createDomWatch(root: Node = document): DomWatch {
  const subscribers = new Set<() => void>();
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    for (const callback of [...subscribers]) {
      try {
        callback();
      } catch (error) {
        // Fail open: one feature's error never stops the others or X.
        console.error('Dinner Table:', error);
      }
    }
  };
  // A hidden tab gets no animation frames: what X shows there (a post you sent just before switching
  // tabs) is seen on a timer instead, and a frame pending when the tab hides is not left waiting.
  const HIDDEN_DELAY_MS = 200;
  const hidden = () => document.visibilityState === 'hidden';
  const observer = new MutationObserver((records) => {
    if (scheduled || records.every(isOurs)) return;
    scheduled = true;
    if (hidden()) setTimeout(flushIfScheduled, HIDDEN_DELAY_MS);
    else requestAnimationFrame(flushIfScheduled);
  });
  const flushIfScheduled = () => {
    if (scheduled) flush();
  };
  const onVisibility = () => {
    if (scheduled && hidden()) setTimeout(flushIfScheduled, HIDDEN_DELAY_MS);
  };
  observer.observe(root, { childList: true, subtree: true });
  document.addEventListener('visibilitychange', onVisibility);

  const watch: DomWatch = {
    subscribe(callback, signal) {
      if (signal.aborted) return;
      subscribers.add(callback);
      signal.addEventListener('abort', () => subscribers.delete(callback), { once: true });
      try {
        callback();
      } catch (error) {
        console.error('Dinner Table:', error);
      }
    },
    waitFor(find, signal, timeoutMs = 10_000) {
      return new Promise((resolve) => {
        const local = new AbortController();
        const done = (value: ReturnType<typeof find> | undefined) => {
          local.abort();
          clearTimeout(timer);
          resolve(value ?? undefined);
        };
        const timer = setTimeout(() => done(undefined), timeoutMs);
        signal.addEventListener('abort', () => done(undefined), { once: true, signal: local.signal });
        watch.subscribe(
          () => {
            const found = find();
            if (found) done(found);
          },
          AbortSignal.any([signal, local.signal]),
        );
      });
    },
    stop() {
      observer.disconnect();
      document.removeEventListener('visibilitychange', onVisibility);
      subscribers.clear();
    },
  };
  return watch;
}

/** A change that only adds or removes Dinner Table's own hosts: nothing for features to see. */
function isOurs(record: MutationRecord): boolean {
  for (const node of record.addedNodes) if (!isOurHost(node)) return false;
  for (const node of record.removedNodes) if (!isOurHost(node)) return false;
  return true;
}

const isOurHost = (node: Node) => node.nodeName.startsWith('DINNER-TABLE-');
