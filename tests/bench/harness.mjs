// Shared pieces of the in-browser benchmarks: a Chromium session on the replica, percentiles.
import { launch } from '../e2e/browsers.mjs';
import { startReplica } from '../replica/server.mjs';

export async function chromiumSession({ seed, extension = true, testHooks = true } = {}) {
  const replica = await startReplica({ port: 0, ...(seed && { seed }) });
  const session = await launch({ kind: 'chromium', port: replica.port, extension, testHooks });
  return {
    replica,
    session,
    async close() {
      await session.close();
      await replica.close();
    },
  };
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const round = (n, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** `npm run bench -- --quick` (or DT_BENCH_QUICK=1): fewer pairs and repetitions, for iterating. */
export const QUICK = process.argv.includes('--quick') || process.env.DT_BENCH_QUICK === '1';
