import { discoverMoreHeading, isReplyToMe, notificationKind, notifiedPost } from '@/lib/x/notifications';
import { linkedPeople } from '@/lib/x/people';
import { X } from '@/lib/x/selectors';
import { quotedTweetIn, readTweet } from '@/lib/x/tweet';
import type { Feature } from './types';

const KIND_EVENT = { like: 'like_in', repost: 'repost_in', follow: 'follow_in' } as const;

/**
 * What others do with you, from the notifications page: follows, likes and reposts that name
 * people, and replies, quotes and mentions (shown as posts). On a thread of your own post, the
 * replies of others are `reply_in` too.
 */
/** Whether `el` comes after `marker` in the page. */
const follows = (el: Element, marker: Element) =>
  Boolean(marker.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);

export const notificationsFeature: Feature = {
  id: 'record-notifications',
  routes: ['notifications', 'status'],
  init({ account, route, dom, events }, signal) {
    const me = account.handle.toLowerCase();
    const handled = new WeakSet<Element>();
    const onOwnThread = route.name === 'status' && route.handle?.toLowerCase() === me;
    if (route.name === 'status' && !onOwnThread) return;
    let focal: Element | undefined;

    const scan = () => {
      if (route.name === 'notifications') {
        for (const article of document.querySelectorAll(X.notification.css)) {
          if (handled.has(article)) continue;
          handled.add(article);
          const kind = notificationKind(article);
          if (!kind) continue;
          const about = kind === 'follow' ? '' : notifiedPost(article, me);
          for (const person of linkedPeople(article)) {
            if (person.handle?.toLowerCase() === me) continue;
            const who = person.id ?? person.handle?.toLowerCase();
            const key =
              kind === 'follow'
                ? `follow_in:${person.handle?.toLowerCase()}`
                : `${KIND_EVENT[kind]}:${about}:${who}`;
            events.push({ type: 'interaction', key, kind: KIND_EVENT[kind], person, at: Date.now() });
          }
        }
      }
      const articles = [...document.querySelectorAll(X.tweet.css)];
      // Your post's own article: what X shows above it is what it answers (someone else's post you
      // replied to), what it shows below are the replies to it.
      if (onOwnThread && !focal?.isConnected)
        focal = articles.find((a) => readTweet(a).tweetId === route.tweetId);
      // Sought below your post: in another language than English only its place names it.
      const discoverMore = onOwnThread ? discoverMoreHeading(document, focal) : undefined;
      for (const article of articles) {
        if (handled.has(article)) continue;
        // Below "Discover more" X recommends other people's posts: not replies to you. Left unmarked
        // so they are judged again if the page changes.
        if (discoverMore && follows(article, discoverMore)) continue;
        // Until your post is drawn, no other post's place is known: judged again on the next change.
        if (onOwnThread && !focal) continue;
        handled.add(article);
        const post = readTweet(article);
        if (!post.tweetId || !post.author || post.author.handle.toLowerCase() === me) continue;
        const mentionsMe = new RegExp(`@${me}\\b`, 'i').test(post.text);
        const below = focal !== undefined && follows(article, focal);
        const replyingToMe = isReplyToMe(article, me) || below;
        const quotesMe = quotedTweetIn(article)?.author?.handle.toLowerCase() === me;
        // The lens names the same act the same way (lens/to-events.ts): one key per act.
        const kind = replyingToMe
          ? 'reply_in'
          : quotesMe
            ? 'quote_in'
            : mentionsMe
              ? 'mention_in'
              : undefined;
        if (!kind) continue;
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
