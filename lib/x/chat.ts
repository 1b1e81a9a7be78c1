import { chatIdsOf, otherOf, routeOf } from './routes';
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

/** Who an open chat is with, as its markup says: the conversation's two ids and the header's handle. */
export interface OpenChat {
  ids?: [string, string];
  handle?: string;
}

/** A conversation row marked as the one shown (the chat page marks it `aria-current="page"`). */
const OPEN_ROW = ['[aria-current="page"]', '[aria-current="true"]', '[aria-selected="true"]']
  .map((mark) => `${X.chatConversationItem.css}${mark}`)
  .join(', ');
const ROW_PREFIX = X.chatConversationItem.testIdPrefix;

/**
 * The conversation open in `root` (the chat drawer, off the chat page, where the URL names no one):
 * the ids of its open row, and the handle its header links to. Two open rows or two headers are
 * ambiguous and read as nothing: a DM is never credited to the wrong person. Two queries, no walk.
 */
export function openChat(root: ParentNode): OpenChat | undefined {
  const rows = [...new Set([...root.querySelectorAll(OPEN_ROW)].map(rowIds))];
  const headers = root.querySelectorAll(X.chatConversationHeader.css);
  const ids = rows.length === 1 ? chatIdsOf(rows[0] ?? '') : undefined;
  const handle = headers.length === 1 && headers[0] ? headerHandle(headers[0]) : undefined;
  if (!ids && !handle) return undefined;
  return { ...(ids && { ids }), ...(handle && { handle }) };
}

const rowIds = (row: Element) => row.getAttribute('data-testid')?.slice(ROW_PREFIX.length) ?? '';

/** The handle of the header's profile link (`/<handle>`; X's own pages are not handles). */
function headerHandle(header: Element): string | undefined {
  for (const link of header.querySelectorAll('a[href^="/"]')) {
    const route = routeOf(new URL(link.getAttribute('href') ?? '', 'https://x.com'));
    if (route.name === 'profile' && route.handle) return route.handle;
  }
  return undefined;
}

/**
 * The partner of an open chat: the row's id that is not yours, else the header's handle unless it is
 * yours. Never both: were the row and the header of two chats, the record would join two people.
 * Undefined when neither says (the coach then does not guess a stage).
 */
export function partnerOf(
  chat: OpenChat | undefined,
  me: { id: string; handle?: string },
): { id: string } | { handle: string } | undefined {
  const id = chat?.ids ? otherOf(chat.ids, me.id) : undefined;
  if (id) return { id };
  const handle = chat?.handle;
  return handle && handle.toLowerCase() !== me.handle?.toLowerCase() ? { handle } : undefined;
}
