import type { ImportPost, MappedArchive } from '@/lib/archive/to-events';
import type { FromImportWorker } from '@/lib/archive/worker-entry';
import { KINDS, type Kind, type KindCounts } from './archive-progress';

export type ArchiveSource = { file: File } | { files: { path: string; file: File }[] };

export interface ReadArchive {
  /** Every row; each post gets its verdict as the worker's coach reaches it (see `classified`). */
  data: MappedArchive;
  /** Resolves once `data.posts[0..n)` all have their verdicts; rejects if classifying fails or is cancelled. */
  classified(n: number): Promise<void>;
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
 * thread. Resolves as soon as the rows are mapped: the worker goes on classifying the posts, and
 * `classified(n)` says when the first n have their verdicts, so the rest can be stored meanwhile.
 * Reports how far it is and what it counted so far; aborting ends the worker.
 */
export function readArchiveInWorker(
  source: ArchiveSource,
  options: {
    signal: AbortSignal;
    onRead(part: number, counts: KindCounts): void;
    onClassify(part: number): void;
    /** Every post has its verdict. */
    onClassified?(): void;
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
    const verdicts = new VerdictFeed();
    /** Ends the worker; `error` fails the read if it is not resolved yet, and every wait for verdicts. */
    const end = (error?: ArchiveReadError) => {
      worker.terminate();
      options.signal.removeEventListener('abort', cancelled);
      if (error) {
        reject(error);
        verdicts.fail(error);
      }
    };
    const cancelled = () => end(new ArchiveReadError('cancelled', 'cancelled'));
    options.signal.addEventListener('abort', cancelled);
    const counts: KindCounts = {};
    worker.onerror = (event) => end(new ArchiveReadError('worker', event.message || 'unknown error'));
    worker.onmessage = (event: MessageEvent<FromImportWorker>) => {
      const msg = event.data;
      switch (msg.type) {
        case 'progress': {
          const p = msg.progress;
          if (p.phase === 'classify') return options.onClassify(p.total ? p.done / p.total : 1);
          const kind = p.kind === 'dms-group' ? 'dms' : p.kind;
          if (p.phase === 'parse' && p.records !== undefined && (KINDS as readonly string[]).includes(kind))
            counts[kind as Kind] = (counts[kind as Kind] ?? 0) + p.records;
          return options.onRead(p.bytesTotal ? p.bytesRead / p.bytesTotal : 0, counts);
        }
        case 'mapped':
          verdicts.posts = msg.data.posts;
          return resolve({
            data: msg.data,
            classified: (n) => verdicts.upTo(n),
            skippedRows: msg.skippedRows ?? [],
          });
        case 'verdicts':
          return verdicts.add(msg.from, msg.verdicts);
        case 'done':
          end();
          verdicts.finish();
          options.onClassified?.();
          return;
        case 'error':
          return end(new ArchiveReadError(msg.code, msg.message, msg.file));
      }
    };
    worker.postMessage({
      type: 'start',
      requestId: `r${Date.now().toString(36)}`,
      ...('file' in source ? { file: source.file } : { files: source.files }),
    });
  });
}

/** The posts' verdicts as they arrive, in order, and who waits for how many. */
export class VerdictFeed {
  posts: { verdict?: ImportPost['verdict'] }[] = [];
  private count = 0;
  private failed: Error | undefined;
  private waiting: { n: number; resolve(): void; reject(error: Error): void }[] = [];

  add(from: number, verdicts: ImportPost['verdict'][]) {
    verdicts.forEach((verdict, i) => {
      const post = this.posts[from + i];
      if (post) post.verdict = verdict;
    });
    // Batches come in order; a gap would be a bug in the worker, never papered over.
    if (from === this.count) this.count = Math.min(this.posts.length, from + verdicts.length);
    this.settle();
  }

  finish() {
    if (this.count < this.posts.length)
      this.fail(
        new ArchiveReadError('worker', `only ${this.count} of ${this.posts.length} posts classified`),
      );
    this.settle();
  }

  fail(error: Error) {
    this.failed ??= error;
    this.settle();
  }

  upTo(n: number): Promise<void> {
    if (this.count >= n) return Promise.resolve();
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => this.waiting.push({ n, resolve, reject }));
  }

  private settle() {
    this.waiting = this.waiting.filter((w) => {
      if (this.count >= w.n) w.resolve();
      else if (this.failed) w.reject(this.failed);
      else return true;
      return false;
    });
  }
}
