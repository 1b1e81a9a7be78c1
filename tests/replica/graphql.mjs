// X-shaped GraphQL responses built from the replica's seed, in the shapes of the real saved
// responses in ../shared/fixtures/x-dom: `data.home.home_timeline_urt.instructions`,
// `TimelineAddEntries` entries with `sortIndex`, `TweetWithVisibilityResults`, tombstones, users in
// the 2025/2026 shape (`core`, `profile_bio`, `relationship_perspectives`) and, for every other
// user, the older `legacy` shape (`legacy.screen_name`, `legacy.followed_by` / `legacy.following`).

/** Operation names the app uses; `seed.replica.renameEndpoints` renames them (X redesigned its API). */
export const OPS = [
  'HomeTimeline',
  'TweetDetail',
  'UserByScreenName',
  'UserTweets',
  'Followers',
  'Following',
  'NotificationsTimeline',
];

export function opName(seed, op) {
  return seed?.replica?.renameEndpoints ? `${op}V9` : op;
}

function userObject(seed, u) {
  const me = seed.me ?? {};
  const avatar = `https://x.com/profile_images/${u.id}/${u.handle}_normal.svg`;
  const isMe = u.id === me.id;
  const index = (seed.users ?? []).findIndex((x) => x.id === u.id);
  if (index % 2 === 1) {
    // Older payloads: everything under legacy.
    return {
      __typename: 'User',
      id: Buffer.from(`User:${u.id}`).toString('base64'),
      rest_id: u.id,
      legacy: {
        screen_name: u.handle,
        name: u.name,
        description: u.bio ?? '',
        profile_image_url_https: avatar,
        followed_by: Boolean(u.followsMe),
        following: Boolean(u.iFollow),
        created_at: new Date(u.joined ?? 0).toUTCString(),
        location: u.location ?? '',
        verified: Boolean(u.verified),
        ...urlFields(u),
      },
    };
  }
  return {
    __typename: 'User',
    id: Buffer.from(`User:${u.id}`).toString('base64'),
    rest_id: u.id,
    avatar: { image_url: avatar },
    core: { screen_name: u.handle, name: u.name, created_at: new Date(u.joined ?? 0).toUTCString() },
    profile_bio: { description: u.bio ?? '', entities: { description: {} } },
    location: { location: u.location ?? '' },
    privacy: { protected: false },
    verification: { verified: Boolean(u.verified) },
    is_blue_verified: Boolean(u.verified),
    legacy: { ...urlFields(u) },
    ...(!isMe && {
      relationship_perspectives: {
        blocked_by: false,
        blocking: false,
        followed_by: Boolean(u.followsMe),
        following: Boolean(u.iFollow),
        muting: false,
      },
    }),
  };
}

// A profile's link, where X keeps it: a t.co `url` expanded in `entities.url.urls`.
const urlFields = (u) =>
  u.url ? { url: u.url, entities: { url: { urls: [{ url: u.url, expanded_url: u.url }] } } } : {};

function byHandle(seed, handle) {
  const h = String(handle ?? '').toLowerCase();
  return [seed.me, ...(seed.users ?? [])].find((u) => u?.handle.toLowerCase() === h);
}

