import type { ArchiveImport } from '@/lib/archive/to-events';
import type { FromImportWorker } from '@/lib/archive/worker-entry';
import { KINDS, type Kind, type KindCounts } from './archive-progress';

export type ArchiveSource = { file: File } | { files: { path: string; file: File }[] };

export interface ReadArchive {
  data: ArchiveImport;
  /** Rows of a data file the reader could not use (no id, wrong shape), per file. */
  skippedRows: { file: string; rows: number }[];
}

/** Why reading failed: the reader's code (lib/archive/errors.ts) or 'worker' when it could not run. */
export class ArchiveReadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly file?: string,
  ) {
    super(message);
  }
}

/**
 * Reads and classifies an archive in the import worker (lib/archive/worker-entry.ts), off the UI
 * thread. Reports how far it is and what it counted so far; aborting ends the worker.
 */
export function readArchiveInWorker(
  source: ArchiveSource,
  options: {
    signal: AbortSignal;
    onRead(part: number, counts: KindCounts): void;
    onClassify(part: number): void;
  },
): Promise<ReadArchive> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('../../lib/archive/worker-entry.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      reject(new ArchiveReadError('worker', (error as Error).message));
      return;
    }
    const end = () => {
      worker.terminate();
      options.signal.removeEventListener('abort', cancelled);
    };
    const cancelled = () => {
      end();
      reject(new ArchiveReadError('cancelled', 'cancelled'));
    };
    options.signal.addEventListener('abort', cancelled);
    const counts: KindCounts = {};
    worker.onerror = (event) => {
      end();
      reject(new ArchiveReadError('worker', event.message || 'unknown error'));
    };
    worker.onmessage = (event: MessageEvent<FromImportWorker>) => {
      const msg = event.data;
      if (msg.type === 'progress') {
        const p = msg.progress;
        if (p.phase === 'classify') return options.onClassify(p.total ? p.done / p.total : 1);
        const kind = p.kind === 'dms-group' ? 'dms' : p.kind;
        if (p.phase === 'parse' && p.records !== undefined && (KINDS as readonly string[]).includes(kind))
          counts[kind as Kind] = (counts[kind as Kind] ?? 0) + p.records;
        return options.onRead(p.bytesTotal ? p.bytesRead / p.bytesTotal : 0, counts);
      }
      end();
      if (msg.type === 'error') reject(new ArchiveReadError(msg.code, msg.message, msg.file));
      else resolve({ data: msg.data, skippedRows: msg.skippedRows ?? [] });
    };
    worker.postMessage({
      type: 'start',
      requestId: `r${Date.now().toString(36)}`,
      ...('file' in source ? { file: source.file } : { files: source.files }),
    });
  });
}
