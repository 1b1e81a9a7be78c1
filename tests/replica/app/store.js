// Global client-side state of the replica: the page's initial state (the inlined seed) and what the
// GraphQL responses brought in.
import { useSyncExternalStore } from 'react';

function readSeed() {
  const el = document.getElementById('replica-seed');
  if (!el)
    return { me: { id: '1', handle: 'me', name: 'Me' }, users: [], tweets: [], notifications: [], chats: [] };
  return JSON.parse(el.textContent || '{}');
}

export const seed = readSeed();
export const me = seed.me;

const listeners = new Set();
let version = 0;
export function emit() {
  version += 1;
  for (const l of listeners) l();
}
function subscribe(l) {
  listeners.add(l);
  return () => listeners.delete(l);
}
/** Re-render the calling component whenever the store changes. */
export function useStore() {
  return useSyncExternalStore(subscribe, () => version);
}

// People and posts the page knows: the logged-in account from the page's initial state, everything
// else as the GraphQL responses bring it in (./ingest.js); the pages render from these.
export const usersByHandle = new Map([[me.handle.toLowerCase(), me]]);
export const usersById = new Map([[me.id, me]]);
export function userByHandle(h) {
  return usersByHandle.get(String(h || '').toLowerCase());
}
export const tweets = new Map();

// The chat inbox and "Who to follow" come from endpoints the replica does not imitate: they read
// the seed's directory of people directly.
const directory = new Map((seed.users ?? []).map((u) => [u.handle.toLowerCase(), u]));
export function directoryUser(h) {
  return directory.get(String(h || '').toLowerCase()) ?? userByHandle(h);
}
export function directoryUserById(id) {
  return id === me.id ? me : (seed.users ?? []).find((u) => u.id === id);
}

export const state = {
  meId: me.id,
  liked: new Set(),
  retweeted: new Set(),
  bookmarked: new Set(),
  following: new Set((seed.users ?? []).filter((u) => u.iFollow).map((u) => u.id)),
  followers: new Set((seed.users ?? []).filter((u) => u.followsMe).map((u) => u.id)),
  /** tweet ids of the home timeline, in order (from HomeTimeline) */
  home: [],
  /** what each route's responses listed, by route key (see api.js); absent while loading */
  loaded: new Map(),
  /** the bottom cursor of a route's next page, by route key, while there is one */
  more: new Map(),
  /** route keys whose next page is on its way */
  loadingMore: new Set(),
  chats: (seed.chats ?? []).map((c) => ({ with: c.with, messages: c.messages.map((m) => ({ ...m })) })),
  toast: null,
};

const byNewest = (a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : BigInt(b.id) < BigInt(a.id) ? -1 : 0);

export function repliesOf(id) {
  return [...tweets.values()].filter((t) => t.replyTo === id).sort((a, b) => -byNewest(a, b));
}
export function tweetsBy(handle, withReplies) {
  const h = handle.toLowerCase();
  return [...tweets.values()]
    .filter((t) => t.author.toLowerCase() === h && (withReplies || !t.replyTo))
    .sort(byNewest)
    .map((t) => t.id);
}

// ---------- network (XHR like the legacy web app) ----------
function xhrJson(url, body) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('x-twitter-active-user', 'yes');
    xhr.setRequestHeader('x-twitter-auth-type', 'OAuth2Session');
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText || '{}'));
      } catch (e) {
        reject(e);
      }
    };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send(JSON.stringify(body));
  });
}

const gql = (op, variables) => xhrJson(`/i/api/graphql/replica/${op}`, { variables, queryId: 'replica' });

/** Posts a tweet; resolves with the new tweet (also added to the store and, for originals, the home timeline). */
export async function createTweet({ text, replyTo, quoteOf }) {
  const variables = {
    tweet_text: text,
    dark_request: false,
    media: { media_entities: [], possibly_sensitive: false },
    semantic_annotation_ids: [],
  };
  if (replyTo) variables.reply = { in_reply_to_tweet_id: replyTo, exclude_reply_user_ids: [] };
  if (quoteOf) {
    const q = tweets.get(quoteOf);
    variables.attachment_url = `https://x.com/${q ? q.author : 'i'}/status/${quoteOf}`;
  }
  let id;
  try {
    const res = await gql('CreateTweet', variables);
    id = res?.data?.create_tweet?.tweet_results?.result?.rest_id;
  } catch {}
  if (!id) id = (1990000000000000000n + BigInt(Date.now())).toString();
  const t = {
    id,
    author: me.handle,
    text,
    createdAt: new Date().toISOString(),
    replies: 0,
    reposts: 0,
    likes: 0,
  };
  if (replyTo) t.replyTo = replyTo;
  if (quoteOf) t.quoteOf = quoteOf;
  tweets.set(id, t);
  if (replyTo) {
    const parent = tweets.get(replyTo);
    if (parent) parent.replies += 1;
  } else {
    state.home.unshift(id);
  }
  emit();
  return t;
}

export function toggleLike(id) {
  const t = tweets.get(id);
  if (state.liked.has(id)) {
    state.liked.delete(id);
    if (t) t.likes = Math.max(0, t.likes - 1);
    gql('UnfavoriteTweet', { tweet_id: id }).catch(() => {});
  } else {
    state.liked.add(id);
    if (t) t.likes += 1;
    gql('FavoriteTweet', { tweet_id: id }).catch(() => {});
  }
  emit();
}

export function setRetweet(id, on) {
  const t = tweets.get(id);
  if (on && !state.retweeted.has(id)) {
    state.retweeted.add(id);
    if (t) t.reposts += 1;
    gql('CreateRetweet', { tweet_id: id, dark_request: false }).catch(() => {});
  } else if (!on && state.retweeted.has(id)) {
    state.retweeted.delete(id);
    if (t) t.reposts = Math.max(0, t.reposts - 1);
    gql('DeleteRetweet', { source_tweet_id: id, dark_request: false }).catch(() => {});
  }
  emit();
}

export function toggleBookmark(id) {
  if (state.bookmarked.has(id)) state.bookmarked.delete(id);
  else state.bookmarked.add(id);
  emit();
}

export function setFollow(userId, on) {
  if (on) state.following.add(userId);
  else state.following.delete(userId);
  xhrJson(`/i/api/1.1/friendships/${on ? 'create' : 'destroy'}.json`, { user_id: userId }).catch(() => {});
  emit();
}

export function conversationId(a, b) {
  const [x, y] = [String(a), String(b)].sort((p, q) =>
    BigInt(p) < BigInt(q) ? -1 : BigInt(p) > BigInt(q) ? 1 : 0,
  );
  return `${x}-${y}`;
}

export function sendDm(partnerHandle, text) {
  const chat = state.chats.find((c) => c.with.toLowerCase() === partnerHandle.toLowerCase());
  const partner = directoryUser(partnerHandle);
  const msg = { from: me.handle, text, at: new Date().toISOString() };
  if (chat) chat.messages.push(msg);
  else state.chats.unshift({ with: partnerHandle, messages: [msg] });
  xhrJson('/i/api/replica/dm', {
    conversationId: partner ? conversationId(me.id, partner.id) : null,
    to: partnerHandle,
    text,
  }).catch(() => {});
  emit();
}

export function showToast(text, href) {
  state.toast = { text, href, at: Date.now() };
  emit();
  setTimeout(() => {
    if (state.toast && Date.now() - state.toast.at >= 3900) {
      state.toast = null;
      emit();
    }
  }, 4000);
}
