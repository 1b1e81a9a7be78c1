/**
 * The compose modal on /compose/post drawn without `role="dialog"`: marked only `aria-modal="true"`,
 * or (a narrow window) no modal at all, the composer in the primary column under the post it answers.
 * Both once read as a plain post and lost the reply target (found by a review; scratch tests in
 * /tmp/dom-review). The home page's inline composer under a modal still answers no one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { composerContext, composersFor, postButtonFor } from '@/lib/x/composer';
import { routeOf } from '@/lib/x/routes';

const COMPOSE = routeOf('https://x.com/compose/post');
const name = (handle: string, id: string) =>
  `<div data-testid="User-Name"><a href="/${handle}">N</a><a href="/${handle}" tabindex="-1">@${handle}</a><a href="/${handle}/status/${id}"><time>1h</time></a></div>`;
const post = (handle: string, id: string) =>
  `<article data-testid="tweet">${name(handle, id)}<div data-testid="tweetText">parent</div></article>`;
const editor = (id: string) =>
  `<div data-testid="tweetTextarea_0_label"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0" id="${id}"></div></div>`;
const $ = (id: string) => document.getElementById(id) as HTMLElement;

/** Home under the modal: its inline composer, then the timeline (a post after the composer). */
const home = `<main><div data-testid="primaryColumn">${editor('home')}<button data-testid="tweetButtonInline" aria-disabled="true">Post</button>${post('someone_9', '77')}</div></main>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a compose modal marked only aria-modal', () => {
  it('answers the post above its editor; the home composer under it answers no one', () => {
    document.body.innerHTML = `${home}<div id="layers"><div aria-modal="true">${post('ab_1', '11')}${editor('modal')}<button data-testid="tweetButton" id="reply">Reply</button></div></div>`;
    const modal = composerContext($('modal'), COMPOSE);
    expect(modal.kind).toBe('reply');
    expect(modal.replyTo?.author?.handle).toBe('ab_1');
    expect(modal.replyTo?.tweetId).toBe('11');
    expect(composerContext($('home'), COMPOSE)).toEqual({ kind: 'post' });
    expect(postButtonFor($('modal'))).toBe($('reply'));
    expect(composersFor($('reply'))).toEqual([$('modal')]);
  });
});

describe('the full-page composer (a narrow window, no modal)', () => {
  it('answers the post above it in the primary column', () => {
    document.body.innerHTML = `<main><div data-testid="primaryColumn">${post('ab_1', '11')}<div>Replying to @ab_1</div>${editor('page')}<button data-testid="tweetButton">Reply</button></div></main>`;
    const page = composerContext($('page'), COMPOSE);
    expect(page.kind).toBe('reply');
    expect(page.replyTo?.author?.handle).toBe('ab_1');
    expect(page.replyTo?.tweetId).toBe('11');
  });

  it('is a plain post with no post above it, even with posts below (the home page)', () => {
    document.body.innerHTML = home;
    expect(composerContext($('home'), COMPOSE)).toEqual({ kind: 'post' });
  });
});
