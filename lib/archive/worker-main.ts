import { ArchiveError, isArchiveError } from './errors';
import { readArchive } from './read-zip';
import { summarize } from './types';
import { type FromWorkerMessage, toWorkerMessageSchema } from './worker-protocol';

/** The subset of DedicatedWorkerGlobalScope used here (so it can be driven from tests). */
export interface WorkerScopeLike {
  addEventListener(type: 'message', listener: (ev: { data: unknown }) => void): void;
  postMessage(message: FromWorkerMessage): void;
}

/**
 * Implements the archive worker protocol: one read at a time per requestId, `cancel` aborts it.
 * Progress messages are throttled to ~10/s (plus phase changes). Returns a disposer-free handle for tests.
 */
export function handleWorkerMessages(scope: WorkerScopeLike): void {
  const running = new Map<string, AbortController>();

  scope.addEventListener('message', (ev) => {
    const parsed = toWorkerMessageSchema.safeParse(ev.data);
    if (!parsed.success) {
      const requestId =
        ev.data &&
        typeof ev.data === 'object' &&
        typeof (ev.data as { requestId?: unknown }).requestId === 'string'
          ? (ev.data as { requestId: string }).requestId
          : '';
      scope.postMessage({
        type: 'error',
        requestId,
        code: 'not-archive',
        message: `Invalid message to the archive worker: ${parsed.error.message}`,
      });
      return;
    }
    const msg = parsed.data;
    if (msg.type === 'cancel') {
      running.get(msg.requestId)?.abort();
      return;
    }
    const ac = new AbortController();
    running.get(msg.requestId)?.abort();
    running.set(msg.requestId, ac);
    const { requestId } = msg;
    let lastSent = 0;
    let lastKey = '';
    const source = 'file' in msg ? msg.file : msg.files;
    readArchive(source, {
      signal: ac.signal,
      ...(msg.expectedAccountId ? { expectedAccountId: msg.expectedAccountId } : {}),
      onProgress: (progress) => {
        const now = Date.now();
        const key = `${progress.phase}:${progress.file ?? ''}`;
        if (key === lastKey && now - lastSent < 100) return;
        lastKey = key;
        lastSent = now;
        scope.postMessage({ type: 'progress', requestId, progress });
      },
    })
      .then((data) => {
        scope.postMessage({ type: 'done', requestId, summary: summarize(data), data });
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
          ...(err.file ? { file: err.file } : {}),
        });
      })
      .finally(() => {
        if (running.get(requestId) === ac) running.delete(requestId);
      });
  });
}
