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
    const mine = box ? isOnMySide(textEl, box, box.closest('li') ?? box.parentElement) : false;
    const datetime = box?.querySelector('time')?.getAttribute('datetime');
    const at = datetime ? Date.parse(datetime) : Number.NaN;
    messages.push({ uuid, text: textEl.textContent ?? '', mine, ...(Number.isFinite(at) && { at }) });
  }
  return messages;
}

/**
 * Whether a message sits on your side (`justify-end`/`items-end` for yours, `-start` for theirs).
 * The class moves between the row, the message and its column as X's markup changes, so the message
 * box and what holds it up to the row decide first, nearest first; then the boxes inside it,
 * outermost first. Inside a bubble, `items-start` only aligns the text's lines: never the side.
 * No side found reads as theirs: the chat recorder needs a direction to record a message at all.
 */
function isOnMySide(text: Element, box: Element, row: Element | null): boolean {
  for (const el of [...upTo(box, row), ...insideOf(box, text)]) {
    const side = sideOf(el);
    if (side !== undefined) return side;
  }
  return false;
}

/** The side `el`'s own classes say: true yours, false theirs, undefined neither. */
function sideOf(el: Element): boolean | undefined {
  const c = el.classList;
  if (c.contains('justify-end') || c.contains('items-end')) return true;
  if (c.contains('justify-start') || c.contains('items-start')) return false;
  return undefined;
}

/** `from` and its parents, nearest first, up to `row` (included). */
function upTo(from: Element, row: Element | null): Element[] {
  const chain: Element[] = [];
  for (let el: Element | null = from; el; el = el.parentElement) {
    chain.push(el);
    if (el === row) break;
  }
  return chain;
}

/** The boxes between `box` and `inner` (included), outermost first. */
function insideOf(box: Element, inner: Element): Element[] {
  const chain: Element[] = [];
  for (let el: Element | null = inner; el && el !== box; el = el.parentElement) chain.unshift(el);
  return chain;
}
