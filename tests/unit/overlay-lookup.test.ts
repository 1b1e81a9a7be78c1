import { describe, expect, it, vi } from 'vitest';
import { createLookupCache, MAX_PER_MESSAGE, peopleChangedBy } from '@/lib/features/overlays/lookup-cache';
import type { ContactView } from '@/lib/messages/protocol';

const view = (key: string, handle: string, stage: ContactView['stage'] = 'talked'): ContactView => ({
  key,
  id: key,
  handle,
  stage,
  counts: { reply_out: 1 },
  engagedMe: 0,
});

function setup(ttlMs = 5_000) {
  let clock = 1_000;
  const frames: (() => void)[] = [];
  const lookup = vi.fn(async ({ people }: { account: string; people: string[] }) => ({
    contacts: Object.fromEntries(
      people.map((p) => [p, p === 'nobody' ? null : view(p.startsWith('id:') ? p.slice(3) : '42', p)]),
    ),
  }));
  const cache = createLookupCache({
    account: '1',
    lookup,
    ttlMs,
    now: () => clock,
    frame: (cb) => frames.push(cb),
  });
  const runFrame = async () => {
    const pending = frames.splice(0);
    for (const cb of pending) cb();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { cache, lookup, runFrame, advance: (ms: number) => (clock += ms), frames };
}

describe('overlay lookup cache', () => {
  it('sends one contacts.lookup per animation frame for every person asked for', async () => {
    const { cache, lookup, runFrame } = setup();
    const a = cache.lookup('Maya_O');
    const b = cache.lookup('jonas');
    const c = cache.lookup('maya_o'); // same person, other case: asked once
    expect(lookup).not.toHaveBeenCalled();
    await runFrame();
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup.mock.calls[0]?.[0]).toEqual({ account: '1', people: ['maya_o', 'jonas'] });
    expect((await a)?.handle).toBe('maya_o');
    expect(await c).toBe(await a);
    expect((await b)?.stage).toBe('talked');
    expect(cache.sent).toBe(1);
  });

  it('answers from the cache until the entry expires, and keeps "never recorded" too', async () => {
    const { cache, lookup, runFrame, advance } = setup(5_000);
    const first = cache.lookup('nobody');
    await runFrame();
    expect(await first).toBeNull();
    expect(cache.peek('nobody')).toBeNull();
    expect(await cache.lookup('nobody')).toBeNull();
    expect(lookup).toHaveBeenCalledTimes(1);
    advance(5_001);
    expect(cache.peek('nobody')).toBeUndefined();
    // The expired answer is still there to show while a fresh one is asked for.
    expect(cache.last('nobody')).toBeNull();
    expect(cache.last('someone-else')).toBeUndefined();
    const again = cache.lookup('nobody');
    await runFrame();
    await again;
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it('keeps an answer under the id and the handle, and forgets both on invalidate', async () => {
    const { cache, runFrame } = setup();
    const p = cache.lookup('maya');
    await runFrame();
    await p;
    expect(cache.peek('id:42')?.handle).toBe('maya');
    cache.invalidate('id:42');
    expect(cache.peek('maya')).toBeUndefined();
    expect(cache.peek('id:42')).toBeUndefined();
  });

  it('splits more than the protocol allows across frames', async () => {
    const { cache, lookup, runFrame } = setup();
    const all = Array.from({ length: MAX_PER_MESSAGE + 5 }, (_, i) => cache.lookup(`user_${i}`));
    await runFrame();
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup.mock.calls[0]?.[0].people).toHaveLength(MAX_PER_MESSAGE);
    await runFrame();
    expect(lookup).toHaveBeenCalledTimes(2);
    expect(lookup.mock.calls[1]?.[0].people).toHaveLength(5);
    expect(await Promise.all(all)).toHaveLength(MAX_PER_MESSAGE + 5);
  });

  it('rejects the callers of a failed lookup and asks again next time', async () => {
    const { cache, lookup, runFrame } = setup();
    lookup.mockRejectedValueOnce(new Error('The extension did not answer.'));
    const failed = expect(cache.lookup('maya')).rejects.toThrow('did not answer');
    await runFrame();
    await failed;
    const retry = cache.lookup('maya');
    await runFrame();
    expect((await retry)?.handle).toBe('maya');
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it('marks the people a write named stale under every key, keeps them to show, and leaves others fresh', async () => {
    const { cache, lookup, runFrame } = setup();
    const asked = [cache.lookup('maya'), cache.lookup('id:7')];
    await runFrame();
    await Promise.all(asked);
    cache.markStale(['@Maya']);
    expect(cache.peek('maya')).toBeUndefined();
    expect(cache.peek('id:42')).toBeUndefined();
    expect(cache.last('id:42')?.handle).toBe('maya');
    expect(cache.peek('id:7')?.id).toBe('7');
    const again = cache.lookup('maya');
    await runFrame();
    await again;
    expect(lookup).toHaveBeenCalledTimes(2);
    expect(cache.peek('maya')?.handle).toBe('maya');
    cache.markStale();
    expect(cache.peek('id:7')).toBeUndefined();
  });

  it('stores an answer asked for before a write marked stale as stale: the next badge asks again', async () => {
    const { cache, lookup, runFrame } = setup();
    let release: () => void = () => {};
    lookup.mockImplementationOnce(
      ({ people }) =>
        new Promise((resolve) => {
          release = () => resolve({ contacts: Object.fromEntries(people.map((p) => [p, view('42', p)])) });
        }),
    );
    const pending = cache.lookup('maya');
    await runFrame();
    cache.markStale(['maya']);
    release();
    expect((await pending)?.handle).toBe('maya');
    expect(cache.peek('maya')).toBeUndefined();
    expect(cache.last('maya')?.handle).toBe('maya');
  });

  it('names the people a batch of page events may have changed, and anyone after a list end', () => {
    const events = [
      { type: 'interaction', person: { id: '42', handle: 'maya' } },
      { type: 'post', mentions: ['ana'], replyTo: { person: { handle: 'bo' } }, quoteOf: { tweetId: '9' } },
      { type: 'edge', list: 'followers', person: { id: '5' } },
      'not an event',
    ];
    expect(peopleChangedBy(events)).toEqual(['id:42', 'maya', 'bo', 'ana', 'id:5']);
    expect(peopleChangedBy([...events, { type: 'list-end', listed: [] }])).toBeUndefined();
  });
});
