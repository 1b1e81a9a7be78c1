import { afterEach, describe, expect, it } from 'vitest';
import type { DomWatch } from '@/lib/features/dom-watch';
import { postEvents, recordSent } from '@/lib/features/post-events';
import type { FeatureContext } from '@/lib/features/types';
import type { PageEvent } from '@/lib/messages/schemas';

const me = { id: '1', handle: 'dana_builds' };

/** A post as X renders it: author block with the permalink, and the text. */
function showPost(handle: string, id: string, text: string) {
  const article = document.createElement('article');
  article.dataset.testid = 'tweet';
  const name = document.createElement('div');
  name.dataset.testid = 'User-Name';
  const author = document.createElement('a');
  author.href = `/${handle}`;
  author.textContent = handle;
  const link = document.createElement('a');
  link.href = `/${handle}/status/${id}`;
  link.append(document.createElement('time'));
  name.append(author, link);
  const body = document.createElement('div');
  body.dataset.testid = 'tweetText';
  body.textContent = text;
  article.append(name, body);
  document.body.append(article);
}

/** A DOM watch the test drives: each `change()` runs the waiting finders, as a page change would. */
function fakeDom() {
  const finders = new Set<() => void>();
  const dom = {
    waitFor(find: () => unknown, _signal: AbortSignal, timeoutMs = 1000) {
      return new Promise((resolve) => {
        const check = () => {
          const found = find();
          if (found) {
            finders.delete(check);
            resolve(found);
          }
        };
        finders.add(check);
        check();
        setTimeout(() => {
          finders.delete(check);
          resolve(undefined);
        }, timeoutMs);
      });
    },
  } as unknown as DomWatch;
  const change = () => {
    for (const f of [...finders]) f();
  };
  return { dom, change };
}

function context(dom: DomWatch) {
  const pushed: PageEvent[] = [];
  const events = { push: (e: PageEvent) => pushed.push(e) } as unknown as FeatureContext['events'];
  return { ctx: { account: me, route: { name: 'home' as const }, dom, events }, pushed };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('post events', () => {
  afterEach(() => document.body.replaceChildren());

  it('keys a thread by the ids X gave; only the first item carries the reply target', () => {
    const events = postEvents(
      [
        {
          text: 'Thanks @mira_codes and @mira_codes! https://example.com/a',
          where: { kind: 'reply', replyTo: { tweetId: '10', author: { handle: 'mira_codes' }, text: '' } },
          verdict: 'conversational',
        },
        { text: 'second', where: { kind: 'reply', replyTo: { tweetId: '10', text: '' } } },
        { text: 'third, never confirmed', where: { kind: 'reply' } },
      ],
      ['100', '101', undefined],
      5,
    );
    expect(events).toEqual([
      {
        type: 'post',
        key: 'tweet:100',
        at: 5,
        kind: 'reply',
        text: 'Thanks @mira_codes and @mira_codes! https://example.com/a',
        links: ['https://example.com/a'],
        mentions: ['mira_codes'],
        verdict: 'conversational',
        replyTo: { tweetId: '10', person: { handle: 'mira_codes' } },
      },
      { type: 'post', key: 'tweet:101', at: 5, kind: 'post', text: 'second', links: [], mentions: [] },
    ]);
  });

  it('never makes a post event of a chat message or an empty draft', () => {
    expect(
      postEvents(
        [
          { text: 'hello', where: { kind: 'dm' } },
          { text: '   ', where: { kind: 'post' } },
        ],
        ['1', '2'],
      ),
    ).toEqual([]);
  });

  it('records a sent post only once X shows it as yours with a new id', async () => {
    showPost(me.handle, '50', 'An older post of mine about shipping');
    const { dom, change } = fakeDom();
    const { ctx, pushed } = context(dom);
    recordSent([{ text: 'An older post of mine about shipping', where: { kind: 'post' } }], ctx);
    change();
    await settle();
    expect(pushed).toEqual([]);
    showPost('someone_else', '60', 'An older post of mine about shipping');
    change();
    await settle();
    expect(pushed).toEqual([]);
    showPost(me.handle, '70', 'An older post of mine about shipping');
    change();
    await settle();
    expect(pushed.map((e) => (e as { key: string }).key)).toEqual(['tweet:70']);
  });

  it('records nothing for a post X never shows', async () => {
    const { dom } = fakeDom();
    const { ctx, pushed } = context(dom);
    recordSent([{ text: 'lost in transit', where: { kind: 'post' } }], ctx, 20);
    await new Promise((r) => setTimeout(r, 40));
    expect(pushed).toEqual([]);
  });
});
