// Under the replies to your post X recommends other posts below a "Discover more" heading, worded
// in the reader's language ("Descubre más", "Mehr entdecken", "さらに表示"). Found by its English
// words only, the posts below it were recorded as replies to you in any other language (review of
// the DOM readers on variant markup, /tmp/dom-review/thread.test.ts). Its place names it too: a
// heading in a cell of its own in the main column's timeline, below your post.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { notificationsFeature } from '@/lib/features/record-notifications';
import type { FeatureContext } from '@/lib/features/types';
import type { PageEvent } from '@/lib/messages/schemas';
import { discoverMoreHeading } from '@/lib/x/notifications';
import { routeOf } from '@/lib/x/routes';

afterEach(() => {
  document.body.innerHTML = '';
});

const names = (h: string, id: string) =>
  `<div data-testid="User-Name"><a href="/${h}">N ${h}</a><a href="/${h}" tabindex="-1">@${h}</a><a href="/${h}/status/${id}"><time>1h</time></a></div>`;
const post = (h: string, id: string, text: string, focal = false) =>
  `<div data-testid="cellInnerDiv"><article data-testid="tweet" tabindex="${focal ? -1 : 0}">${names(h, id)}<div data-testid="tweetText">${text}</div></article></div>`;
const headingCell = (words: string) =>
  `<div data-testid="cellInnerDiv"><div><h2 role="heading" aria-level="2"><span>${words}</span></h2></div></div>`;
const MINE = post('me_1', '200', 'A tram departure board', true);
const REPLY = post('bob_2', '300', 'nice!');
const RECOMMENDED = post('random_7', '400', 'Unrelated viral post');

/** The page of your post: the column's title, the conversation's cells, the side bar's heading. */
function page(cells: string) {
  document.body.innerHTML = `<div data-testid="primaryColumn"><div><h2 dir="ltr" aria-level="2" role="heading"><span>Post</span></h2></div>
<section role="region"><h1 aria-level="1" role="heading">Conversation</h1><div aria-label="Timeline: Conversation">${cells}</div></section></div>
<div data-testid="sidebarColumn"><h2 aria-level="2" role="heading"><span>Qué está pasando</span></h2></div>`;
}

const focal = () => document.querySelector('article[tabindex="-1"]') ?? undefined;

/** The keys the notifications feature records on the page of your post 200. */
function recorded(): string[] {
  const pushed: PageEvent[] = [];
  const url = new URL('https://x.com/me_1/status/200');
  const context = {
    account: { id: '1', handle: 'me_1' },
    route: routeOf(url),
    url,
    dom: { subscribe: (scan: () => void) => scan() },
    events: { push: (e: PageEvent) => pushed.push(e) },
    lifetime: new AbortController().signal,
  } as unknown as FeatureContext;
  notificationsFeature.init(context, new AbortController().signal);
  return pushed.map((e) => ('key' in e ? e.key : e.type));
}

describe('"Discover more" under your post, in any language', () => {
  it.each(['Discover more', 'Descubre más', 'Mehr entdecken', 'もっと見つける'])(
    'records the reply above "%s", not the recommended post below it',
    (words) => {
      page(`${MINE}${REPLY}${headingCell(words)}${RECOMMENDED}`);
      expect(discoverMoreHeading(document, focal())?.textContent).toBe(words);
      expect(recorded()).toEqual(['reply_in:300']);
    },
  );

  it('still finds the English words without your post', () => {
    page(`${REPLY}${headingCell('Discover more')}${RECOMMENDED}`);
    expect(discoverMoreHeading(document)?.textContent).toBe('Discover more');
  });

  it('takes no other heading for it: a false one above replies would hide them', () => {
    // The column's title and the side bar's heading are not cells of the timeline.
    page(`${MINE}${REPLY}`);
    expect(discoverMoreHeading(document, focal())).toBeUndefined();
    // A heading above your post is no heading under the thread.
    page(`${headingCell('Descubre más')}${MINE}${REPLY}`);
    expect(discoverMoreHeading(document, focal())).toBeUndefined();
    expect(recorded()).toEqual(['reply_in:300']);
    // A heading inside a post's cell is the post's.
    page(
      `${MINE}<div data-testid="cellInnerDiv"><h2>Titular</h2><article data-testid="tweet">${names('bob_2', '300')}<div data-testid="tweetText">nice!</div></article></div>`,
    );
    expect(discoverMoreHeading(document, focal())).toBeUndefined();
    // Without your post, no place is known: only the English words name it.
    page(`${REPLY}${headingCell('Descubre más')}${RECOMMENDED}`);
    expect(discoverMoreHeading(document)).toBeUndefined();
  });

  it('finds none on the second hand’s page of a post (tests/x-variant)', () => {
    const html = readFileSync(join(__dirname, '../x-variant/pages/status.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const mine = doc.querySelector('article[data-testid="tweet"][tabindex="-1"]') ?? undefined;
    expect(mine).toBeDefined();
    expect(discoverMoreHeading(doc, mine)).toBeUndefined();
  });
});
