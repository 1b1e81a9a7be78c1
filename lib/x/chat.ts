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
    const mine = isOnMySide(textEl, box?.closest('li') ?? box?.parentElement);
    const datetime = box?.querySelector('time')?.getAttribute('datetime');
    const at = datetime ? Date.parse(datetime) : Number.NaN;
    messages.push({ uuid, text: textEl.textContent ?? '', mine, ...(Number.isFinite(at) && { at }) });
  }
  return messages;
}

/**
 * Whether a message sits on your side: the nearest of its boxes, from the text up to its row, that
 * says which side (`justify-end`/`items-end` for yours, `-start` for theirs; the class moves between
 * the row, the message and its column as X's markup changes).
 */
function isOnMySide(text: Element, row: Element | null | undefined): boolean {
  for (let el: Element | null = text; el; el = el.parentElement) {
    const c = el.classList;
    if (c.contains('justify-end') || c.contains('items-end')) return true;
    if (c.contains('justify-start') || c.contains('items-start')) return false;
    if (el === row) break;
  }
  return false;
}
