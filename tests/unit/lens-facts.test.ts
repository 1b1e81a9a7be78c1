import { describe, expect, it, vi } from 'vitest';
import { lensFactsFeature } from '@/lib/features/lens-facts';
import { lensHealth } from '@/lib/features/lens-seen';
import type { FeatureContext } from '@/lib/features/types';
import type { PageEvent } from '@/lib/messages/schemas';
import { LENS_FACTS, LENS_PULL } from '@/lib/x/lens/channel';
import { installLens } from '@/lib/x/lens/install';
import { lensEvents } from '@/lib/x/lens/to-events';

const ME = '1000000001';

describe('lens facts to page events', () => {
  it('makes followers, followed and strangers into edges and profiles, and replies to me into one key per act', () => {
    const events = lensEvents(
      {
        users: [
          { id: '2', handle: 'fan', name: 'Fan', bio: 'hi', followsMe: true, iFollow: false },
          { id: '3', handle: 'mutual', followsMe: true, iFollow: true },
          { id: '4', handle: 'nobody', followsMe: false, iFollow: false },
          { id: ME, handle: 'me', followsMe: false },
        ],
        posts: [
          { id: '10', author: '2', replyToUser: ME, replyTo: '9', at: 5 },
          { id: '11', author: '4', quotedAuthor: ME },
          { id: '12', author: '4', mentions: ['7', ME] },
          { id: '13', author: ME, replyToUser: '2' },
          { id: '14', author: '4', replyToUser: '2' },
        ],
        seen: [],
      },
      ME,
      100,
    );
    expect(events.filter((e) => e.type === 'edge').map((e) => [e.list, e.person.handle])).toEqual([
      ['followers', 'fan'],
      ['followers', 'mutual'],
      ['following', 'mutual'],
    ]);
    expect(events.find((e) => e.type === 'edge')).toMatchObject({
      person: { bio: 'hi', name: 'Fan', id: '2' },
    });
    expect(events.filter((e) => e.type === 'profile').map((e) => e.person.handle)).toEqual(['nobody']);
    expect(
      events.filter((e) => e.type === 'interaction').map((e) => e.type === 'interaction' && e.key),
    ).toEqual(['reply_in:10', 'quote_in:11', 'mention_in:12']);
  });
});

describe('the lens channel', () => {
  function context(pushed: PageEvent[]): FeatureContext {
    return {
      account: { id: ME, handle: 'me' },
      route: { name: 'home' },
      url: new URL('https://x.com/home'),
      dom: {} as FeatureContext['dom'],
      events: { push: (e: PageEvent) => pushed.push(e), pending: 0, flushNow: async () => {}, stop() {} },
    } as unknown as FeatureContext;
  }

  it('takes valid facts, ignores forged junk, oversized and flooding payloads', () => {
    const pushed: PageEvent[] = [];
    const stop = new AbortController();
    lensFactsFeature.init(context(pushed), stop.signal);
    const offer = (detail: unknown) => document.dispatchEvent(new CustomEvent(LENS_FACTS, { detail }));
    offer(
      JSON.stringify({
        users: [{ id: '5', handle: 'five', followsMe: true }],
        posts: [],
        seen: [{ op: 'HomeTimeline', known: true }],
      }),
    );
    expect(pushed).toHaveLength(1);
    // Same person unchanged: not sent again.
    offer(JSON.stringify({ users: [{ id: '5', handle: 'five', followsMe: true }], posts: [], seen: [] }));
    expect(pushed).toHaveLength(1);
    offer({ users: [] }); // not a string
    offer('{not json');
    offer(JSON.stringify({ users: [{ id: 'x', handle: 'bad handle!' }], posts: [], seen: [] }));
    offer(JSON.stringify({ type: 'data.wipe', account: ME }));
    offer('x'.repeat(1_000_001));
    expect(pushed).toHaveLength(1);
    for (let i = 0; i < 30; i++)
      offer(JSON.stringify({ users: [{ id: String(100 + i), handle: `u${i}` }], posts: [], seen: [] }));
    expect(pushed.length).toBeLessThanOrEqual(10);
    expect(lensHealth('home').found).toEqual(['lens:HomeTimeline']);
    stop.abort();
  });

  it.each(['json', 'text'] as const)(
    'hands over what the page-world lens saw, without touching the response the page reads (page reads %s)',
    async (read) => {
      const body = {
        data: {
          home: {
            home_timeline_urt: {
              instructions: [
                {
                  type: 'TimelineAddEntries',
                  entries: [
                    {
                      entryId: 'tweet-20',
                      content: {
                        itemContent: {
                          tweet_results: {
                            result: {
                              __typename: 'Tweet',
                              rest_id: '20',
                              core: {
                                user_results: {
                                  result: {
                                    __typename: 'User',
                                    rest_id: '21',
                                    core: { screen_name: 'seen_on_home', name: 'Seen' },
                                    relationship_perspectives: { followed_by: true, following: false },
                                  },
                                },
                              },
                              legacy: {
                                created_at: 'Mon Nov 30 04:00:00 +0000 2026',
                                in_reply_to_user_id_str: ME,
                              },
                            },
                          },
                        },
                      },
                    },
                  ],
                },
              ],
            },
          },
        },
      };
      const text = JSON.stringify(body);
      // A Response class of this test's own, so the lens's watch on its methods stays here.
      class PageResponse extends Response {}
      const win = {
        document,
        CustomEvent,
        setTimeout,
        Request,
        Response: PageResponse,
        fetch: async () => new PageResponse(text, { status: 200 }),
        XMLHttpRequest: undefined,
      } as unknown as Window & typeof globalThis;
      installLens(win);
      const parse = vi.spyOn(JSON, 'parse');
      const response = await win.fetch('https://x.com/i/api/graphql/abc/HomeTimeline?variables=%7B%7D');
      if (read === 'json') expect(await response.json()).toEqual(body);
      else expect(await response.text()).toBe(text);
      await new Promise((r) => setTimeout(r, 150));
      // One parse in all: the page's own `json()` (whose object the lens uses as it is), or the
      // lens's of the text the page read. Reading a copy of the body would make it two.
      // (Only parses of this body count: other code in the worker may parse its own JSON meanwhile.)
      expect(parse.mock.calls.filter(([arg]) => arg === text)).toHaveLength(1);
      parse.mockRestore();
      await new Promise((r) => setTimeout(r, 150));
      const pushed: PageEvent[] = [];
      const stop = new AbortController();
      let facts = '';
      document.addEventListener(LENS_FACTS, (e) => (facts = (e as CustomEvent).detail), {
        signal: stop.signal,
      });
      document.dispatchEvent(new CustomEvent(LENS_PULL));
      expect(JSON.parse(facts).users).toEqual([
        { id: '21', handle: 'seen_on_home', name: 'Seen', followsMe: true, iFollow: false },
      ]);
      expect(pushed).toHaveLength(0);
      stop.abort();
    },
  );
});
