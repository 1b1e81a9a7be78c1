import { X } from './selectors';

export interface ChatMessage {
  uuid: string;
  text: string;
  mine: boolean;
  at?: number;
}

/**
 * Messages of the open chat. X's Chat marks each message `message-<uuid>` with its text in
 * `message-text-<uuid>`; the side it sits on (Tailwind `justify-end` for yours) tells who wrote it.
 */
const TEXT_PREFIX = X.chatMessageText.testIdPrefix;

export function readChatMessages(root: ParentNode): ChatMessage[] {
  const messages: ChatMessage[] = [];
  for (const textEl of root.querySelectorAll(X.chatMessageText.css)) {
    const uuid = textEl.getAttribute('data-testid')?.slice(TEXT_PREFIX.length);
    if (!uuid) continue;
    const box = textEl.closest(X.chatMessage.css) ?? textEl.parentElement;
    const row = box?.closest('li') ?? box?.parentElement;
    const mine = Boolean(row?.classList.contains('justify-end') || box?.classList.contains('items-end'));
    const datetime = box?.querySelector('time')?.getAttribute('datetime');
    const at = datetime ? Date.parse(datetime) : Number.NaN;
    messages.push({ uuid, text: textEl.textContent ?? '', mine, ...(Number.isFinite(at) && { at }) });
  }
  return messages;
}
