import { composersFor, isPostButton, postButtonFor } from '@/lib/x/composer';
import { X } from '@/lib/x/selectors';

export const COMPOSERS = `${X.composer.css}, ${X.chatTextarea.css}`;
const SEND_BUTTONS = `${X.postButton.css}, ${X.chatSend.css}`;
/**
 * A chat box and its send button share this container (or form): nothing outside it counts. A chat
 * drawn without them (X's drawer has been) falls back to the nearest box holding both.
 */
const chatScope = (el: Element) =>
  el.closest(X.chatContainer.css) ?? el.closest(X.chatForm.css) ?? sharedChatBox(el);

/**
 * The nearest ancestor of `el` holding a chat box and a send button, if it holds exactly one of each:
 * with two chats (or a stray button) under it, which box a button sends is unknown, so none is
 * claimed. Runs only on a send click or Enter, so walking up is cheap enough.
 */
function sharedChatBox(el: Element): Element | null {
  for (let node = el.parentElement; node; node = node.parentElement) {
    const boxes = node.querySelectorAll(X.chatTextarea.css);
    const buttons = node.querySelectorAll(X.chatSend.css);
    if (boxes.length === 0 || buttons.length === 0) continue;
    return boxes.length === 1 && buttons.length === 1 ? node : null;
  }
  return null;
}

export const isChat = (composer: Element) => composer.matches(X.chatTextarea.css);

/** How often, at most, a frame also queries the whole page for editors the live collections miss. */
const SWEEP_MS = 2000;

/**
 * Finds composers as they appear. Live collections make a frame with no new composer cost almost
 * nothing; `onNew` and `onGone` run only when the set changed. X's editor is found by Draft.js's
 * class, but an editor drawn without it (a newer editor) still carries the composer test id: the
 * focused element is checked every frame (typing happens there), and the whole page at most every
 * `SWEEP_MS`, so such an editor is found without a whole-document query on every mutation.
 */
export function composerScanner(
  known: { has(el: Element): boolean; keys(): Iterable<Element> },
  onNew: (composer: HTMLElement) => void,
  onGone: (composer: Element) => void,
) {
  const editors = document.getElementsByClassName(X.composerEditor.className);
  const textareas = document.getElementsByTagName(X.chatTextarea.tagName);
  let lastSweep = Number.NEGATIVE_INFINITY;
  const focusedIsNew = () => {
    const focused = document.activeElement;
    return focused !== null && !known.has(focused) && focused.matches(COMPOSERS);
  };
  return () => {
    let unseen = false;
    for (const el of editors) if (!known.has(el)) unseen = true;
    for (const el of textareas) if (!known.has(el) && el.matches(X.chatTextarea.css)) unseen = true;
    const gone = [...known.keys()].filter((c) => !c.isConnected);
    for (const composer of gone) onGone(composer);
    const now = Date.now();
    if (!unseen && !focusedIsNew() && now - lastSweep < SWEEP_MS) return;
    lastSweep = now;
    for (const composer of document.querySelectorAll<HTMLElement>(COMPOSERS)) {
      if (!known.has(composer)) onNew(composer);
    }
  };
}

/** Puts the nudge below the composer's text area, above X's tool bar: it never covers a control. */
export function placeBeside(composer: HTMLElement, host: HTMLElement) {
  const anchor =
    composer.closest(X.composerLabel.css) ??
    composer.closest(X.chatForm.css) ??
    composer.closest(X.chatContainer.css) ??
    composer;
  anchor.after(host);
}

/** The send button of a composer: its own Post button or the send button in its own chat form. */
export function sendButtonFor(composer: Element): HTMLElement | null {
  if (!isChat(composer)) return postButtonFor(composer);
  return chatScope(composer)?.querySelector<HTMLElement>(X.chatSend.css) ?? null;
}

/** The send button a click landed on, and the composers it sends; null for any other click. */
export function sendTargetOf(event: Event): { button: HTMLElement; composers: HTMLElement[] } | null {
  const button = event.target instanceof Element ? event.target.closest<HTMLElement>(SEND_BUTTONS) : null;
  if (!button || button.getAttribute('aria-disabled') === 'true' || (button as HTMLButtonElement).disabled)
    return null;
  if (isPostButton(button)) return { button, composers: composersFor(button) as HTMLElement[] };
  // Chat: only the box in this button's own form. Never another composer on the page.
  const box = chatScope(button)?.querySelector<HTMLElement>(X.chatTextarea.css);
  return { button, composers: box ? [box] : [] };
}

/** The composer an Enter (chat) or Ctrl/Cmd+Enter (post) would send from, with what it sends. */
export function keySendOf(event: KeyboardEvent): { button: HTMLElement; composers: HTMLElement[] } | null {
  if (event.key !== 'Enter' || event.isComposing || !(event.target instanceof Element)) return null;
  const composer = event.target.closest<HTMLElement>(COMPOSERS);
  if (!composer) return null;
  const chat = isChat(composer);
  if (!(chat ? !event.shiftKey : event.ctrlKey || event.metaKey)) return null;
  const button = sendButtonFor(composer);
  if (!button) return null;
  return { button, composers: chat ? [composer] : (composersFor(button) as HTMLElement[]) };
}
