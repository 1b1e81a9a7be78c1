import type { PageEvent, VerdictName } from '@/lib/messages/schemas';
import { extractMentions, extractUrls } from '@/lib/text/twitter-text';
import type { ComposerContext } from '@/lib/x/composer';
import { X } from '@/lib/x/selectors';
import { readTweet, toastPostId } from '@/lib/x/tweet';
import type { FeatureContext } from './types';

export interface SentDraft {
  text: string;
  where: ComposerContext;
  verdict?: VerdictName;
}

/** How long X has to show a sent post before Dinner Table stops waiting for it. */
const CONFIRM_MS = 30_000;

/**
 * Records what a send made, once X confirms it: a post counts when it appears on the page as yours
 * (the timeline, the thread, or the "Your post was sent" toast's link) with X's id, and is keyed
 * `tweet:<id>`, the key the archive import uses, so the page, a second tab and the archive store
 * it once. A post X never shows is not recorded (it may have failed). Chat messages are recorded
 * by the chat reader from the conversation (`dm:<message id>`), not here.
 */
export function recordSent(
  drafts: readonly SentDraft[],
  ctx: Pick<FeatureContext, 'account' | 'route' | 'dom' | 'events'>,
  timeoutMs = CONFIRM_MS,
) {
  const posts = drafts.filter((d) => d.where.kind !== 'dm' && d.text.trim());
  if (posts.length === 0) return;
  const me = ctx.account.handle.toLowerCase();
  const before = new Set(ownPosts(me).map((p) => p.tweetId));
  const ids: (string | undefined)[] = posts.map(() => undefined);
  const match = () => {
    const fresh = ownPosts(me).filter((p) => !before.has(p.tweetId) && !ids.includes(p.tweetId));
    posts.forEach((draft, i) => {
      if (ids[i]) return;
      const want = comparable(draft.text);
      const found = fresh.find((p) => !ids.includes(p.tweetId) && sameText(comparable(p.text), want));
      if (found) ids[i] = found.tweetId;
    });
    // The toast links the first post of what was sent.
    const toast = toastPostId(me);
    if (!ids[0] && toast && !before.has(toast) && !ids.includes(toast)) ids[0] = toast;
    return ids.every(Boolean) ? true : undefined;
  };
  // Not tied to the feature's signal: the confirmation may come after X navigated to the new post.
  const wait = new AbortController();
  void ctx.dom.waitFor(match, wait.signal, timeoutMs).then(() => {
    match();
    for (const event of postEvents(posts, ids)) ctx.events.push(event);
  });
}

/**
 * The `post` events for drafts X confirmed, `ids[i]` being the id X gave `drafts[i]` (a thread
 * gives one per item: the first is what the button's context says, the rest continue the thread).
 * Drafts without an id are left out.
 */
export function postEvents(
  drafts: readonly SentDraft[],
  ids: readonly (string | undefined)[],
  at = Date.now(),
) {
  const events: PageEvent[] = [];
  drafts.forEach((draft, index) => {
    const text = draft.text.trim();
    const id = ids[index];
    if (!text || !id || draft.where.kind === 'dm') return;
    const kind = index === 0 ? draft.where.kind : 'post';
    const replyTo = index === 0 ? draft.where.replyTo : undefined;
    const quoteOf = index === 0 ? draft.where.quoteOf : undefined;
    events.push({
      type: 'post',
      key: `tweet:${id}`,
      at,
      kind,
      text,
      links: extractUrls(text).slice(0, 50),
      mentions: [...new Set(extractMentions(text))].slice(0, 50),
      ...(draft.verdict && { verdict: draft.verdict }),
      ...(replyTo && { replyTo: target(replyTo) }),
      ...(quoteOf && { quoteOf: target(quoteOf) }),
    });
  });
  return events;
}

/** Your posts on the page now, with their ids. */
function ownPosts(me: string) {
  const found: { tweetId: string; text: string }[] = [];
  for (const article of document.querySelectorAll(X.tweet.css)) {
    const post = readTweet(article);
    if (post.tweetId && post.author?.handle.toLowerCase() === me)
      found.push({ tweetId: post.tweetId, text: post.text });
  }
  return found;
}

/**
 * Text as both the draft and X's rendering can agree on it: X shows links shortened
 * ("example.com/pa…"), so link-like words are left out, and spacing is collapsed.
 */
export function comparable(text: string): string {
  return text
    .split(/\s+/)
    .filter((w) => w && !/:\/\/|^[\w-]+(\.[\w-]+)+(\/|…|$)/.test(w))
    .join(' ')
    .slice(0, 80);
}

const sameText = (shown: string, draft: string) =>
  shown === draft || (draft.length >= 20 && shown.startsWith(draft));

function target(tweet: NonNullable<ComposerContext['replyTo']>) {
  return {
    ...(tweet.tweetId && { tweetId: tweet.tweetId }),
    ...(tweet.author && {
      person: { handle: tweet.author.handle, ...(tweet.author.name && { name: tweet.author.name }) },
    }),
  };
}
