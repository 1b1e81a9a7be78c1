import { useState } from 'preact/hooks';
import { send } from '@/lib/messages/client';
import { DeleteAccount } from './DeleteAccount';

interface Props {
  account: { id: string; handle: string };
  onChanged(): void;
  /** After a delete: what was deleted, said by the page (this section goes with the account). */
  onWiped(text: string): void;
}

type Notice = { kind: 'good' | 'bad'; text: string } | undefined;

/** Export, import and wipe of the account chosen in the header: the user's data is theirs to take or erase. */
export function DataSection({ account, onChanged, onWiped }: Props) {
  const [notice, setNotice] = useState<Notice>();

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
      onWiped(`Deleted ${deleted} records of @${account.handle}. Other accounts were not touched.`);
    } catch (error) {
      setNotice({ kind: 'bad', text: `Wipe failed: ${(error as Error).message}` });
    }
  }

  return (
    <section class="card" aria-labelledby="data-title" data-testid="dt-data">
      <h2 id="data-title">@{account.handle}'s data</h2>
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
      </div>
      <DeleteAccount handle={account.handle} onDelete={wipe} />
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
