// The archive worker the options page starts: reads the archive (lib/archive/read-zip), maps it to
// rows and classifies the posts (lib/archive/to-events), all off the UI thread. The rows go to the
// page as soon as they are mapped ('mapped'), the posts' verdicts follow in order ('verdicts'), then
// 'done': the page stores everything else while the coach is still reading the posts. Bundled by Vite from
// `new Worker(new URL('@/lib/archive/worker-entry.ts', import.meta.url), { type: 'module' })`.
import { z } from 'zod/mini';
import { ArchiveError, isArchiveError } from './errors';
import { type ArchiveProgress, readArchive } from './read-zip';
import { classifyPosts, type ImportPost, type MappedArchive, mapArchive } from './to-events';
import { summarizeArchive } from './types';
import { toWorkerMessageSchema } from './worker-protocol';

// Extension pages and workers forbid eval (MV3 CSP): keep zod from probing `new Function`.
z.config({ jitless: true });

export type ImportWorkerProgress = ArchiveProgress | { phase: 'classify'; done: number; total: number };

export type FromImportWorker =
  | { type: 'progress'; requestId: string; progress: ImportWorkerProgress }
  | {
      type: 'mapped';
      requestId: string;
      /** Every row, the posts without their verdicts (they follow in 'verdicts'). */
      data: MappedArchive;
      summary: ReturnType<typeof summarizeArchive>;
      /** Rows the reader skipped (no id, wrong shape), per file: the options page reports them. */
      skippedRows?: { file: string; rows: number }[];
    }
  /** The verdicts of `data.posts[from]` on, in order. */
  | { type: 'verdicts'; requestId: string; from: number; verdicts: ImportPost['verdict'][] }
  /** Every post has its verdict: the worker has nothing more to say. */
  | { type: 'done'; requestId: string }
  | { type: 'error'; requestId: string; code: string; message: string; file?: string };

interface Scope {
  addEventListener(type: 'message', listener: (ev: { data: unknown }) => void): void;
  postMessage(message: FromImportWorker): void;
}

export function handleImportWorker(scope: Scope, now: () => number = Date.now): void {
  const running = new Map<string, AbortController>();
  scope.addEventListener('message', (ev) => {
    const parsed = toWorkerMessageSchema.safeParse(ev.data);
    if (!parsed.success) {
      scope.postMessage({
        type: 'error',
        requestId: '',
        code: 'not-archive',
        message: 'Invalid message to the archive worker.',
      });
      return;
    }
    const msg = parsed.data;
    if (msg.type === 'cancel') {
      running.get(msg.requestId)?.abort();
      return;
    }
    const { requestId } = msg;
    const ac = new AbortController();
    running.get(requestId)?.abort();
    running.set(requestId, ac);
    let lastSent = 0;
    const post = (progress: ImportWorkerProgress, force = false) => {
      const t = now();
      if (!force && t - lastSent < 100) return;
      lastSent = t;
      scope.postMessage({ type: 'progress', requestId, progress });
    };
    const source = 'file' in msg ? msg.file : msg.files;
    readArchive(source, {
      signal: ac.signal,
      ...(msg.expectedAccountId && { expectedAccountId: msg.expectedAccountId }),
      onProgress: (p) => post(p, p.phase === 'done' || p.phase === 'scan'),
    })
      .then((contents) => {
        if (ac.signal.aborted) throw new ArchiveError('cancelled', 'Reading the archive was cancelled.');
        const { data, toClassify } = mapArchive(contents, { now: now() });
        scope.postMessage({
          type: 'mapped',
          requestId,
          data,
          summary: summarizeArchive(contents),
          ...(contents.meta.skippedRows && { skippedRows: contents.meta.skippedRows }),
        });
        classifyPosts(
          toClassify,
          (done, total) => post({ phase: 'classify', done, total }, done === total),
          // One synchronous pass (a cancel cannot arrive during it: the page ends the worker instead).
          (from, verdicts) => scope.postMessage({ type: 'verdicts', requestId, from, verdicts }),
        );
        scope.postMessage({ type: 'done', requestId });
      })
      .catch((e: unknown) => {
        const err = isArchiveError(e)
          ? e
          : new ArchiveError(
              'truncated',
              `The archive could not be read: ${String((e as Error)?.message ?? e)}`,
            );
        scope.postMessage({
          type: 'error',
          requestId,
          code: err.code,
          message: err.message,
          ...(err.file && { file: err.file }),
        });
      })
      .finally(() => {
        if (running.get(requestId) === ac) running.delete(requestId);
      });
  });
}

// Started as a worker (not imported by a test): serve the page.
declare const WorkerGlobalScope: { new (): unknown } | undefined;
if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
  handleImportWorker(globalThis as unknown as Scope);
}
