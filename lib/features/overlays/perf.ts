import { testHooksOn } from '@/lib/ui/test-hooks';

/**
 * What the overlays cost the page, measured by timing our own callbacks (the page's long-task
 * entries cannot tell our work from X's). The benchmark asks for the numbers with a DOM event and
 * reads them from an attribute: content scripts and the page share the DOM, not globals.
 */
export const overlayPerf = { maxMs: 0, totalMs: 0, calls: 0, badges: 0, lookups: 0 };

export const PERF_REQUEST_EVENT = 'dinner-table-perf-request';
export const PERF_ATTRIBUTE = 'data-dinner-table-perf';

let depth = 0;

/**
 * Times `work` as one task of ours; nested calls count once, in the outermost. Only under test
 * hooks: nothing else can read the numbers, and two clock reads per call are not free on a timeline.
 */
export function timed<T>(work: () => T): T {
  if (depth > 0 || !testHooksOn()) return work();
  depth++;
  const started = performance.now();
  try {
    return work();
  } finally {
    depth--;
    const ms = performance.now() - started;
    overlayPerf.calls++;
    overlayPerf.totalMs += ms;
    if (ms > overlayPerf.maxMs) overlayPerf.maxMs = ms;
  }
}

let probeInstalled = false;

/**
 * Only under test hooks: otherwise a page script could make us write into its DOM on demand.
 * Removed with `signal` (the content script's life), like everything the overlays add.
 */
export function installPerfProbe(signal: AbortSignal, doc: Document = document): void {
  if (probeInstalled || !testHooksOn() || signal.aborted) return;
  probeInstalled = true;
  const answer = () => doc.documentElement.setAttribute(PERF_ATTRIBUTE, JSON.stringify(overlayPerf));
  doc.addEventListener(PERF_REQUEST_EVENT, answer, { signal });
  signal.addEventListener('abort', () => {
    probeInstalled = false;
    doc.documentElement.removeAttribute(PERF_ATTRIBUTE);
  });
}
