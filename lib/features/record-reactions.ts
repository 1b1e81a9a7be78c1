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

    const recordWhenFlipped = (article: Element, flipped: string, kind: 'like_out' | 'repost_out') => {
      const post = readTweet(article);
      if (!post.tweetId || !post.author || post.author.handle.toLowerCase() === account.handle.toLowerCase())
        return;
      const { tweetId, author } = post;
      void dom
        .waitFor(() => article.querySelector(`[data-testid="${flipped}"]`), signal, CONFIRM_MS)
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
        const button = event.target.closest(
          `[data-testid="like"], [data-testid="retweet"], ${X.retweetConfirm.css}`,
        );
        if (!button) return;
        const testid = button.getAttribute('data-testid');
        if (testid === 'like') {
          const article = button.closest(X.tweet.css);
          if (article) recordWhenFlipped(article, 'unlike', 'like_out');
        } else if (testid === 'retweet') {
          repostArticle = button.closest(X.tweet.css) ?? undefined;
        } else if (repostArticle) {
          recordWhenFlipped(repostArticle, 'unretweet', 'repost_out');
          repostArticle = undefined;
        }
      },
      { capture: true, signal },
    );
  },
};
