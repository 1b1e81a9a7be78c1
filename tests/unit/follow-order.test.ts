// #17.9 and #10.8: the DOM list reader and the network lens agree on X's follow order within a
// visit, and the lens says when your followers list was read to its real end.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lensFactsFeature } from '@/lib/features/lens-facts';
import { listVisit } from '@/lib/features/list-visit';
import { listsFeature } from '@/lib/features/record-lists';
import type { PageEvent } from '@/lib/messages/schemas';
import { LENS_FACTS } from '@/lib/x/lens/channel';
import { asksLaterPage } from '@/lib/x/lens/endpoints';
import { extract } from '@/lib/x/lens/extract';
import { featureContext } from './feature-context';

const ME = { id: '1000000001', handle: 'dana_builds' };

// The lens takes at most 10 hand-overs a second: each hand-over here happens 2 s after the last.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const context = (path: string, pushed: PageEvent[], scans: (() => void)[]) =>
  featureContext(ME, path, pushed, scans);

/** What X's followers page shows: user cells in the primary column, newest follower first. */
function showCells(people: { id: string; handle: string }[]) {
  let main = document.querySelector('[data-testid="primaryColumn"]');
  if (!main) {
    main = document.createElement('div');
    main.setAttribute('data-testid', 'primaryColumn');
    document.body.append(main);
  }
  for (const p of people) {
    const cell = document.createElement('div');
    cell.setAttribute('data-testid', 'UserCell');
    const link = document.createElement('a');
    link.setAttribute('href', `/${p.handle}`);
    link.textContent = p.handle;
    const button = document.createElement('button');
    button.setAttribute('data-testid', `${p.id}-follow`);
    const mark = document.createElement('span');
    mark.setAttribute('data-testid', 'userFollowIndicator');
    cell.append(link, button, mark);
    main.append(cell);
  }
}

const person = (n: number) => ({ id: String(2000 + n), handle: `fan_${n}` });
/** The lens handing over one response's facts (distinct handles so the lens does not skip them). */
function offer(users: { id: string; handle: string }[], seen: object[]) {
  vi.setSystemTime(Date.now() + 2000);
  const facts = { users: users.map((u) => ({ ...u, followsMe: true })), posts: [], seen };
  document.dispatchEvent(new CustomEvent(LENS_FACTS, { detail: JSON.stringify(facts) }));
}
const followersPage = (users: number, next: boolean) => ({ op: 'Followers', known: true, users, next });
const followerStamps = (pushed: PageEvent[]) => {
  const at = new Map<string, number>();
  for (const e of pushed)
    if (e.type === 'edge' && e.list === 'followers' && e.person.id)
      at.set(e.person.id, Math.min(at.get(e.person.id) ?? e.at, e.at));
  return at;
};
/** Ids newest first, as "Newest follower" sorts by the earliest stamp each got. */
const newestFirst = (at: Map<string, number>) =>
  [...at.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);

describe('the follow order of a visit', () => {
  it('the lens and the page reader stamp X’s list order on one counter, whoever sees a person first', async () => {
    const pushed: PageEvent[] = [];
    const scans: (() => void)[] = [];
    const visit = new AbortController();
    const ctx = context(`/${ME.handle}/followers`, pushed, scans);
    await lensFactsFeature.init(ctx, visit.signal);
    await listsFeature.init(ctx, visit.signal);
    const list = [1, 2, 3, 4, 5, 6].map(person);
    // The lens reads the first page before the page shows it; the page shows the second page
    // before the lens hands it over; the last page the page never shows whole (a fast scroll).
    offer(list.slice(0, 2), [followersPage(2, false)]);
    showCells(list.slice(0, 4));
    for (const scan of scans) scan();
    offer(list.slice(2, 4), [followersPage(2, true)]);
    offer(list.slice(4, 6), [followersPage(2, true)]);
    showCells(list.slice(5, 6));
    for (const scan of scans) scan();
    const at = followerStamps(pushed);
    expect(newestFirst(at)).toEqual(list.map((p) => p.id));
    // Every stamp is below the visit's start, so a later visit's new followers sort above them.
    const start = listVisit(visit.signal).start;
    expect(Math.max(...at.values())).toBeLessThan(start);
    visit.abort();

    // A later visit: two new followers on top of the same list.
    const later = new AbortController();
    const pushedLater: PageEvent[] = [];
    document.body.innerHTML = '';
    const laterCtx = context(`/${ME.handle}/followers`, pushedLater, []);
    await lensFactsFeature.init(laterCtx, later.signal);
    offer([person(7), person(8)], [followersPage(2, false)]);
    const fresh = followerStamps(pushedLater);
    expect(newestFirst(fresh)).toEqual([person(7).id, person(8).id]);
    expect(Math.min(...fresh.values())).toBeGreaterThan(Math.max(...at.values()));
    later.abort();
  });

  it('the lens reads a followers response in its own order, newest follower first', () => {
    const entries = [5, 3, 9, 1].map((n) => ({
      entryId: `user-${2000 + n}`,
      content: {
        itemContent: {
          user_results: {
            result: {
              __typename: 'User',
              rest_id: String(2000 + n),
              core: { screen_name: `fan_${n}` },
              relationship_perspectives: { followed_by: true, following: false },
            },
          },
        },
      },
    }));
    const body = {
      data: {
        user: {
          result: {
            timeline: { timeline: { instructions: [{ type: 'TimelineAddEntries', entries }] } },
          },
        },
      },
    };
    expect(extract('Followers', body).users.map((u) => u.handle)).toEqual([
      'fan_5',
      'fan_3',
      'fan_9',
      'fan_1',
    ]);
  });
});

