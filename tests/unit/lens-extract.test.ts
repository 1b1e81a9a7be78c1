// The lens's extractor on every saved X GraphQL/REST response in ../shared/fixtures/x-dom. The
// expectations come from the raw files' entry ids (`user-<id>`, `tweet-<id>`), not from the walker.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lensOperation } from '@/lib/x/lens/endpoints';
import { extract, postFact, userFact } from '@/lib/x/lens/extract';
import { describeWithFixtures, sharedFixture } from '../shared-fixtures';

const FIXTURES = sharedFixture('x-dom');

const TWSCRAPE = 'vladkens_twscrape/tests/mocked-data';
const CYD = 'lockdown-systems_cyd/testdata/x';
const TMH = 'EltonChou_TwitterMediaHarvest/src/libs/XApi/parsers/test-data';

/** Every saved response and the operation X's page would have fetched it with. */
const FILES: { file: string; op: string; wrap?: (j: unknown) => unknown }[] = [
  { file: `${TWSCRAPE}/raw_followers.json`, op: 'Followers' },
  { file: `${TWSCRAPE}/raw_following.json`, op: 'Following' },
  { file: `${TWSCRAPE}/raw_verified_followers.json`, op: 'BlueVerifiedFollowers' },
  { file: `${TWSCRAPE}/raw_user_by_login.json`, op: 'UserByScreenName' },
  { file: `${TWSCRAPE}/raw_tweet_details.json`, op: 'TweetDetail' },
  { file: `${TWSCRAPE}/raw_user_tweets_and_replies.json`, op: 'UserTweetsAndReplies' },
  { file: `${TWSCRAPE}/raw_search.json`, op: 'SearchTimeline' },
  { file: `${CYD}/XUserRepliesTimeline_20260914.json`, op: 'UserRepliesTimeline' },
  { file: `${CYD}/XUserOriginalsTimeline_20260914_1.json`, op: 'UserOriginalsTimeline' },
  // Saved without the HTTP envelope: only the content of data.threaded_conversation_with_injections_v2.
  {
    file: `${TMH}/TweetDetail.json`,
    op: 'TweetDetail',
    wrap: (j) => ({ data: { threaded_conversation_with_injections_v2: j } }),
  },
  { file: `${TMH}/NotificationDeviceFollow.json`, op: 'notifications/device_follow' },
];

function entryIds(raw: string, prefix: string) {
  return [
    ...new Set([...raw.matchAll(new RegExp(`"entryId":\\s*"${prefix}-(\\d+)"`, 'g'))].map((m) => m[1])),
  ];
}

describeWithFixtures('x-dom', 'lens on saved X responses', () => {
  it.each(FILES)('$op: $file', ({ file, op, wrap }) => {
    const raw = readFileSync(join(FIXTURES, file), 'utf8');
    const body = wrap ? wrap(JSON.parse(raw)) : JSON.parse(raw);
    const out = extract(op, body);
    expect(out.known).toBe(true);
    expect(out.users.length + out.posts.length).toBeGreaterThan(0);
    const users = new Set(out.users.map((u) => u.id));
    const posts = new Set(out.posts.map((p) => p.id));
    for (const uid of entryIds(raw, 'user')) expect(users.has(uid ?? ''), `user-${uid}`).toBe(true);
    for (const tid of entryIds(raw, 'tweet')) expect(posts.has(tid ?? ''), `tweet-${tid}`).toBe(true);
    // Every post's author is among the users (the author object travels with the post), except
    // in the REST notifications shape whose users map is separate but complete as well.
    for (const p of out.posts) expect(users.has(p.author), `author of ${p.id}`).toBe(true);
  });

  it('reads the 2026 user shape: handle, name, bio, avatar, follow state', () => {
    const raw = JSON.parse(readFileSync(join(FIXTURES, `${TWSCRAPE}/raw_followers.json`), 'utf8'));
    const leslie = extract('Followers', raw).users.find((u) => u.id === '236209129');
    expect(leslie).toEqual({
      id: '236209129',
      handle: 'leslieberland',
      name: 'Leslie Berland',
      bio: 'CMO Verizon',
      avatar: 'https://pbs.twimg.com/profile_images/1106274854683074560/x7rrvxaD_normal.jpg',
      followsMe: false,
      iFollow: false,
    });
  });

  it('reads reply targets and conversation ids of a self-thread', () => {
    const raw = JSON.parse(readFileSync(join(FIXTURES, `${CYD}/XUserRepliesTimeline_20260914.json`), 'utf8'));
    const posts = extract('UserRepliesTimeline', raw).posts;
    const reply = posts.find((p) => p.id === '2099594032628576747');
    expect(reply?.replyTo).toBe('2099594030929842403');
    expect(reply?.conversation).toBeDefined();
    expect(reply?.at).toBeGreaterThan(Date.parse('2020-01-01'));
  });

  it('counts a known operation with a changed container as an unknown shape', () => {
    const raw = JSON.parse(readFileSync(join(FIXTURES, `${TWSCRAPE}/raw_followers.json`), 'utf8'));
    expect(extract('HomeTimeline', raw).known).toBe(false);
  });
});

