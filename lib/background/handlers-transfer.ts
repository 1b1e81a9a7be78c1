import { exportHeader, exportPage } from '@/lib/db/export-pages';
import { beginRowsImport, importRows } from '@/lib/db/import-rows';
import type { Database } from '@/lib/db/open';
import type { Input } from '@/lib/messages/protocol';
import type { TRANSFER_MESSAGES } from '@/lib/messages/protocol-transfer';
import type { Handlers } from './router';

/** JSON export a page at a time, and import a batch at a time (see protocol-transfer.ts). */
export function createTransferHandlers(
  getDb: () => Promise<Database>,
): Pick<Handlers, keyof typeof TRANSFER_MESSAGES> {
  return {
    'data.export.begin': async ({ account }: Input<'data.export.begin'>) =>
      exportHeader(await getDb(), account),
    'data.export.page': async ({ account, store, after }: Input<'data.export.page'>) =>
      exportPage(await getDb(), account, store, after),
    'data.import.begin': async ({ account }: Input<'data.import.begin'>) => {
      await beginRowsImport(await getDb(), account);
      return {};
    },
    'data.import.rows': async ({ account, store, rows }: Input<'data.import.rows'>) =>
      importRows(await getDb(), account, store, rows),
  };
}
