import type { send as sendMessage } from '@/lib/messages/client';
import { IMPORT_BATCH_ROWS } from '@/lib/messages/protocol-transfer';
import type { TransferStore } from '@/lib/transfer/stores';
import { type ExportHeader, readExport } from './file-format';

type Send = typeof sendMessage;

export interface ImportReport {
  account: { id: string; handle: string };
  added: number;
  merged: number;
  unchanged: number;
  /** How many rows could not be stored, and the first few with their line and reason. */
  refused: number;
  problems: { line: number; reason: string }[];
  /** Rows read per store (refused included). */
  read: Partial<Record<TransferStore, number>>;
}

/** Problems kept for the report: enough to find them in the file, never an unbounded list. */
export const PROBLEMS_SHOWN = 20;

/**
 * Imports an export read line by line, in batches of rows per store: each row is checked on its own
 * in the background, merged by key (importing the same file twice equals once), and every refused
 * row is counted with its line and reason. `confirmAccount` sees the file's account before anything
 * is written and may decline (the import then stops with nothing written).
 */
export async function importLines(
  send: Send,
  lines: AsyncIterable<string>,
  options: {
    confirmAccount?: (account: ExportHeader['account']) => Promise<boolean> | boolean;
    onRows?: (rows: number) => void;
    signal?: AbortSignal;
  } = {},
): Promise<ImportReport | undefined> {
  let report: ImportReport | undefined;
  let batch: { store: TransferStore; rows: unknown[]; lines: number[] } | undefined;
  let rowsRead = 0;
  const problem = (line: number, reason: string) => {
    if (!report) return;
    report.refused++;
    if (report.problems.length < PROBLEMS_SHOWN) report.problems.push({ line, reason });
  };
  const flush = async () => {
    if (!batch || !report || batch.rows.length === 0) return;
    const { store, rows, lines: at } = batch;
    batch = undefined;
    const result = await send('data.import.rows', { account: report.account.id, store, rows });
    report.added += result.added;
    report.merged += result.merged;
    report.unchanged += result.unchanged;
    for (const r of result.refused) problem(at[r.index] ?? 0, r.reason);
    options.onRows?.(rowsRead);
  };

  for await (const item of readExport(lines)) {
    if (options.signal?.aborted) throw new Error('Import cancelled. What was imported so far was kept.');
    if (item.type === 'header') {
      const { account } = item.header;
      if (options.confirmAccount && !(await options.confirmAccount(account))) return undefined;
      await send('data.import.begin', {
        account: {
          id: account.id,
          handle: account.handle,
          ...(typeof account.name === 'string' && { name: account.name.slice(0, 200) }),
          ...(typeof account.firstSeen === 'number' && { firstSeen: account.firstSeen }),
          ...(typeof account.lastSeen === 'number' && { lastSeen: account.lastSeen }),
        },
      });
      report = {
        account: { id: account.id, handle: account.handle },
        added: 0,
        merged: 0,
        unchanged: 0,
        refused: 0,
        problems: [],
        read: {},
      };
      continue;
    }
    if (!report) continue;
    if (item.type === 'bad') {
      problem(item.line, item.reason);
      continue;
    }
    rowsRead++;
    report.read[item.store] = (report.read[item.store] ?? 0) + 1;
    if (batch && batch.store !== item.store) await flush();
    batch ??= { store: item.store, rows: [], lines: [] };
    batch.rows.push(item.row);
    batch.lines.push(item.line);
    if (batch.rows.length >= IMPORT_BATCH_ROWS) await flush();
  }
  await flush();
  report?.problems.sort((a, b) => a.line - b.line);
  return report;
}
