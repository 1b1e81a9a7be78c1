import './archive.css';
import { t } from '@/lib/i18n/t';
import { ArchiveConfirm } from './ArchiveConfirm';
import { ArchiveProgress } from './ArchiveProgress';
import { ArchiveResult } from './ArchiveResult';
import { percentOf, useArchiveImport } from './useArchiveImport';
import { useInterruptedImports } from './useInterruptedImports';

interface Props {
  /** The account chosen in the header, if Dinner Table knows any. */
  account?: { id: string; handle: string };
  onImported(): void;
}

/**
 * Import the X archive (the zip X sends, or its unzipped folder): the first thing a new user does,
 * so it comes first on the page. The work is in useArchiveImport; this is what the person sees.
 */
export function ArchiveSection({ account, onImported }: Props) {
  const { interrupted, refresh } = useInterruptedImports();
  const { state, start, confirm, dismiss, cancel } = useArchiveImport(account, onImported, refresh);
  const busy = state.step === 'working';

  return (
    <section class="card archive" aria-labelledby="archive-title" data-testid="dt-archive">
      <h2 id="archive-title">{t('importArchive')}</h2>
      <p class="muted">{t('archiveIntro')}</p>
      <p class="muted small">{t('archiveWhere')}</p>
      <div class="row">
        <label class="button-like primary">
          {t('archiveChooseZip')}
          <input
            type="file"
            accept=".zip,application/zip,application/x-zip-compressed"
            class="visually-hidden"
            data-testid="dt-archive-input"
            disabled={busy}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) start({ file });
              e.currentTarget.value = '';
            }}
          />
        </label>
        <label class="button-like">
          {t('archiveChooseFolder')}
          <input
            type="file"
            class="visually-hidden"
            data-testid="dt-archive-folder-input"
            disabled={busy}
            // @ts-expect-error webkitdirectory is not in Preact's attribute types
            webkitdirectory=""
            multiple
            onChange={(e) => {
              const list = e.currentTarget.files;
              if (list?.length)
                start({
                  files: Array.from(list, (file) => ({ path: file.webkitRelativePath || file.name, file })),
                });
              e.currentTarget.value = '';
            }}
          />
        </label>
        {busy && (
          <button type="button" onClick={cancel} disabled={state.committing} data-testid="dt-import-cancel">
            {state.committing ? t('archiveSaving') : t('archiveCancel')}
          </button>
        )}
      </div>

      <div aria-live="polite" class="archive-status">
        {state.step === 'idle' &&
          interrupted.map((i) => (
            <p
              key={i.account}
              class="notice warn"
              data-testid="dt-import-interrupted"
              data-account={i.account}
              data-percent={percentOf(i.fraction)}
            >
              {t('archiveInterruptedAt', { handle: i.handle, percent: percentOf(i.fraction) })}
            </p>
          ))}
        {state.step === 'working' && (
          <ArchiveProgress progress={state.progress} counts={state.counts} committing={state.committing} />
        )}
        {state.step === 'confirm' && (
          <ArchiveConfirm
            archive={state.read.data.account}
            chosen={state.reason === 'foreign' ? account : undefined}
            onYes={() => confirm(state.read)}
            onNo={dismiss}
          />
        )}
        {state.step === 'done' && (
          <ArchiveResult
            result={state.result}
            skippedRows={state.skippedRows}
            followersPartial={state.followersPartial}
            timings={state.timings}
          />
        )}
        {state.step === 'error' && (
          <p class="notice bad" role="alert" data-testid="dt-import-result" data-error={state.message}>
            {state.message}
          </p>
        )}
      </div>
    </section>
  );
}
