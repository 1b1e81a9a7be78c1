import type { send as sendMessage } from '@/lib/messages/client';
import { TRANSFER_STORES } from '@/lib/transfer/stores';
import { headerLine, rowLines, sectionEnd, sectionStart } from './file-format';

type Send = typeof sendMessage;

/**
 * Builds an account's export as a Blob of many small parts, asking the background a page at a time:
 * no single message and no single string holds the whole record (the browser may keep a Blob's
 * parts on disk). `onProgress` gets the share of rows written so far.
 */
export async function exportToBlob(
  send: Send,
  account: string,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal; now?: number } = {},
): Promise<{ blob: Blob; rows: number }> {
  const { account: header, counts } = await send('data.export.begin', { account });
  const total = Object.values(counts).reduce((a, b) => a + b, 0) || 1;
  const parts: BlobPart[] = [headerLine({ exportedAt: options.now ?? Date.now(), account: header })];
  let written = 0;
  for (const [i, store] of TRANSFER_STORES.entries()) {
    parts.push(sectionStart(store));
    let after: string | undefined;
    let continues = false;
    do {
      if (options.signal?.aborted) throw new Error('Export cancelled.');
      const page = await send('data.export.page', { account, store, ...(after !== undefined && { after }) });
      parts.push(rowLines(page.rows, continues));
      continues ||= page.rows.length > 0;
      written += page.rows.length;
      options.onProgress?.(Math.min(1, written / total));
      after = page.next;
    } while (after !== undefined);
    parts.push(sectionEnd(i === TRANSFER_STORES.length - 1));
  }
  return { blob: new Blob(parts, { type: 'application/json' }), rows: written };
}