function tweetObject(seed, t, depth = 0) {
  const author = byHandle(seed, t.author);
  if (!author)
    return { __typename: 'TweetTombstone', tombstone: { text: { text: 'This Post is unavailable.' } } };
  const parent = t.replyTo ? (seed.tweets ?? []).find((x) => x.id === t.replyTo) : undefined;
  const parentAuthor = parent ? byHandle(seed, parent.author) : undefined;
  const quoted = t.quoteOf && depth === 0 ? (seed.tweets ?? []).find((x) => x.id === t.quoteOf) : undefined;
  const mentions = [...String(t.text).matchAll(/@([A-Za-z0-9_]{1,15})/g)]
    .map((m) => byHandle(seed, m[1]))
    .filter(Boolean)
    .map((u) => ({ id_str: u.id, screen_name: u.handle, name: u.name, indices: [0, 0] }));
  const tweet = {
    __typename: 'Tweet',
    rest_id: t.id,
    core: { user_results: { result: userObject(seed, author) } },
    ...(quoted && { quoted_status_result: { result: tweetObject(seed, quoted, depth + 1) } }),
    legacy: {
      id_str: t.id,
      full_text: t.text,
      created_at: new Date(t.createdAt).toUTCString(),
      user_id_str: author.id,
      conversation_id_str: t.replyTo ? rootOf(seed, t).id : t.id,
      favorite_count: t.likes ?? 0,
      retweet_count: t.reposts ?? 0,
      reply_count: t.replies ?? 0,
      favorited: Boolean(t.likedByMe),
      retweeted: Boolean(t.retweetedByMe),
      entities: mentions.length ? { user_mentions: mentions } : {},
      ...(parent && {
        in_reply_to_status_id_str: parent.id,
        in_reply_to_user_id_str: parentAuthor?.id,
        in_reply_to_screen_name: parentAuthor?.handle,
      }),
      ...(t.quoteOf && { is_quote_status: true, quoted_status_id_str: t.quoteOf }),
    },
  };
  // Every third post arrives wrapped, as X does for posts with limited actions.
  return BigInt(t.id) % 3n === 0n && depth === 0
    ? { __typename: 'TweetWithVisibilityResults', tweet, limitedActionResults: { limited_actions: [] } }
    : tweet;
}

function rootOf(seed, t) {
  let cur = t;
  for (let i = 0; i < 50 && cur.replyTo; i++) {
    const next = (seed.tweets ?? []).find((x) => x.id === cur.replyTo);
    if (!next) break;
    cur = next;
  }
  return cur;
}

const tweetEntry = (seed, t, sortIndex) => ({
  entryId: `tweet-${t.id}`,
  sortIndex: String(sortIndex),
  content: {
    entryType: 'TimelineTimelineItem',
    __typename: 'TimelineTimelineItem',
    itemContent: {
      itemType: 'TimelineTweet',
      __typename: 'TimelineTweet',
      tweet_results: { result: tweetObject(seed, t) },
      tweetDisplayType: 'Tweet',
    },
  },
});

const userEntry = (seed, u, sortIndex) => ({
  entryId: `user-${u.id}`,
  sortIndex: String(sortIndex),
  content: {
    entryType: 'TimelineTimelineItem',
    __typename: 'TimelineTimelineItem',
    itemContent: {
      itemType: 'TimelineUser',
      __typename: 'TimelineUser',
      user_results: { result: userObject(seed, u) },
      userDisplayType: 'User',
    },
  },
});

const cursor = (kind, sortIndex) => ({
  entryId: `cursor-${kind}-${sortIndex}`,
  sortIndex: String(sortIndex),
  content: {
    entryType: 'TimelineTimelineCursor',
    __typename: 'TimelineTimelineCursor',
    value: `replica-${kind}`,
    cursorType: kind === 'top' ? 'Top' : 'Bottom',
  },
});

/** `bottom`: the cursor value of the next page, when there is one. `from`: sortIndex offset of a later page. */
function timeline(entries, { bottom, from = 0 } = {}) {
  const top = 1_900_000_000_000_000_000n - BigInt(from);
  const withIndex = entries.map((make, i) => make(String(top - BigInt(i))));
  const end = cursor('bottom', String(top - BigInt(entries.length)));
  if (bottom) end.content.value = bottom;
  return {
    instructions: [
      ...(from ? [] : [{ type: 'TimelineClearCache' }]),
      { type: 'TimelineAddEntries', entries: [...withIndex, end] },
    ],
  };
}

