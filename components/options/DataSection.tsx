import { useRef, useState } from 'preact/hooks';
import { send } from '@/lib/messages/client';
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
      link.download = `dinner-table-${account.handle}-${new Date().toISOString().slice(0, 10)}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({
        step: 'notice',
        kind: 'good',
        text: `Exported ${rows.toLocaleString()} records of @${account.handle}: everything Dinner Table knows for this account.`,
      });
    } catch (error) {
      setState({ step: 'notice', kind: 'bad', text: `Export failed: ${(error as Error).message}` });
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
      setState({ step: 'notice', kind: 'bad', text: `Import stopped: ${(error as Error).message}` });
      onChanged();
    } finally {
      busy.current = false;
    }
  }

  async function wipe() {
    try {
      const { deleted } = await send('data.wipe', { account: account.id });
      onWiped(`Deleted ${deleted} records of @${account.handle}. Other accounts were not touched.`);
    } catch (error) {
      setState({ step: 'notice', kind: 'bad', text: `Delete failed: ${(error as Error).message}` });
    }
  }

  const working = state.step === 'exporting' || state.step === 'importing' || state.step === 'foreign';
  return (
    <section class="card" aria-labelledby="data-title" data-testid="dt-data">
      <h2 id="data-title">@{account.handle}'s data</h2>
      <p class="muted">
        Everything stays in this browser. Nothing is ever sent anywhere. An export is a JSON file you can keep
        or import again (what is already here is kept, nothing is counted twice).
      </p>
      <div class="row">
        <button type="button" onClick={exportJson} disabled={working} data-testid="dt-export">
          Export as JSON
        </button>
        <label class="button-like">
          Import JSON
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
        {state.step === 'exporting' && <p>Exporting… {Math.round(state.fraction * 100)}%</p>}
        {state.step === 'importing' && <p>Importing… {state.rows.toLocaleString()} records read</p>}
        {state.step === 'foreign' && (
          <fieldset class="confirm" data-testid="dt-import-foreign">
            <legend class="visually-hidden">Confirm the export's account</legend>
            <p>
              This file holds @{state.other.handle}'s data, not @{account.handle}'s. Import it as @
              {state.other.handle}'s? It is kept apart from @{account.handle}'s.
            </p>
            <button type="button" class="primary" onClick={() => state.answer(true)}>
              Import as @{state.other.handle}
            </button>
            <button type="button" onClick={() => state.answer(false)}>
              Don't import
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
