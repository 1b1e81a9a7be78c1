import { type OpenChat, openChat } from './chat';
import { type Route, routeOf } from './routes';
import { X } from './selectors';
import { quotedTweetIn, readTweet, type TweetInfo } from './tweet';

export type ComposerKind = 'post' | 'reply' | 'quote' | 'dm';

export interface ComposerContext {
  kind: ComposerKind;
  replyTo?: TweetInfo;
  quoteOf?: TweetInfo;
  /** A chat message off the chat page (the drawer): who the open conversation is with. */
  chat?: OpenChat;
}

export const isPostButton = (el: Element) => el.matches(X.postButton.css);

/** A compose modal: X marks it `role="dialog"`, or at times only `aria-modal="true"`. */
const MODAL = '[role="dialog"], [aria-modal="true"]';

/** The composer's text as the user typed it: one line per Draft.js block. */
export function readComposerText(el: Element): string {
  if (el instanceof HTMLTextAreaElement) return el.value;
  const blocks = el.querySelectorAll(X.draftBlock.css);
  if (blocks.length === 0) return el.textContent ?? '';
  return [...blocks].map((block) => block.textContent ?? '').join('\n');
}

/**
 * The composers a Post button sends: every thread item in its dialog, or the inline composer that
 * shares its nearest container with the button.
 */
export function composersFor(button: Element): Element[] {
  const dialog = button.closest(MODAL);
  if (dialog) return [...dialog.querySelectorAll(X.composer.css)];
  for (let node = button.parentElement; node; node = node.parentElement) {
    const found = node.querySelectorAll(X.composer.css);
    if (found.length) return [...found];
  }
  return [];
}

/** The Post button that sends a composer. */
export function postButtonFor(composer: Element): HTMLElement | null {
  const dialog = composer.closest(MODAL);
  if (dialog) return dialog.querySelector<HTMLElement>(X.postButton.css);
  for (let node = composer.parentElement; node; node = node.parentElement) {
    const button = node.querySelector<HTMLElement>(X.postButton.css);
    if (button) return button;
  }
  return null;
}

/** Is this a plain post, a reply (to whom), a quote (of what), or a chat message? */
export function composerContext(el: Element, route: Route = routeOf(location.href)): ComposerContext {
  if (el.matches(X.chatTextarea.css)) {
    // On the chat page the URL names the partner; elsewhere (the drawer) only the markup does.
    const chat = route.name === 'chat' ? undefined : openChat(el.ownerDocument);
    return { kind: 'dm', ...(chat && { chat }) };
  }
  const dialog = el.closest(MODAL);
  if (dialog) {
    const article = dialog.querySelector(X.tweet.css);
    if (article && precedes(article, el)) return { kind: 'reply', replyTo: readTweet(article) };
    const quoted = quotedTweetIn(dialog);
    if (quoted) return { kind: 'quote', quoteOf: quoted };
    return { kind: 'post' };
  }
  const parent = route.name === 'compose' ? fullPageParent(el) : undefined;
  if (parent) return { kind: 'reply', replyTo: readTweet(parent) };
  if (route.name === 'status' && route.tweetId && route.handle) {
    return { kind: 'reply', replyTo: { tweetId: route.tweetId, author: { handle: route.handle }, text: '' } };
  }
  return { kind: 'post' };
}

/**
 * The post a full-page composer answers: on /compose/post in a narrow window X draws the composer in
 * the primary column, not a modal, with the parent post above the editor: the nearest post above it
 * is the parent. Only when no modal is open: with one open, the column is the home page under it,
 * whose inline composer answers no one (and has no post above it either).
 */
function fullPageParent(el: Element): Element | undefined {
  const column = el.closest(X.primaryColumn.css);
  if (!column || el.ownerDocument.querySelector(MODAL)) return undefined;
  let parent: Element | undefined;
  for (const article of column.querySelectorAll(X.tweet.css)) {
    if (!precedes(article, el)) break;
    if (!article.contains(el)) parent = article;
  }
  return parent;
}

const precedes = (a: Node, b: Node) =>
  Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
