import { useEffect, useRef, useState } from 'preact/hooks';
import type { MappedArchive } from '@/lib/archive/to-events';
import { errorText } from '@/lib/i18n/error-text';
import { t } from '@/lib/i18n/t';
import { send } from '@/lib/messages/client';
import { ImportClock, type KindCounts, type Progress } from './archive-progress';
import {
  ArchiveReadError,
  type ArchiveSource,
  type ReadArchive,
  readArchiveInWorker,
} from './archive-reader';
import { type CommitResult, ImportStopped, sendArchiveImport } from './archive-transport';

type Skipped = ReadArchive['skippedRows'];

export type ArchiveImportState =
  | { step: 'idle' }
  | { step: 'working'; progress: Progress; counts: KindCounts; committing: boolean }
  /** The archive is another account's than the chosen one, or no account is known yet: ask first. */
  | { step: 'confirm'; read: ReadArchive; reason: 'foreign' | 'first' }
  | { step: 'done'; result: CommitResult; skippedRows: Skipped; followersPartial: boolean; timings: string }
  | { step: 'error'; message: string };

interface Run {
  abort: AbortController;
  clock: ImportClock;
  /** Chunks are being sent: the bar shows saving (the posts are still being classified meanwhile). */
  saving?: boolean;
}

/**
 * The archive import as a state machine: read in the worker, ask when the archive is not the chosen
 * account's, hand it to the background in chunks (each stored as it arrives). Cancel works until the
 * final step starts; a failure or a cancel keeps what was stored, consistent, and says how far it
 * got: choosing the file again finishes it. `onSettled` runs after every attempt to save.
 */
export function useArchiveImport(
  account: { id: string } | undefined,
  onImported: () => void,
  onSettled: () => void = () => {},
) {
  const [state, setState] = useState<ArchiveImportState>({ step: 'idle' });
  const run = useRef<Run | undefined>(undefined);

  // Leaving the page ends the worker and drops the staged import.
  useEffect(() => () => run.current?.abort.abort(), []);

  const begin = () => {
    run.current?.abort.abort();
    const current: Run = { abort: new AbortController(), clock: new ImportClock() };
    run.current = current;
    return current;
  };
  const working = (current: Run, progress: Progress, counts: KindCounts, committing = false) => {
    if (run.current === current) setState({ step: 'working', progress, counts, committing });
  };
  const fail = (current: Run, message: string) => {
    if (run.current !== current) return;
    run.current = undefined;
    setState({ step: 'error', message });
  };

  async function start(source: ArchiveSource) {
    const current = begin();
    working(current, current.clock.at('read', 0), {});
    let read: ReadArchive;
    try {
      read = await readArchiveInWorker(source, {
        signal: current.abort.signal,
        onRead: (part, counts) => working(current, current.clock.at('read', part), { ...counts }),
        onClassify: (part) => {
          const progress = current.clock.at('classify', part);
          if (current.saving) return;
          setState((s) => (s.step === 'working' && run.current === current ? { ...s, progress } : s));
        },
        onClassified: () => current.clock.mark('classified'),
      });
    } catch (error) {
      return fail(current, readFailure(error, source));
    }
    if (run.current !== current) return;
    if (!account || read.data.account.id !== account.id) {
      run.current = undefined;
      setState({ step: 'confirm', read, reason: account ? 'foreign' : 'first' });
      return;
    }
    await save(read, current);
  }

  async function save({ data, classified, skippedRows }: ReadArchive, current: Run) {
    const counts = countsOf(data);
    current.saving = true;
    try {
      current.clock.mark('begin');
      const result = await sendArchiveImport(data, send, {
        signal: current.abort.signal,
        classified,
        onPart: (part) => current.clock.mark(part),
        onProgress: (done) => working(current, current.clock.at('save', done), counts),
        onCommit: () => {
          current.clock.mark('commit');
          working(current, current.clock.at('save', 1), counts, true);
        },
      });
      if (run.current !== current) return;
      run.current = undefined;
      setState({
        step: 'done',
        result,
        skippedRows,
        followersPartial: data.followersPartial === true,
        timings: current.clock.timings(),
      });
      onImported();
    } catch (error) {
      fail(current, saveFailure(error, current.abort.signal.aborted));
    }
    onSettled();
  }

  return {
    state,
    start: (source: ArchiveSource) => void start(source),
    /** Yes to the confirm: the archive already read is saved, not read again. */
    confirm(read: ReadArchive) {
      const current = begin();
      working(current, current.clock.at('save', 0), countsOf(read.data));
      void save(read, current);
    },
    dismiss: () => setState({ step: 'idle' }),
    cancel() {
      const current = run.current;
      if (!current) return;
      current.abort.abort();
      fail(current, t('archiveCancelled'));
    },
  };
}

const countsOf = (data: MappedArchive): KindCounts => ({
  followers: data.counts.followers,
  following: data.counts.following,
  posts: data.counts.posts,
  dms: data.counts.dms,
  likes: data.counts.likes,
});

/** Percent stored, never "100" before the import finished. */
export const percentOf = (fraction: number) => Math.min(99, Math.floor(fraction * 100));

/** Saving stopped: how far it got (what is stored is kept) and why, in the interface's words. */
function saveFailure(error: unknown, cancelled: boolean): string {
  const stopped = error instanceof ImportStopped;
  const fraction = stopped ? error.fraction : 0;
  // The background's reason travels inside ImportStopped: word that, not the wrapper.
  const reason = errorText(stopped ? error.reason : error);
  if (fraction <= 0) return cancelled ? t('archiveCancelled') : t('archiveNothingImported', { reason });
  const percent = percentOf(fraction);
  return cancelled ? t('archiveCancelledAt', { percent }) : t('archiveStoppedAt', { percent, reason });
}

/** The reader's failure in the interface's words, naming the file to blame when there is one. */
function readFailure(error: unknown, source: ArchiveSource): string {
  if (!(error instanceof ArchiveReadError)) return t('archiveNothingImported', { reason: String(error) });
  const file = error.file ?? ('file' in source ? source.file.name : (source.files[0]?.path ?? ''));
  const reason = (() => {
    switch (error.code) {
      case 'cancelled':
        return undefined;
      case 'not-zip':
        return t('archiveErrorNotZip');
      case 'not-archive':
        return t('archiveErrorNotArchive');
      case 'truncated':
        return t('archiveErrorTruncated');
      case 'malformed-file':
        return t('archiveErrorMalformed', { file });
      case 'too-large':
        return t('archiveErrorTooLarge', { file });
      case 'worker':
        return t('archiveErrorWorker', { error: error.message });
      default:
        return error.message;
    }
  })();
  return reason === undefined ? t('archiveCancelled') : t('archiveNothingImported', { reason });
}
