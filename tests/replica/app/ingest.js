// Reads X-shaped GraphQL responses into the replica's store, the way X's page fills its own cache
// from them: timelines (`instructions` → `TimelineAddEntries` entries in `sortIndex` order), tweets
// (`Tweet`, `TweetWithVisibilityResults`, tombstones skipped), users in both shapes (`core` /
// `profile_bio` / `relationship_perspectives`, and the older `legacy`). The pages render what came in.
import { state, tweets, usersByHandle, usersById } from './store.js';

/** A User result → the replica's user ({ id, handle, name, bio, ... }), kept in the store. */
export function ingestUser(result) {
  if (result?.__typename !== 'User' || !result.rest_id) return undefined;
  const legacy = result.legacy ?? {};
  const handle = result.core?.screen_name ?? legacy.screen_name;
  if (!handle) return undefined;
  const joined = Date.parse(result.core?.created_at ?? legacy.created_at ?? '');
  const user = {
    id: result.rest_id,
    handle,
    name: result.core?.name ?? legacy.name ?? handle,
    bio: result.profile_bio?.description ?? legacy.description ?? '',
    location: result.location?.location ?? legacy.location ?? '',
    url: legacy.entities?.url?.urls?.[0]?.expanded_url,
    verified: Boolean(result.verification?.verified ?? legacy.verified),
    joined: Number.isFinite(joined) ? new Date(joined).toISOString() : undefined,
  };
  const known = usersById.get(user.id);
  // The logged-in account comes from the page's initial state; keep that object.
  if (known && known.id === state.meId) return known;
  const merged = known ? Object.assign(known, user) : user;
  usersById.set(merged.id, merged);
  usersByHandle.set(merged.handle.toLowerCase(), merged);
  return merged;
}

/** A tweet result → the replica's tweet, kept in the store; undefined for a tombstone. */
export function ingestTweet(result) {
  const tweet = result?.__typename === 'TweetWithVisibilityResults' ? result.tweet : result;
  if (tweet?.__typename !== 'Tweet' || !tweet.rest_id) return undefined;
  const author = ingestUser(tweet.core?.user_results?.result);
  const quoted = tweet.quoted_status_result?.result;
  if (quoted) ingestTweet(quoted);
  const known = tweets.get(tweet.rest_id);
  // What the page changed since (a like, a reply count) wins over a later copy of the same post.
  if (known) return known;
  const legacy = tweet.legacy ?? {};
  const at = Date.parse(legacy.created_at ?? '');
  const t = {
    id: tweet.rest_id,
    author: author?.handle ?? legacy.user_id_str ?? '',
    text: legacy.full_text ?? '',
    createdAt: Number.isFinite(at) ? new Date(at).toISOString() : new Date(0).toISOString(),
    replies: legacy.reply_count ?? 0,
    reposts: legacy.retweet_count ?? 0,
    likes: legacy.favorite_count ?? 0,
    ...(legacy.in_reply_to_status_id_str && {
      replyTo: legacy.in_reply_to_status_id_str,
      replyToHandle: legacy.in_reply_to_screen_name,
    }),
    ...(legacy.quoted_status_id_str && { quoteOf: legacy.quoted_status_id_str }),
  };
  tweets.set(t.id, t);
  if (legacy.favorited) state.liked.add(t.id);
  if (legacy.retweeted) state.retweeted.add(t.id);
  return t;
}

/** The entries of a timeline, in X's order (sortIndex, highest first), from its instructions. */
export function timelineEntries(timeline) {
  const entries = [];
  for (const instruction of timeline?.instructions ?? [])
    if (instruction.type === 'TimelineAddEntries') entries.push(...(instruction.entries ?? []));
  return entries.sort((a, b) => {
    const x = BigInt(a.sortIndex ?? 0);
    const y = BigInt(b.sortIndex ?? 0);
    return x > y ? -1 : x < y ? 1 : 0;
  });
}

/** The value of a timeline's bottom cursor (what asks for the page after it), if it has one. */
export function bottomCursor(entries) {
  return entries.find((e) => e.content?.cursorType === 'Bottom')?.content?.value;
}

/** Tweet ids of a timeline's tweet entries, ingesting each. */
export function tweetIds(entries) {
  const ids = [];
  for (const e of entries) {
    const t = ingestTweet(e.content?.itemContent?.tweet_results?.result);
    if (t) ids.push(t.id);
  }
  return ids;
}

/** Users of a timeline's user entries, ingesting each. */
export function timelineUsers(entries) {
  const users = [];
  for (const e of entries) {
    const u = ingestUser(e.content?.itemContent?.user_results?.result);
    if (u) users.push(u);
  }
  return users;
}

const KIND_OF_ICON = { person_icon: 'follow', heart_icon: 'like', retweet_icon: 'repost' };

/** Notifications ({ id, kind, from: handles, tweetId }) of a notifications timeline. */
export function notifications(entries) {
  const list = [];
  for (const e of entries) {
    const id = String(e.entryId ?? '').replace(/^notification-/, '');
    const item = e.content?.itemContent;
    if (item?.itemType === 'TimelineTweet') {
      const t = ingestTweet(item.tweet_results?.result);
      if (t) list.push({ id, kind: t.replyTo ? 'reply' : 'mention', from: [t.author], tweetId: t.id });
    } else if (item?.itemType === 'TimelineNotification') {
      const from = (item.template?.from_users ?? [])
        .map((ref) => ingestUser(ref.user_results?.result))
        .filter(Boolean)
        .map((u) => u.handle);
      const target = ingestTweet(item.template?.target_objects?.[0]?.tweet_results?.result);
      list.push({
        id,
        kind: KIND_OF_ICON[item.notification_icon] ?? 'follow',
        from,
        ...(target && { tweetId: target.id }),
      });
    }
  }
  return list;
}
