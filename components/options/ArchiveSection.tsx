import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArchiveImport } from '@/lib/archive/to-events';
import type { FromImportWorker, ImportWorkerProgress } from '@/lib/archive/worker-entry';
import { send as sendMessage } from '@/lib/messages/client';
import { MessageError, type Output } from '@/lib/messages/protocol';
import { CHUNK_LIMITS } from '@/lib/messages/protocol-archive';
import './archive.css';

type Send = typeof sendMessage;
type CommitResult = Output<'archive.import.commit'>;

interface Props {
  /** The account last seen logged in on X, if any. */
  account?: { id: string; handle: string };
  onImported(): void;
}

type Source = { file: File } | { files: { path: string; file: File }[] };

type State =
  | { step: 'idle' }
  | {
      step: 'working';
      phase: 'read' | 'classify' | 'save';
      fraction: number;
      counts: KindCounts;
      eta?: number;
    }
  | { step: 'confirm'; text: string; source: Source; data?: ArchiveImport }
  | { step: 'done'; result: CommitResult }
  | { step: 'error'; message: string };

type Kind = 'followers' | 'following' | 'posts' | 'dms' | 'likes';
type KindCounts = Partial<Record<Kind, number>>;
const KINDS: Kind[] = ['followers', 'following', 'posts', 'dms', 'likes'];
const LABELS: Record<Kind, string> = {
  followers: 'followers',
  following: 'following',
  posts: 'posts',
  dms: 'messages',
  likes: 'likes',
};

/** Share of the bar each phase takes: reading the zip dominates. */
const WEIGHT = { read: 0.75, classify: 0.1, save: 0.15 } as const;
const OFFSET = { read: 0, classify: WEIGHT.read, save: WEIGHT.read + WEIGHT.classify } as const;

/**
 * Import the X archive (the zip X sends, or its unzipped folder): read and classified in a worker,
 * sent to the background in chunks and written there in one transaction. Cancel works until the
 * final write starts; a failure at any point leaves the database as it was.
 */
