import { useState } from 'preact/hooks';
import { send } from '@/lib/messages/client';

interface Props {
  account: { id: string; handle: string };
  onChanged(): void;
}

type Notice = { kind: 'good' | 'bad'; text: string } | undefined;

/** Export, import and wipe: the user's data is always theirs to take or erase. */
export function DataSection({ account, onChanged }: Props) {
  const [notice, setNotice] = useState<Notice>();
  const [confirming, setConfirming] = useState(false);

  async function exportJson() {
    try {
      const { json } = await send('data.export', { account: account.id });
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `dinner-table-${account.handle}-${new Date().toISOString().slice(0, 10)}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setNotice({
        kind: 'good',
        text: 'Exported. The file holds everything Dinner Table knows for this account.',
      });
    } catch (error) {
      setNotice({ kind: 'bad', text: `Export failed: ${(error as Error).message}` });
    }
  }

  async function importJson(file: File | undefined) {
    if (!file) return;
    try {
      const { imported } = await send('data.import', { json: await file.text() });
      const total = Object.values(imported).reduce((a, b) => a + b, 0);
      setNotice({
        kind: 'good',
        text: `Imported ${total} new records (${summarize(imported)}). Records already here were kept.`,
      });
      onChanged();
    } catch (error) {
      setNotice({ kind: 'bad', text: `Nothing was imported: ${(error as Error).message}` });
    }
  }

  async function wipe() {
    try {
      const { deleted } = await send('data.wipe', { account: account.id });
      setConfirming(false);
      setNotice({ kind: 'good', text: `Deleted ${deleted} records of @${account.handle}.` });
      onChanged();
    } catch (error) {
      setNotice({ kind: 'bad', text: `Wipe failed: ${(error as Error).message}` });
    }
  }

  return (
    <section class="card" aria-labelledby="data-title" data-testid="dt-data">
      <h2 id="data-title">Your data</h2>
      <p class="muted">Everything stays in this browser. Nothing is ever sent anywhere.</p>
      <div class="row">
        <button type="button" onClick={exportJson} data-testid="dt-export">
          Export as JSON
        </button>
        <label class="button-like">
          Import JSON
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            data-testid="dt-import-json"
            onChange={(e) => void importJson(e.currentTarget.files?.[0])}
          />
        </label>
        {!confirming ? (
          <button type="button" class="danger" onClick={() => setConfirming(true)} data-testid="dt-wipe">
            Delete @{account.handle}'s data…
          </button>
        ) : (
          <fieldset class="confirm">
            <legend class="visually-hidden">Confirm deletion</legend>
            <strong>Delete everything about @{account.handle}? This cannot be undone.</strong>
            <button type="button" class="danger" onClick={wipe} data-testid="dt-wipe-confirm">
              Delete
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </fieldset>
        )}
      </div>
      {notice && (
        <p class={`notice ${notice.kind}`} role="status">
          {notice.text}
        </p>
      )}
    </section>
  );
}

const summarize = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([store, n]) => `${n} ${store}`)
    .join(', ');