function hashNum(s) {
  let h = 7;
  for (const c of String(s)) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

/** Who follows whom among the seed's people (someone else's lists are made up, deterministically). */
export function followersOf(seed, user) {
  const others = (seed.users ?? []).filter((u) => u.id !== user.id);
  if (user.id === seed.me?.id) return others.filter((u) => u.followsMe);
  const list = others.filter((_u, i) => (hashNum(user.id) + i) % 3 !== 0);
  if (user.iFollow) list.unshift(seed.me);
  return list;
}
export function followingOf(seed, user) {
  const others = (seed.users ?? []).filter((u) => u.id !== user.id);
  if (user.id === seed.me?.id) return others.filter((u) => u.iFollow);
  const list = others.filter((_u, i) => (hashNum(user.handle) + i) % 4 === 1);
  if (user.followsMe) list.unshift(seed.me);
  return list;
}

/** `seed.stream`: the home timeline goes on with synthetic posts, 20 a page, until `total` posts. */
const STREAM_TEXTS = [
  'Shipping a small fix today: the settings page finally remembers your last tab.',
  'Read this on the train and it changed how I think about caching: https://example.com/blog/caching-{n}',
  'Does anyone else keep a "things I learned this week" doc? Week {n} entry: always check the timezone.',
  'Hot take no. {n}: meetings without a written agenda should be optional by default.',
  'New post on my blog about debugging flaky tests https://blog.example.org/posts/flaky-{n}',
  'Coffee number {n} of the day. The build is still red.',
  'Thread-worthy thought: most outages are config changes wearing a trench coat.',
  'Great talk on accessibility in SPAs, slides here: https://slides.example.net/a11y-{n} #a11y',
  'Pairing > code review for anything touching auth. Fight me.',
  'Finally got my home lab running on 20W. Notes coming soon.',
  'If your README starts with the architecture diagram, I already love you.',
  'Tiny win: deleted 2,000 lines of dead code and nothing broke (yet).',
];
const STREAM_BASE = 1850000000000000000n;
function streamTweet(seed, n) {
  const authors = seed.users?.length ? seed.users : [seed.me];
  const author = authors[(n * 7 + 3) % authors.length];
  return {
    id: (STREAM_BASE - BigInt(n) * 7919n).toString(),
    author: author.handle,
    text: STREAM_TEXTS[n % STREAM_TEXTS.length].replace('{n}', String(n + 1)),
    createdAt: new Date(Date.parse('2026-11-20T12:00:00.000Z') - n * 5 * 60000).toISOString(),
    replies: (n * 3) % 17,
    reposts: (n * 5) % 41,
    likes: (n * 13) % 257,
  };
}
const STREAM_PAGE = 20;

const homeIds = (seed) =>
  seed.homeTimeline ??
  (seed.tweets ?? [])
    .filter((t) => !t.replyTo)
    .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1))
    .map((t) => t.id);