describe('lens extractor', () => {
  it('matches operations by name whatever the queryId, and ignores the rest', () => {
    expect(lensOperation('https://x.com/i/api/graphql/abc-_1/HomeTimeline?variables=%7B%7D')).toBe(
      'HomeTimeline',
    );
    expect(lensOperation('/i/api/graphql/Q/Followers')).toBe('Followers');
    expect(lensOperation('/i/api/graphql/Q/CreateTweet')).toBeUndefined();
    expect(lensOperation('/i/api/graphql/Q/HomeTimelineRenamed')).toBeUndefined();
    expect(lensOperation('/i/api/2/notifications/all.json?x=1')).toBe('notifications/all');
    expect(lensOperation('/home')).toBeUndefined();
  });

  it('reads the older legacy user shape, and refuses users without a valid id or handle', () => {
    expect(
      userFact({
        __typename: 'User',
        rest_id: '42',
        legacy: {
          screen_name: 'old_shape',
          name: 'Old',
          description: 'bio',
          followed_by: true,
          following: false,
        },
      }),
    ).toEqual({ id: '42', handle: 'old_shape', name: 'Old', bio: 'bio', followsMe: true, iFollow: false });
    expect(userFact({ rest_id: 'x1', core: { screen_name: 'a' } })).toBeUndefined();
    expect(userFact({ rest_id: '1', core: { screen_name: 'not a handle' } })).toBeUndefined();
  });

  it('survives hostile shapes: cycles are impossible in JSON, but junk and nulls are not', () => {
    expect(extract('HomeTimeline', null).known).toBe(false);
    expect(
      extract('HomeTimeline', {
        data: { home: { home_timeline_urt: [null, 1, 'x', { __typename: 'User' }] } },
      }),
    ).toEqual({
      users: [],
      posts: [],
      known: true,
    });
    expect(postFact({ rest_id: '1' })).toBeUndefined();
  });
});

describe('the replica talks like X', () => {
  it('serves every operation in shapes the lens reads, old and new user shapes alike', async () => {
    // @ts-expect-error plain .mjs without types
    const { graphqlResponse, OPS } = await import('../replica/graphql.mjs');
    const seed = JSON.parse(readFileSync(resolve(__dirname, '../replica/seeds/default.json'), 'utf8'));
    const followers = seed.users.filter((u: { followsMe?: boolean }) => u.followsMe);
    const variables: Record<string, object> = {
      TweetDetail: { focalTweetId: seed.tweets[0].id },
      UserByScreenName: { screen_name: seed.users[0].handle },
      UserTweets: { userId: seed.users[0].id },
      Followers: { userId: seed.me.id },
      Following: { userId: seed.me.id },
    };
    for (const op of OPS as string[]) {
      const out = extract(op, graphqlResponse(seed, op, variables[op] ?? {}));
      expect(out.known, op).toBe(true);
      expect(out.users.length, op).toBeGreaterThan(0);
    }
    const listed = extract('Followers', graphqlResponse(seed, 'Followers', variables.Followers)).users;
    expect(listed.map((u) => u.handle).sort()).toEqual(
      followers.map((u: { handle: string }) => u.handle).sort(),
    );
    expect(listed.every((u) => u.followsMe === true && typeof u.bio === 'string')).toBe(true);
    const home = graphqlResponse(seed, 'HomeTimeline', {});
    const types = JSON.stringify(home);
    expect(types).toContain('TweetWithVisibilityResults');
    expect(types).toContain('TweetTombstone');
    expect(types).toContain('"legacy":{"screen_name"');
    expect(types).toContain('relationship_perspectives');
  });
});
