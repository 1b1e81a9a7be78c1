import { notificationKind } from '@/lib/x/notifications';
import { linkedPeople } from '@/lib/x/people';
import { X } from '@/lib/x/selectors';
import { readTweet } from '@/lib/x/tweet';
import type { Feature } from './types';

const KIND_EVENT = { like: 'like_in', repost: 'repost_in', follow: 'follow_in' } as const;

/**
 * What others do with you, from the notifications page: follows, likes and reposts that name
 * people, and replies and mentions (shown as posts). On a thread of your own post, the replies
 * of others are `reply_in` too.
 */
export const notificationsFeature: Feature = {
  id: 'record-notifications',
  routes: ['notifications', 'status'],
  init({ account, route, dom, events }, signal) {
    const me = account.handle.toLowerCase();
    const handled = new WeakSet<Element>();
    const onOwnThread = route.name === 'status' && route.handle?.toLowerCase() === me;
    if (route.name === 'status' && !onOwnThread) return;

    const scan = () => {
      if (route.name === 'notifications') {
        for (const article of document.querySelectorAll(X.notification.css)) {
          if (handled.has(article)) continue;
          handled.add(article);
          const kind = notificationKind(article);
          if (!kind) continue;
          const snippet = (article.textContent ?? '').slice(-120);
          for (const person of linkedPeople(article)) {
            if (person.handle?.toLowerCase() === me) continue;
            const key =
              kind === 'follow'
                ? `follow_in:${person.handle?.toLowerCase()}`
                : `${KIND_EVENT[kind]}:${person.handle?.toLowerCase()}:${hash(snippet)}`;
            events.push({ type: 'interaction', key, kind: KIND_EVENT[kind], person, at: Date.now() });
          }
        }
      }
      for (const article of document.querySelectorAll(X.tweet.css)) {
        if (handled.has(article)) continue;
        handled.add(article);
        const post = readTweet(article);
        if (!post.tweetId || !post.author || post.author.handle.toLowerCase() === me) continue;
        const mentionsMe = new RegExp(`@${me}\\b`, 'i').test(post.text);
        const replyingToMe = isReplyToMe(article, me) || (onOwnThread && post.tweetId !== route.tweetId);
        if (!replyingToMe && !mentionsMe) continue;
        const kind = replyingToMe ? 'reply_in' : 'mention_in';
        events.push({
          type: 'interaction',
          key: `${kind}:${post.tweetId}`,
          kind,
          person: post.author,
          at: Date.now(),
          tweetId: post.tweetId,
          text: post.text.slice(0, 25_000),
        });
      }
    };
    dom.subscribe(scan, signal);
  },
};

/** "Replying to @you" above a post's text. */
function isReplyToMe(article: Element, me: string): boolean {
  for (const link of article.querySelectorAll('a[href]')) {
    if (link.getAttribute('href')?.toLowerCase() !== `/${me}`) continue;
    if (/replying to/i.test(link.parentElement?.textContent ?? '')) return true;
  }
  return false;
}

/** A short stable hash, to key a like on a post we only know by its text. */
function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}
