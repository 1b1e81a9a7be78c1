import { afterEach, describe, expect, it } from 'vitest';
import { linkedPeople } from '@/lib/x/people';

const LIKE_ICON = '<svg><path d="M20.884 13.19c-1.351 2.48"></path></svg>';
const avatar = (h: string) => `<a href="/${h}" aria-hidden="true" tabindex="-1"><img alt=""></a>`;
const nameLink = (h: string, n: string) => `<a href="/${h}" dir="ltr" role="link"><span>${n}</span></a>`;

/** A like notification as X draws it: icon, avatar row, sentence, then the liked post's preview. */
const like = (avatars: string, sentence: string, preview: string) =>
  `<article role="article" data-testid="notification"><div>${LIKE_ICON}</div><div>${avatars}</div><div><div dir="ltr"><span>${sentence}</span></div></div><div><div dir="auto">${preview}</div></div></article>`;

const peopleOf = () => linkedPeople(document.querySelector('article') as Element);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('who a notification credits', () => {
  it('not someone the liked post mentions in its preview', () => {
    document.body.innerHTML = like(
      avatar('marta_velez'),
      `${nameLink('marta_velez', 'Marta Vélez')}<span> liked your post</span>`,
      '<span>thanks </span><a href="/carol_9" dir="ltr" role="link">@carol_9</a><span> for the review!</span>',
    );
    expect(peopleOf()).toEqual([{ handle: 'marta_velez', name: 'Marta Vélez' }]);
  });

  it('everyone in the avatar row and the sentence, with their names', () => {
    document.body.innerHTML = like(
      avatar('bo_2') + avatar('marta_velez'),
      `${nameLink('bo_2', 'Bo')}<span> and </span>${nameLink('marta_velez', 'Marta Vélez')}<span> liked your post</span>`,
      '<span>Shipped the new departure board today</span>',
    );
    expect(peopleOf()).toEqual([
      { handle: 'bo_2', name: 'Bo' },
      { handle: 'marta_velez', name: 'Marta Vélez' },
    ]);
  });

  it('a sentence drawn as the last dir=auto block (no preview) still credits its people', () => {
    document.body.innerHTML = `<article data-testid="notification"><div>${LIKE_ICON}</div><div>${avatar('marta_velez')}</div><div dir="auto">${nameLink('marta_velez', 'Marta Vélez')}<span> liked your post</span></div></article>`;
    expect(peopleOf()).toEqual([{ handle: 'marta_velez', name: 'Marta Vélez' }]);
  });
});
