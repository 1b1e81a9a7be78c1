// On the page of your own post, the replies below it are replies to you; the post above it that you
// answered is not (review of the DOM readers on variant pages, issue 12 session).
import { afterEach, describe, expect, it } from 'vitest';
import { notificationsFeature } from '@/lib/features/record-notifications';
import type { PageEvent } from '@/lib/messages/schemas';
import { featureContext } from './feature-context';

const ME = { id: '1000000001', handle: 'me_1' };

afterEach(() => {
  document.body.innerHTML = '';
});

const context = (path: string, pushed: PageEvent[], scans: (() => void)[]) =>
  featureContext(ME, path, pushed, scans);

/** A post as X draws it: the author's name row with the time's link, then the text. */
function post(handle: string, id: string, text: string): HTMLElement {
  const article = document.createElement('article');
  article.setAttribute('data-testid', 'tweet');
  const names = document.createElement('div');
  names.setAttribute('data-testid', 'User-Name');
  const profile = document.createElement('a');
  profile.setAttribute('href', `/${handle}`);
  profile.textContent = handle;
  const time = document.createElement('a');
  time.setAttribute('href', `/${handle}/status/${id}`);
  time.append(document.createElement('time'));
  names.append(profile, time);
  const body = document.createElement('div');
  body.setAttribute('data-testid', 'tweetText');
  body.textContent = text;
  article.append(names, body);
  return article;
}

function run(path: string) {
  const pushed: PageEvent[] = [];
  const scans: (() => void)[] = [];
  notificationsFeature.init(context(path, pushed, scans), new AbortController().signal);
  const scan = () => {
    for (const s of scans) s();
  };
  return { pushed, scan };
}

const keys = (events: PageEvent[]) => events.map((e) => ('key' in e ? e.key : e.type));

describe('the replies on the page of your own post', () => {
  it('counts the posts below yours as replies to you, never the post above it that you answered', () => {
    document.body.append(
      post('alice_x', '100', 'What is everyone reading this week?'),
      post('me_1', '200', 'A book about tides'),
      post('bob_y', '300', 'Oh which one?'),
    );
    const { pushed, scan } = run('/me_1/status/200');
    scan();
    expect(keys(pushed)).toEqual(['reply_in:300']);
  });

  it('waits for your post to be drawn before judging any other, then judges each once', () => {
    const { pushed, scan } = run('/me_1/status/200');
    document.body.append(post('alice_x', '100', 'What is everyone reading this week?'));
    scan();
    expect(pushed).toEqual([]);
    document.body.append(post('me_1', '200', 'A book about tides'), post('bob_y', '300', 'Oh which one?'));
    scan();
    scan();
    expect(keys(pushed)).toEqual(['reply_in:300']);
  });
});
