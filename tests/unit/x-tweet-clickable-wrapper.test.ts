import { afterEach, describe, expect, it } from 'vitest';
import { articleAuthor } from '@/lib/x/author';
import { isReplyToMe } from '@/lib/x/notifications';
import { quotedTweetIn, readTweet } from '@/lib/x/tweet';

/** A name row as X draws it on a timeline; `timeLink` false draws a quote's, whose time is no link. */
const nameRow = (h: string, name: string, id: string, timeLink = true) =>
  `<div data-testid="User-Name"><a href="/${h}" role="link"><span>${name}</span></a><a href="/${h}" role="link" tabindex="-1"><span>@${h}</span></a>${
    timeLink ? `<a href="/${h}/status/${id}" role="link"><time>1h</time></a>` : '<time>1h</time>'
  }</div>`;
const quote = `<div role="link" tabindex="0">${nameRow('cd_2', 'Cd', '22', false)}<div data-testid="tweetText">quoted</div></div>`;

function article(inner: string) {
  document.body.innerHTML = `<article data-testid="tweet" role="article">${inner}</article>`;
  return document.querySelector('article') as Element;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a post whose own header and text X wraps in a clickable div[role=link]', () => {
  it('reads as its own post, not as its own quote', () => {
    const a = article(
      `<div role="link" tabindex="0">${nameRow('ab_1', 'Ab', '11')}<div>Replying to <a href="/me_1">@me_1</a></div><div data-testid="tweetText">hi @me_1</div></div>`,
    );
    expect(readTweet(a)).toEqual({ tweetId: '11', author: { handle: 'ab_1', name: 'Ab' }, text: 'hi @me_1' });
    expect(quotedTweetIn(a)).toBeUndefined();
    expect(articleAuthor(a)?.handle).toBe('ab_1');
    expect(isReplyToMe(a, 'me_1')).toBe(true);
  });

  it('still finds the post it quotes, inside the wrapper or after it', () => {
    const inside = article(
      `<div role="link" tabindex="0">${nameRow('ab_1', 'Ab', '11')}<div data-testid="tweetText">mine</div>${quote}</div>`,
    );
    expect(readTweet(inside)).toMatchObject({ tweetId: '11', author: { handle: 'ab_1' }, text: 'mine' });
    expect(quotedTweetIn(inside)).toEqual({ author: { handle: 'cd_2', name: 'Cd' }, text: 'quoted' });
    const after = article(
      `<div role="link" tabindex="0">${nameRow('ab_1', 'Ab', '11')}<div data-testid="tweetText">mine</div></div>${quote}`,
    );
    expect(readTweet(after)).toMatchObject({ tweetId: '11', author: { handle: 'ab_1' }, text: 'mine' });
    expect(quotedTweetIn(after)?.author?.handle).toBe('cd_2');
  });

  it('an unwrapped post with a quote reads as before', () => {
    const a = article(`${nameRow('ab_1', 'Ab', '11')}<div data-testid="tweetText">mine</div>${quote}`);
    expect(readTweet(a)).toMatchObject({ tweetId: '11', author: { handle: 'ab_1' }, text: 'mine' });
    expect(quotedTweetIn(a)).toEqual({ author: { handle: 'cd_2', name: 'Cd' }, text: 'quoted' });
  });

  it('a quote in a quote dialog (no post of its own around it) is still the quote', () => {
    document.body.innerHTML = `<div role="dialog"><div role="textbox"></div>${quote}</div>`;
    expect(quotedTweetIn(document.querySelector('[role="dialog"]') as Element)?.author?.handle).toBe('cd_2');
  });
});
