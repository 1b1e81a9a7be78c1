import type { Database } from '@/lib/db/open';
import type { POPUP_MESSAGES } from '@/lib/messages/protocol-popup';
import type { Handlers } from './router';

/** Answers to the popup's view messages (lib/messages/protocol-popup.ts). */
export function createPopupHandlers(
  _getDb: () => Promise<Database>,
): Pick<Handlers, keyof typeof POPUP_MESSAGES> {
  return {};
}
