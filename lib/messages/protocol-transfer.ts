import { z } from 'zod/mini';
import { TRANSFER_STORES } from '@/lib/transfer/stores';
import { message } from './define';
import { Handle, XId } from './schemas';

/**
 * Messages of the JSON export and import (options page to background); merged in protocol.ts.
 * An account's export can be hundreds of MB, far over a runtime message's cap (about 64 MiB in
 * Chrome): the page asks for it a page at a time and writes the file itself, and sends an import
 * back in batches of rows. Every batch stands alone, so nothing lives only in the worker's memory.
 */
export const IMPORT_BATCH_ROWS = 500;

const Store = z.enum(TRANSFER_STORES);
const AccountHeader = z.object({
  id: XId,
  handle: Handle,
  name: z.optional(z.string().check(z.maxLength(200))),
  firstSeen: z.optional(z.number()),
  lastSeen: z.optional(z.number()),
});
const Report = z.object({
  added: z.number(),
  merged: z.number(),
  unchanged: z.number(),
  refused: z.array(z.object({ index: z.number(), reason: z.string() })),
});

export const TRANSFER_MESSAGES = {
  'data.export.begin': message(
    'page',
    z.object({ account: XId }),
    z.object({ account: AccountHeader, counts: z.record(z.string(), z.number()) }),
  ),
  'data.export.page': message(
    'page',
    z.object({ account: XId, store: Store, after: z.optional(z.string().check(z.maxLength(200))) }),
    z.object({ rows: z.array(z.unknown()), next: z.optional(z.string()) }),
  ),
  'data.import.begin': message('page', z.object({ account: AccountHeader }), z.object({})),
  'data.import.rows': message(
    'page',
    z.object({
      account: XId,
      store: Store,
      rows: z.array(z.unknown()).check(z.maxLength(IMPORT_BATCH_ROWS)),
    }),
    Report,
  ),
} as const;