/** The response X would send for `op`, or undefined for an operation the replica does not know. */
export function graphqlResponse(seed, op, variables = {}) {
  const tweetById = (id) => (seed.tweets ?? []).find((t) => t.id === id);
  switch (op) {
    case 'HomeTimeline': {
      const total = seed.stream?.total ?? 0;
      const seeded = homeIds(seed).filter(tweetById).length;
      const page = /^stream-(\d+)$/.exec(variables.cursor ?? '');
      if (page) {
        const start = Number(page[1]);
        const n = Math.max(0, Math.min(STREAM_PAGE, total - seeded - start));
        const more = start + n < total - seeded;
        const entries = Array.from(
          { length: n },
          (_, i) => (s) => tweetEntry(seed, streamTweet(seed, start + i), s),
        );
        return {
          data: {
            home: {
              home_timeline_urt: timeline(entries, {
                bottom: more ? `stream-${start + n}` : undefined,
                from: 1000 + start,
              }),
            },
          },
        };
      }
      const entries = homeIds(seed)
        .map(tweetById)
        .filter(Boolean)
        .map((t) => (s) => tweetEntry(seed, t, s));
      // One post that was deleted since: X keeps its place with a tombstone.
      entries.push((s) => ({
        entryId: 'tweet-1',
        sortIndex: s,
        content: {
          entryType: 'TimelineTimelineItem',
          itemContent: {
            itemType: 'TimelineTweet',
            tweet_results: {
              result: {
                __typename: 'TweetTombstone',
                tombstone: { text: { text: 'This Post was deleted.' } },
              },
            },
          },
        },
      }));
      return {
        data: {
          home: { home_timeline_urt: timeline(entries, { bottom: total > seeded ? 'stream-0' : undefined }) },
        },
      };
    }
    case 'TweetDetail': {
      const focal = tweetById(variables.focalTweetId);
      if (!focal) return { data: {} };
      const chain = [];
      for (let t = focal; t && chain.length < 50; t = t.replyTo ? tweetById(t.replyTo) : undefined)
        chain.unshift(t);
      const replies = (seed.tweets ?? []).filter((t) => t.replyTo === focal.id);
      return {
        data: {
          threaded_conversation_with_injections_v2: timeline(
            [...chain, ...replies].map((t) => (s) => tweetEntry(seed, t, s)),
          ),
        },
      };
    }
    case 'UserByScreenName': {
      const u = byHandle(seed, variables.screen_name);
      return { data: u ? { user: { result: userObject(seed, u) } } : {} };
    }
    case 'UserTweets': {
      const u = (seed.users ?? []).concat(seed.me).find((x) => x?.id === variables.userId);
      const own = (seed.tweets ?? [])
        .filter((t) => u && t.author.toLowerCase() === u.handle.toLowerCase())
        .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
      return {
        data: {
          user: {
            result: {
              __typename: 'User',
              timeline: { timeline: timeline(own.map((t) => (s) => tweetEntry(seed, t, s))) },
            },
          },
        },
      };
    }
    case 'Followers':
    case 'Following': {
      const user = [seed.me, ...(seed.users ?? [])].find((u) => u?.id === variables.userId);
      const list = !user ? [] : op === 'Followers' ? followersOf(seed, user) : followingOf(seed, user);
      // Pages as on X: `seed.replica.listPage` people each (default 100), every page with a bottom
      // cursor; asked past the last person, a page with only its cursors is the list's real end.
      const size = seed.replica?.listPage ?? 100;
      const from = Number(/^list-(\d+)$/.exec(variables.cursor ?? '')?.[1] ?? 0);
      const page = list.slice(from, from + size);
      const body = timeline(
        page.map((u) => (s) => userEntry(seed, u, s)),
        { bottom: `list-${from + page.length}`, from },
      );
      return {
        data: {
          user: {
            result: {
              __typename: 'User',
              timeline: { timeline: body },
            },
          },
        },
      };
    }
    case 'NotificationsTimeline': {
      const entries = (seed.notifications ?? []).map((n) => (s) => {
        const t = n.tweetId ? tweetById(n.tweetId) : undefined;
        if ((n.kind === 'reply' || n.kind === 'mention') && t)
          return { ...tweetEntry(seed, t, s), entryId: `notification-${n.id}` };
        return {
          entryId: `notification-${n.id}`,
          sortIndex: s,
          content: {
            entryType: 'TimelineTimelineItem',
            itemContent: {
              itemType: 'TimelineNotification',
              __typename: 'TimelineNotification',
              id: n.id,
              notification_icon:
                n.kind === 'follow' ? 'person_icon' : n.kind === 'like' ? 'heart_icon' : 'retweet_icon',
              template: {
                __typename: 'TimelineNotificationAggregateUserActions',
                from_users: n.from
                  .map((h) => byHandle(seed, h))
                  .filter(Boolean)
                  .map((u) => ({
                    __typename: 'TimelineNotificationUserRef',
                    user_results: { result: userObject(seed, u) },
                  })),
                target_objects: t
                  ? [
                      {
                        __typename: 'TimelineNotificationTweetRef',
                        tweet_results: { result: tweetObject(seed, t) },
                      },
                    ]
                  : [],
              },
            },
          },
        };
      });
      return {
        data: {
          viewer_v2: { user_results: { result: { notification_timeline: { timeline: timeline(entries) } } } },
        },
      };
    }
    default:
      return undefined;
  }
}
