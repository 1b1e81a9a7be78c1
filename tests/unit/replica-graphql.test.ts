// The replica's X-shaped responses (tests/replica/graphql.mjs), read by the lens's own extractor:
// the home timeline pages through its stream by cursor to `stream.total`, keeps X's wrappers and a
// tombstone, and the users arrive in both of X's shapes with their follow state.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/x/lens/extract';
// @ts-expect-error: a plain .mjs module of the replica, without types
import { graphqlResponse, opName } from '../replica/graphql.mjs';

const seed = JSON.parse(readFileSync(resolve(__dirname, '../replica/seeds/default.json'), 'utf8'));

// biome-ignore lint/suspicious/noExplicitAny: X's JSON is untyped.
const entriesOf = (timeline: any) =>
  // biome-ignore lint/suspicious/noExplicitAny: X's JSON is untyped.
  timeline.instructions.flatMap((i: any) => (i.type === 'TimelineAddEntries' ? i.entries : []));

describe('the replica talks like X', () => {
  it('pages the home timeline by its bottom cursor until stream.total, in sortIndex order', () => {
    const s = { ...seed, stream: { total: 75 } };
    const ids = new Set<string>();
    let cursor: string | undefined;
    let pages = 0;
    do {
      const body = graphqlResponse(s, 'HomeTimeline', cursor ? { cursor } : {});
      const entries = entriesOf(body.data.home.home_timeline_urt);
      const sort = entries.map((e: { sortIndex: string }) => BigInt(e.sortIndex));
      expect(sort).toEqual([...sort].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
      for (const p of extract('HomeTimeline', body).posts) ids.add(p.id);
      cursor = entries.at(-1).content.value.startsWith('stream-') ? entries.at(-1).content.value : undefined;
      pages++;
    } while (cursor && pages < 20);
    expect(ids.size).toBe(75);
    expect(pages).toBeGreaterThan(2);
  });

  it('wraps posts as X does, keeps a tombstone, and gives users in both shapes with follow state', () => {
    const body = graphqlResponse(seed, 'HomeTimeline', {});
    const text = JSON.stringify(body);
    expect(text).toContain('"TweetWithVisibilityResults"');
    expect(text).toContain('"TweetTombstone"');
    expect(text).toContain('"relationship_perspectives"');
    expect(text).toMatch(/"legacy":\{"screen_name"/);
    const followers = graphqlResponse(seed, 'Followers', { userId: seed.me.id });
    const users = extract('Followers', followers).users;
    // biome-ignore lint/suspicious/noExplicitAny: seed JSON
    const expected = seed.users.filter((u: any) => u.followsMe).map((u: any) => u.handle);
    expect(users.map((u) => u.handle).sort()).toEqual([...expected].sort());
    expect(users.every((u) => u.followsMe === true)).toBe(true);
  });

  it('pages your followers by the bottom cursor, newest first, and ends with a page of cursors only', () => {
    const s = { ...seed, replica: { listPage: 3 } };
    // biome-ignore lint/suspicious/noExplicitAny: seed JSON
    const expected = seed.users.filter((u: any) => u.followsMe).map((u: any) => u.handle);
    const handles: string[] = [];
    const sorts: bigint[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 20; pages++) {
      const body = graphqlResponse(s, 'Followers', { userId: seed.me.id, ...(cursor && { cursor }) });
      const entries = entriesOf(body.data.user.result.timeline.timeline);
      sorts.push(...entries.map((e: { sortIndex: string }) => BigInt(e.sortIndex)));
      const users = extract('Followers', body).users;
      sizes.push(users.length);
      handles.push(...users.map((u) => u.handle));
      const bottom = entries.find(
        (e: { content: { cursorType?: string } }) => e.content.cursorType === 'Bottom',
      );
      expect(bottom?.content.value).toMatch(/^list-\d+$/);
      if (users.length === 0) break;
      cursor = bottom.content.value;
    }
    // Every page but the last holds people; the last holds only its cursor (the list's real end).
    expect(sizes.at(-1)).toBe(0);
    expect(sizes.slice(0, -1).every((n) => n > 0 && n <= 3)).toBe(true);
    expect(handles).toEqual(expected);
    expect(sorts).toEqual([...sorts].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
  });

  it('lists whom someone else follows and who follows them', () => {
    const other = seed.users[0];
    const followers = extract('Followers', graphqlResponse(seed, 'Followers', { userId: other.id })).users;
    const following = extract('Following', graphqlResponse(seed, 'Following', { userId: other.id })).users;
    expect(followers.length).toBeGreaterThan(0);
    expect(followers.some((u) => u.id === other.id)).toBe(false);
    expect(following.some((u) => u.id === other.id)).toBe(false);
  });

  it('renames its operations for the redesign scenario', () => {
    expect(opName({ replica: { renameEndpoints: true } }, 'HomeTimeline')).toBe('HomeTimelineV9');
    expect(opName(seed, 'HomeTimeline')).toBe('HomeTimeline');
  });
});
