import type { Database } from '@/lib/db/open';
import type { ARCHIVE_MESSAGES } from '@/lib/messages/protocol-archive';
import type { Handlers } from './router';

/** Answers to the archive import's messages (lib/messages/protocol-archive.ts). */
export function createArchiveHandlers(
  _getDb: () => Promise<Database>,
): Pick<Handlers, keyof typeof ARCHIVE_MESSAGES> {
  return {};
}
