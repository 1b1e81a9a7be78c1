import { describe, expect, it } from 'vitest';
import { articleAuthor, userCellAnchor } from '@/lib/x/author';

const article = (handle: string, quoted?: string) => {
  const el = document.createElement('article');
  el.setAttribute('data-testid', 'tweet');
  el.innerHTML = `
    <div data-testid="User-Name">
      <div class="name-row"><a href="/${handle}"><span>Name of ${handle}</span></a></div>
      <div class="meta-row"><a href="/${handle}"><span>@${handle}</span></a><a href="/${handle}/status/1"><time>1h</time></a></div>
    </div>
    ${quoted ? `<div role="link"><div data-testid="User-Name"><a href="/${quoted}">Q</a></div></div>` : ''}`;
  return el;
};

describe('overlay anchors in X markup', () => {
  it("finds a post's author, name and the handle/time row", () => {
    const a = article('maya_o', 'quoted_guy');
    const author = articleAuthor(a);
    expect(author?.handle).toBe('maya_o');
    expect(author?.name).toBe('Name of maya_o');
    expect(author?.row.className).toBe('meta-row');
    expect(author?.link.getAttribute('href')).toBe('/maya_o');
  });

  it('ignores the author of a quoted post when the post has no author block', () => {
    const a = document.createElement('article');
    a.innerHTML = '<div role="link"><div data-testid="User-Name"><a href="/quoted">Q</a></div></div>';
    expect(articleAuthor(a)).toBeUndefined();
  });

  it('reads a list cell: handle, name, follows-you and the row to mark', () => {
    const cell = document.createElement('div');
    cell.innerHTML = `
      <a href="/lena_v"><span>Lena</span></a>
      <div class="handle-row"><a href="/lena_v"><span>@lena_v</span></a>
        <div data-testid="userFollowIndicator"><span>Follows you</span></div></div>
      <button data-testid="1000000006-follow">Follow back</button>`;
    const person = userCellAnchor(cell);
    expect(person).toMatchObject({ handle: 'lena_v', id: '1000000006', name: 'Lena', followsMe: true });
    expect(person?.row.className).toBe('handle-row');
  });
});