describe('the end of your followers list, from the lens', () => {
  const start = async (path: string) => {
    const pushed: PageEvent[] = [];
    const scans: (() => void)[] = [];
    const visit = new AbortController();
    const ctx = context(path, pushed, scans);
    await lensFactsFeature.init(ctx, visit.signal);
    await listsFeature.init(ctx, visit.signal);
    return { pushed, scans, visit };
  };
  const ends = (pushed: PageEvent[]) => pushed.filter((e) => e.type === 'list-end');

  it('names everyone the lens and the page saw once a later page adds nobody', async () => {
    const { pushed, scans, visit } = await start(`/${ME.handle}/followers`);
    offer([person(11), person(12)], [followersPage(2, false)]);
    showCells([person(13)]); // shown by the page only (the lens lost nothing, but the union is kept)
    for (const scan of scans) scan();
    offer([person(14)], [followersPage(1, true)]);
    expect(ends(pushed)).toEqual([]);
    offer([], [followersPage(0, true)]);
    const [end] = ends(pushed);
    expect(end).toMatchObject({ type: 'list-end', list: 'followers', since: listVisit(visit.signal).start });
    expect(end?.type === 'list-end' && [...end.listed].sort()).toEqual(
      [11, 12, 13, 14].map((n) => person(n).id),
    );
    // Its people were pushed before it, so the background has them when it judges.
    expect(pushed.at(-1)?.type).toBe('list-end');
    visit.abort();
  });

  it('a partial scroll, a list not read from its top, or lost facts end nothing', async () => {
    const partial = await start(`/${ME.handle}/followers`);
    offer([person(21)], [followersPage(1, false)]);
    offer([person(22)], [followersPage(1, true)]);
    expect(ends(partial.pushed)).toEqual([]);
    partial.visit.abort();

    const restored = await start(`/${ME.handle}/followers`);
    offer([person(23)], [followersPage(1, true)]);
    offer([], [followersPage(0, true)]);
    expect(ends(restored.pushed)).toEqual([]);
    restored.visit.abort();

    const lossy = await start(`/${ME.handle}/followers`);
    offer([person(24)], [followersPage(1, false)]);
    document.dispatchEvent(new CustomEvent(LENS_FACTS, { detail: '{broken' }));
    offer([], [followersPage(0, true)]);
    expect(ends(lossy.pushed)).toEqual([]);
    lossy.visit.abort();
  });

  it('only your own followers list can end: not someone else’s, not the verified tab, not another page', async () => {
    for (const path of [
      '/someone_else/followers',
      `/${ME.handle}/verified_followers`,
      `/${ME.handle}/followers_you_follow`,
      '/home',
    ]) {
      const { pushed, visit } = await start(path);
      offer([person(31)], [followersPage(1, false)]);
      offer([], [followersPage(0, true)]);
      expect(ends(pushed), path).toEqual([]);
      visit.abort();
    }
  });
});

describe('which requests ask for a later page', () => {
  it('is told by a cursor in the variables', () => {
    const url = (v: object) =>
      `/i/api/graphql/Q/Followers?variables=${encodeURIComponent(JSON.stringify(v))}&features=%7B%7D`;
    expect(asksLaterPage(url({ userId: '1', count: 20 }))).toBe(false);
    expect(asksLaterPage(url({ userId: '1', cursor: '1234|5678' }))).toBe(true);
    expect(asksLaterPage(url({ userId: '1', cursor: '' }))).toBe(false);
    expect(asksLaterPage('/i/api/graphql/Q/Followers')).toBe(false);
    expect(asksLaterPage('/i/api/graphql/Q/Followers?variables=%7Bnot')).toBe(false);
  });
});
