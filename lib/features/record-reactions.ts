import { X } from '@/lib/x/selectors';
import { readTweet } from '@/lib/x/tweet';
import type { Feature } from './types';

const CONFIRM_MS = 4000;

/**
 * Likes and reposts you make. A click is not enough (it may fail, or undo): the like counts once
 * its button flips to `unlike`, the repost once X confirms and the button becomes `unretweet`.
 * Keys are the post id, so liking the same post again (or in a second tab) is stored once.
 */
export const reactionsFeature: Feature = {
  id: 'record-reactions',
  routes: 'all',
  init({ account, dom, events }, signal) {
    /** The post whose repost menu is open. */
    let repostArticle: Element | undefined;

    const recordWhenFlipped = (article: Element, flippedCss: string, kind: 'like_out' | 'repost_out') => {
      const post = readTweet(article);
      if (!post.tweetId || !post.author || post.author.handle.toLowerCase() === account.handle.toLowerCase())
        return;
      const { tweetId, author } = post;
      void dom
        .waitFor(() => article.querySelector(flippedCss), signal, CONFIRM_MS)
        .then((done) => {
          if (!done) return;
          events.push({
            type: 'interaction',
            key: `${kind}:${tweetId}`,
            kind,
            person: { handle: author.handle, ...(author.name && { name: author.name }) },
            at: Date.now(),
            tweetId,
          });
        });
    };

    document.addEventListener(
      'click',
      (event) => {
        if (!(event.target instanceof Element)) return;
        const target = event.target;
        const like = target.closest(X.likeButton.css);
        if (like) {
          const article = like.closest(X.tweet.css);
          if (article) recordWhenFlipped(article, X.unlikeButton.css, 'like_out');
        } else if (target.closest(X.retweetButton.css)) {
          repostArticle = target.closest(X.tweet.css) ?? undefined;
        } else if (repostArticle && target.closest(X.retweetConfirm.css)) {
          recordWhenFlipped(repostArticle, X.unretweetButton.css, 'repost_out');
          repostArticle = undefined;
        }
      },
      { capture: true, signal },
    );
  },
};