export function ArchiveSection({ account, onImported }: Props) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const run = useRef<
    | { worker?: Worker; abort: AbortController; startedAt: number; phases?: Record<string, number> }
    | undefined
  >(undefined);
  /** ms from the start at which each phase began and the import ended (for the benchmark's breakdown). */
  const timings = useRef('');
  const [committing, setCommitting] = useState(false);

  // Leaving the page ends the worker and drops the staged import.
  useEffect(
    () => () => {
      run.current?.worker?.terminate();
      run.current?.abort.abort();
    },
    [],
  );

  function stop() {
    run.current?.worker?.terminate();
    run.current?.abort.abort();
    run.current = undefined;
  }

  function progress(phase: 'read' | 'classify' | 'save', part: number, counts: KindCounts) {
    const started = run.current?.startedAt ?? Date.now();
    if (run.current) {
      run.current.phases ??= {};
      run.current.phases[phase] ??= Date.now() - started;
    }
    const fraction = Math.min(1, OFFSET[phase] + WEIGHT[phase] * Math.min(1, Math.max(0, part)));
    const elapsed = Date.now() - started;
    const eta = fraction > 0.03 && elapsed > 500 ? (elapsed * (1 - fraction)) / fraction : undefined;
    setState({ step: 'working', phase, fraction, counts, ...(eta !== undefined && { eta }) });
  }

  function start(source: Source, expectedAccountId: string | undefined) {
    stop();
    const abort = new AbortController();
    const current: NonNullable<typeof run.current> = { abort, startedAt: Date.now() };
    run.current = current;
    const counts: KindCounts = {};
    progress('read', 0, counts);
    let worker: Worker;
    try {
      worker = new Worker(new URL('../../lib/archive/worker-entry.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      setState({ step: 'error', message: `The archive reader could not start: ${(error as Error).message}` });
      return;
    }
    current.worker = worker;
    const requestId = `r${Date.now().toString(36)}`;
    worker.onerror = (event) => {
      if (run.current !== current) return;
      stop();
      setState({ step: 'error', message: `The archive reader failed: ${event.message || 'unknown error'}.` });
    };
    worker.onmessage = (event: MessageEvent<FromImportWorker>) => {
      if (run.current !== current) return;
      const msg = event.data;
      if (msg.type === 'progress') {
        const p: ImportWorkerProgress = msg.progress;
        if (p.phase === 'classify') {
          progress('classify', p.total ? p.done / p.total : 1, counts);
        } else {
          const kind = p.kind === 'dms-group' ? 'dms' : p.kind;
          if (p.phase === 'parse' && p.records !== undefined && (KINDS as string[]).includes(kind)) {
            counts[kind as Kind] = (counts[kind as Kind] ?? 0) + p.records;
          }
          progress('read', p.bytesTotal ? p.bytesRead / p.bytesTotal : 0, counts);
        }
        return;
      }
      worker.terminate();
      current.worker = undefined;
      if (msg.type === 'error') {
        run.current = undefined;
        if (msg.code === 'wrong-account') {
          setState({
            step: 'confirm',
            text: `${msg.message} Import it as that account's data? It is kept apart from @${account?.handle}'s.`,
            source,
          });
        } else if (msg.code === 'cancelled') {
          setState({ step: 'error', message: 'Import cancelled. Nothing was imported.' });
        } else {
          setState({ step: 'error', message: `Nothing was imported: ${msg.message}` });
        }
        return;
      }
      if (!expectedAccountId && !account) {
        run.current = undefined;
        setState({
          step: 'confirm',
          text: `This archive is @${msg.data.account.handle}'s (id ${msg.data.account.id}). Dinner Table has not seen you logged in on X yet. Import it for @${msg.data.account.handle}?`,
          source,
          data: msg.data,
        });
        return;
      }
      void save(msg.data, current);
    };
    worker.postMessage({
      type: 'start',
      requestId,
      ...('file' in source ? { file: source.file } : { files: source.files }),
      ...(expectedAccountId && { expectedAccountId }),
    });
  }

  async function save(data: ArchiveImport, current: NonNullable<typeof run.current>) {
    const counts: KindCounts = {
      followers: data.counts.followers,
      following: data.counts.following,
      posts: data.counts.posts,
      dms: data.counts.dms,
      likes: data.counts.likes,
    };
    try {
      const result = await sendArchiveImport(data, sendMessage, {
        signal: current.abort.signal,
        onProgress: (done) => progress('save', done, counts),
        onCommit: () => {
          current.phases = { ...current.phases, commit: Date.now() - current.startedAt };
          setCommitting(true);
        },
      });
      if (run.current !== current) return;
      timings.current = JSON.stringify({ ...current.phases, end: Date.now() - current.startedAt });
      setState({ step: 'done', result });
      onImported();
    } catch (error) {
      if (run.current !== current && !current.abort.signal.aborted) return;
      setState({
        step: 'error',
        message: current.abort.signal.aborted
          ? 'Import cancelled. Nothing was imported.'
          : `Nothing was imported: ${(error as Error).message}`,
      });
    } finally {
      setCommitting(false);
      if (run.current === current) run.current = undefined;
    }
  }

  function cancel() {
    const wasRunning = Boolean(run.current);
    stop();
    if (wasRunning) setState({ step: 'error', message: 'Import cancelled. Nothing was imported.' });
  }

  function chooseFile(files: FileList | null | undefined) {
    const file = files?.[0];
    if (file) start({ file }, account?.id);
  }

  function chooseFolder(list: FileList | null | undefined) {
    if (!list?.length) return;
    const files = Array.from(list, (file) => ({ path: file.webkitRelativePath || file.name, file }));
    start({ files }, account?.id);
  }

  function confirm(s: Extract<State, { step: 'confirm' }>) {
    if (s.data) {
      const current = { abort: new AbortController(), startedAt: Date.now() };
      run.current = current;
      progress('save', 0, {});
      void save(s.data, current);
    } else {
      start(s.source, undefined);
    }
  }

  const busy = state.step === 'working';
  return (
    <section class="card archive" aria-labelledby="archive-title" data-testid="dt-archive">
      <h2 id="archive-title">Import your X archive</h2>
      <p class="muted">
        Know every follower, everyone you follow, your posts, replies and messages from day one. Request the
        archive in X under Settings → Your account → Download an archive of your data, then choose the .zip
        (or its unzipped folder). It is read here, in this browser; nothing is uploaded.
      </p>
      <div class="row">
        <label class="button-like">
          Choose archive .zip
          <input
            type="file"
            accept=".zip,application/zip,application/x-zip-compressed"
            class="visually-hidden"
            data-testid="dt-archive-input"
            disabled={busy}
            onChange={(e) => {
              chooseFile(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <label class="button-like">
          Choose unzipped folder
          <input
            type="file"
            class="visually-hidden"
            data-testid="dt-archive-folder-input"
            disabled={busy}
            // @ts-expect-error webkitdirectory is not in Preact's attribute types
            webkitdirectory=""
            multiple
            onChange={(e) => {
              chooseFolder(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
        </label>
        {busy && (
          <button type="button" onClick={cancel} disabled={committing} data-testid="dt-import-cancel">
            {committing ? 'Saving…' : 'Cancel'}
          </button>
        )}
      </div>

      <div aria-live="polite" class="archive-status">
        {state.step === 'working' && (
          <div class="archive-progress">
            <progress
              data-testid="dt-import-progress"
              max={100}
              value={Math.round(state.fraction * 100)}
              aria-label="Archive import progress"
            />
            <p>
              {state.phase === 'read'
                ? 'Reading the archive…'
                : state.phase === 'classify'
                  ? 'Reading your posts…'
                  : committing
                    ? 'Saving…'
                    : 'Handing over to Dinner Table…'}{' '}
              {Math.round(state.fraction * 100)}%
              {state.eta !== undefined && <span class="muted"> · about {formatEta(state.eta)} left</span>}
            </p>
            <ul class="archive-counts">
              {KINDS.map((kind) => (
                <li key={kind} data-kind={kind}>
                  <strong>{(state.counts[kind] ?? 0).toLocaleString()}</strong> {LABELS[kind]}
                </li>
              ))}
            </ul>
          </div>
        )}
        {state.step === 'confirm' && (
          <fieldset class="confirm" data-testid="dt-archive-confirm">
            <legend class="visually-hidden">Confirm the archive's account</legend>
            <p>{state.text}</p>
            <button type="button" onClick={() => confirm(state)} data-testid="dt-archive-confirm-yes">
              Import for that account
            </button>
            <button type="button" onClick={() => setState({ step: 'idle' })}>
              Don't import
            </button>
          </fieldset>
        )}
        {state.step === 'done' && <Result result={state.result} timings={timings.current} />}
        {state.step === 'error' && (
          <p class="notice bad" role="alert" data-testid="dt-import-result" data-error={state.message}>
            {state.message}
          </p>
        )}
      </div>
    </section>
  );
}

function Result({ result, timings }: { result: CommitResult; timings: string }) {
  const { imported: n, added } = result;
  return (
    <div
      class="notice good"
      data-testid="dt-import-result"
      data-account={result.account.id}
      data-followers={n.followers}
      data-following={n.following}
      data-posts={n.posts}
      data-dms={n.dms}
      data-likes={n.likes}
      data-timings={timings}
    >
      <p>
        Imported @{result.account.handle}'s archive: {n.followers.toLocaleString()} followers,{' '}
        {n.following.toLocaleString()} following, {n.posts.toLocaleString()} posts
        {n.reposts ? ` (and ${n.reposts.toLocaleString()} reposts)` : ''}, {n.dms.toLocaleString()} messages
        and {n.likes.toLocaleString()} likes.
      </p>
      <p class="muted">
        {added.contacts + added.posts + added.interactions === 0
          ? 'All of it was already here: nothing changed.'
          : `New: ${added.contacts.toLocaleString()} people, ${added.posts.toLocaleString()} posts, ${added.interactions.toLocaleString()} interactions. What was already here was kept.`}
      </p>
    </div>
  );
}

export function formatEta(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  return `${Math.round(s / 60)} min`;
}

/**
 * Hands the mapped archive to the background: `begin`, chunks no bigger than CHUNK_LIMITS, then
 * `commit` (one transaction). Anything failing before the commit aborts the staged import.
 */
export async function sendArchiveImport(
  data: ArchiveImport,
  send: Send,
  options: { signal?: AbortSignal; onProgress?: (fraction: number) => void; onCommit?: () => void } = {},
): Promise<CommitResult> {
  const handles = Object.entries(data.handles);
  const parts = {
    followers: data.followers,
    following: data.following,
    posts: data.posts,
    interactions: data.interactions,
    likes: data.likes,
    handles,
  } as const;
  const totalItems = Object.values(parts).reduce((n, list) => n + list.length, 0) || 1;
  const { importId } = await send('archive.import.begin', {
    account: data.account,
    seenAt: data.seenAt,
    totals: {
      followers: data.followers.length,
      following: data.following.length,
      posts: data.posts.length,
      interactions: data.interactions.length,
      likes: data.likes.length,
    },
    counts: data.counts,
  });
  let sent = 0;
  try {
    for (const [part, list] of Object.entries(parts) as [keyof typeof parts, readonly unknown[]][]) {
      const size = CHUNK_LIMITS[part];
      for (let i = 0; i < list.length; i += size) {
        if (options.signal?.aborted) throw new MessageError('failed', 'Import cancelled.');
        const slice = list.slice(i, i + size);
        // biome-ignore lint/suspicious/noExplicitAny: each part's items are the schema's items for that key.
        await send('archive.import.chunk', { importId, [part]: slice } as any);
        sent += slice.length;
        options.onProgress?.(sent / totalItems);
      }
    }
    if (options.signal?.aborted) throw new MessageError('failed', 'Import cancelled.');
  } catch (error) {
    await send('archive.import.abort', { importId }).catch(() => {});
    throw error;
  }
  options.onCommit?.();
  return send('archive.import.commit', { importId });
}
