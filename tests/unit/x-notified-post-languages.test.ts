// A like or repost notification without a link to the post is keyed by a hash of the post's
// preview. In another language the English words "liked your post" are absent and the whole
// notification was hashed, names and all, so one like was stored twice as more people joined it
// (review of the DOM readers on variant markup, /tmp/dom-review/notif.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { fnv1a } from '@/lib/text/fnv1a';
import { notifiedPost } from '@/lib/x/notifications';

afterEach(() => {
  document.body.innerHTML = '';
});

const LIKE_ICON = '<svg><path d="M20.884 13.19c-1.351 2.48"></path></svg>';
const avatar = (h: string) => `<a href="/${h}" aria-hidden="true" tabindex="-1"><img alt=""></a>`;
const name = (h: string, n: string) =>
  `<a href="/${h}" dir="ltr" role="link"><span><span>${n}</span></span></a>`;
const MARTA = name('marta_velez', 'Marta Vélez');
const BO = name('bo_2', 'Bo');

/** A notification as X draws it: icon, avatars, the sentence with the names, the post's preview. */
function notification(sentence: string, preview = '<span>Tram boards for everyone</span>'): Element {
  document.body.innerHTML = `<article role="article" tabindex="0" data-testid="notification"><div>${LIKE_ICON}</div><div>${avatar('bo_2')}${avatar('marta_velez')}</div><div><div dir="ltr"><span>${sentence}</span></div></div><div><div dir="auto">${preview}</div></div></article>`;
  const article = document.querySelector('article');
  if (!article) throw new Error('no article');
  return article;
}

describe('the post a like is about, in any language', () => {
  it.each([
    [
      'es',
      `<span>A </span>${MARTA}<span> le gustó tu post</span>`,
      `<span>A </span>${BO}<span> y </span>${MARTA}<span> les gustó tu post</span>`,
    ],
    [
      'de',
      `${MARTA}<span> gefällt dein Post</span>`,
      `${BO}<span> und </span>${MARTA}<span> gefällt dein Post</span>`,
    ],
    [
      'ja',
      `${MARTA}<span>さんがあなたのポストをいいねしました</span>`,
      `${BO}<span>さんと</span>${MARTA}<span>さんがあなたのポストをいいねしました</span>`,
    ],
    [
      'en, mentioned',
      `${MARTA}<span> liked a post you were mentioned in</span>`,
      `${BO}<span> and </span>${MARTA}<span> liked a post you were mentioned in</span>`,
    ],
  ])('keeps one key as more people like it (%s)', (_lang, one, two) => {
    const first = notifiedPost(notification(one), 'lena');
    expect(notifiedPost(notification(two), 'lena')).toBe(first);
    expect(first).toBe(`h${fnv1a('Tram boards for everyone').toString(36)}`);
  });

  it('keys by the preview even when it mentions someone', () => {
    const preview =
      '<span>thanks </span><a href="/carol_9" dir="ltr" role="link">@carol_9</a><span> for the review!</span>';
    const key = notifiedPost(
      notification(`<span>A </span>${MARTA}<span> le gustó tu post</span>`, preview),
      'lena',
    );
    expect(key).toBe(`h${fnv1a('thanks @carol_9 for the review!').toString(36)}`);
  });

  it('keys an English like as it always did (stored keys), quirks and all', () => {
    // "posts?" swallows the first "s" of "Shipped": the stored key hashed "hipped …", kept so.
    const shipped = '<span>Shipped the new departure board today</span>';
    expect(notifiedPost(notification(`${MARTA}<span> liked your post</span>`, shipped), 'lena')).toBe(
      'h1h0r5qb',
    );
    expect(
      notifiedPost(
        notification(`${BO}<span> and </span>${MARTA}<span> liked your post</span>`, shipped),
        'lena',
      ),
    ).toBe('h1h0r5qb');
    expect(notifiedPost(notification(`${MARTA}<span> liked your reply</span>`), 'lena')).toBe('h1e2l8ti');
    expect(notifiedPost(notification(`${MARTA}<span> reposted your post</span>`), 'lena')).toBe('h1e2l8ti');
  });

  it('hashes the whole notification, as before, when it shows no preview', () => {
    // The sentence drawn as dir=auto is no preview: it holds the names.
    document.body.innerHTML = `<article data-testid="notification">${LIKE_ICON}<div dir="auto">${name('marta_velez', 'Marta')}<span> a aimé votre post</span></div></article>`;
    const article = document.querySelector('article');
    if (!article) throw new Error('no article');
    expect(notifiedPost(article, 'lena')).toBe('h1viocdp');
  });
});
