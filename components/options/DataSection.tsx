import { useRef, useState } from 'preact/hooks';
import { errorText } from '@/lib/i18n/error-text';
import { t, tp } from '@/lib/i18n/t';
import { send } from '@/lib/messages/client';
import { localDate } from '@/lib/relationships/handful';
import { exportToBlob } from '@/lib/transfer/export-file';
import type { ExportAccount } from '@/lib/transfer/file-format';
import { fileLines } from '@/lib/transfer/file-format';
import { type ImportReport, importLines } from '@/lib/transfer/import-file';
import { DeleteAccount } from './DeleteAccount';
import { ImportReportView } from './ImportReportView';

interface Props {
  account: { id: string; handle: string };
  onChanged(): void;
  /** After a delete: what was deleted, said by the page (this section goes with the account). */
  onWiped(text: string): void;
}

type State =
  | { step: 'idle' }
  | { step: 'exporting'; fraction: number }
  | { step: 'importing'; rows: number }
  | { step: 'foreign'; other: ExportAccount; answer(yes: boolean): void }
  | { step: 'imported'; report: ImportReport }
  | { step: 'notice'; kind: 'good' | 'bad'; text: string };

/**
 * Export, import and delete for the account chosen in the header. Export and import go a page of
 * rows at a time (an account can be hundreds of MB), so they work at any size.
 */
export function DataSection({ account, onChanged, onWiped }: Props) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const busy = useRef(false);

  async function exportJson() {
    if (busy.current) return;
    busy.current = true;
    setState({ step: 'exporting', fraction: 0 });
    try {
      const { blob, rows } = await exportToBlob(send, account.id, {
        onProgress: (fraction) => setState({ step: 'exporting', fraction }),
      });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `dinner-table-${account.handle}-${localDate()}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({
        step: 'notice',
        kind: 'good',
        text: tp('exportedRecords', rows, { handle: account.handle }),
      });
    } catch (error) {
      setState({ step: 'notice', kind: 'bad', text: t('exportFailed', { error: errorText(error) }) });
    } finally {
      busy.current = false;
    }
  }

  async function importJson(file: File | undefined) {
    if (!file || busy.current) return;
    busy.current = true;
    setState({ step: 'importing', rows: 0 });
    try {
      const report = await importLines(send, fileLines(file), {
        confirmAccount: (other) =>
          other.id === account.id ||
          new Promise<boolean>((answer) => setState({ step: 'foreign', other, answer })),
        onRows: (rows) => setState({ step: 'importing', rows }),
      });
      setState(report ? { step: 'imported', report } : { step: 'idle' });
      if (report) onChanged();
    } catch (error) {
      setState({
        step: 'notice',
        kind: 'bad',
        text: t('importStopped', { error: errorText(error) }),
      });
      onChanged();
    } finally {
      busy.current = false;
    }
  }

  async function wipe() {
    try {
      const { deleted } = await send('data.wipe', { account: account.id });
      onWiped(tp('deletedRecords', deleted, { handle: account.handle }));
    } catch (error) {
      setState({ step: 'notice', kind: 'bad', text: t('deleteFailed', { error: errorText(error) }) });
    }
  }

  const working = state.step === 'exporting' || state.step === 'importing' || state.step === 'foreign';
  return (
    <section class="card" aria-labelledby="data-title" data-testid="dt-data">
      <h2 id="data-title">{t('dataTitle', { handle: account.handle })}</h2>
      <p class="muted">{t('dataIntro')}</p>
      <div class="row">
        <button type="button" onClick={exportJson} disabled={working} data-testid="dt-export">
          {t('exportJson')}
        </button>
        <label class="button-like">
          {t('importJson')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            data-testid="dt-import-json"
            disabled={working}
            onChange={(e) => {
              void importJson(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      <div aria-live="polite" data-testid="dt-data-status">
        {state.step === 'exporting' && (
          <p>{t('exportingPercent', { percent: Math.round(state.fraction * 100) })}</p>
        )}
        {state.step === 'importing' && <p>{tp('importingRows', state.rows)}</p>}
        {state.step === 'foreign' && (
          <fieldset class="confirm" data-testid="dt-import-foreign">
            <legend class="visually-hidden">{t('importForeignLegend')}</legend>
            <p>{t('importForeign', { other: state.other.handle, handle: account.handle })}</p>
            <button type="button" class="primary" onClick={() => state.answer(true)}>
              {t('importAsHandle', { handle: state.other.handle })}
            </button>
            <button type="button" onClick={() => state.answer(false)}>
              {t('dontImport')}
            </button>
          </fieldset>
        )}
        {state.step === 'imported' && <ImportReportView report={state.report} />}
        {state.step === 'notice' && (
          <p class={`notice ${state.kind}`} role="status" data-testid="dt-data-notice">
            {state.text}
          </p>
        )}
      </div>
      <DeleteAccount handle={account.handle} onDelete={wipe} />
    </section>
  );
}
