// The replica's own API calls, like X's page: each route loads its GraphQL operations, some over
// fetch and some over XMLHttpRequest (X has used both), with the operation name in the path tail,
// and the page renders from what they return (./ingest.js). The app records a hash of every body it
// received (window.__replicaReceived), so tests can prove the page got byte-for-byte what the server
// sent, with or without the extension.
import {
  bottomCursor,
  ingestUser,
  notifications,
  timelineEntries,
  timelineUsers,
  tweetIds,
} from './ingest.js';
import { emit, me, seed, state, userByHandle } from './store.js';

const received = [];
window.__replicaReceived = received;

const opName = (op) => (seed.replica?.renameEndpoints ? `${op}V9` : op);
const url = (op, variables) =>
  `/i/api/graphql/replica${op.length}/${opName(op)}?variables=${encodeURIComponent(JSON.stringify(variables))}&features=%7B%7D`;

async function note(op, text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  received.push({
    op,
    sha256: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''),
  });
}

/** fetch + `response.json()`, as X's newer client reads its GraphQL (a copy of the text is hashed). */
async function viaFetch(op, variables) {
  const response = await fetch(url(op, variables), { credentials: 'include' });
  const copy = response.clone();
  const [body, text] = await Promise.all([response.json(), copy.text()]);
  await note(op, text);
  return body;
}

/** XMLHttpRequest with the text parsed by the page, as X's older client did. */
function viaXhr(op, variables) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url(op, variables));
    xhr.onload = () => {
      note(op, xhr.responseText).then(() => resolve(JSON.parse(xhr.responseText)), reject);
    };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send();
  });
}

/** The key under which a route's list is kept in state.loaded (absent while it loads). */
export function routeKey(route) {
  switch (route.name) {
    case 'home':
      return 'home';
    case 'status':
      return `status:${route.id}`;
    case 'profile':
      return `profile:${route.handle.toLowerCase()}`;
    case 'follows':
      return `follows:${route.handle.toLowerCase()}:${route.kind}`;
    case 'notifications':
      return 'notifications';
    default:
      return undefined;
  }
}

const profileUser = async (handle) =>
  ingestUser((await viaFetch('UserByScreenName', { screen_name: handle }))?.data?.user?.result);

/** Your own followers and following go on page by page as you scroll, as on X (./list-pages.js). */
const pagedList = (route) =>
  route.name === 'follows' &&
  route.kind !== 'verified_followers' &&
  route.handle.toLowerCase() === me.handle.toLowerCase();

/** One page of a follow list: the people it holds (kept in the store) and its bottom cursor. */
async function listPage(kind, userId, cursor) {
  const op = kind === 'following' ? 'Following' : 'Followers';
  const body = await viaXhr(op, { userId, count: 20, ...(cursor && { cursor }) });
  const entries = timelineEntries(body?.data?.user?.result?.timeline?.timeline);
  return { users: timelineUsers(entries), bottom: bottomCursor(entries) };
}

/** The home timeline's next page: only the synthetic stream (seed.stream) goes on past the seeded posts. */
const homeNext = (entries) => {
  const next = bottomCursor(entries);
  return next?.startsWith('stream-') ? next : undefined;
};

/** What a route's responses list ({ list, cursor: the next page's, if any }). */
async function load(route) {
  switch (route.name) {
    case 'home': {
      const body = await viaFetch('HomeTimeline', { count: 20, includePromotedContent: true });
      const entries = timelineEntries(body?.data?.home?.home_timeline_urt);
      return { list: tweetIds(entries), cursor: homeNext(entries) };
    }
    case 'status': {
      const body = await viaFetch('TweetDetail', { focalTweetId: route.id, with_rux_injections: false });
      return { list: tweetIds(timelineEntries(body?.data?.threaded_conversation_with_injections_v2)) };
    }
    case 'profile': {
      // X asks for the user by handle first, then for their posts by id.
      const user = await profileUser(route.handle);
      if (!user) return { list: [] };
      const body = await viaFetch('UserTweets', { userId: user.id, count: 20 });
      return { list: tweetIds(timelineEntries(body?.data?.user?.result?.timeline?.timeline)) };
    }
    case 'follows': {
      const user = userByHandle(route.handle) ?? (await profileUser(route.handle));
      if (!user) return { list: [] };
      const { users, bottom } = await listPage(route.kind, user.id);
      // A page with nobody is the list's real end (X sends one with only its cursors).
      return { list: users, cursor: pagedList(route) && users.length ? bottom : undefined };
    }
    case 'notifications': {
      const body = await viaXhr('NotificationsTimeline', { timeline_type: 'All', count: 40 });
      const data = body?.data?.viewer_v2?.user_results?.result?.notification_timeline?.timeline;
      return { list: notifications(timelineEntries(data)) };
    }
    default:
      return { list: [] };
  }
}

// The latest load of each route key: a response to an earlier visit (or a later page asked during
// it) that lands after the page was loaded again is dropped, not mixed into the new list.
const visits = new Map();

/** Loads what X would load for a route and renders from it; a failure leaves an empty list. */
export function loadRoute(route) {
  const key = routeKey(route);
  if (!key) return Promise.resolve();
  const visit = {};
  visits.set(key, visit);
  state.more.delete(key);
  state.loadingMore.delete(key);
  return load(route)
    .catch((error) => {
      console.warn('replica api', error);
      return { list: [] };
    })
    .then(({ list, cursor }) => {
      if (visits.get(key) !== visit) return;
      if (key === 'home') state.home = list;
      state.loaded.set(key, list);
      if (cursor) state.more.set(key, cursor);
      emit();
    });
}

/**
 * Leaving a follow list forgets it: the next visit starts from its first page (a spinner, then the
 * list, never the last visit's list for a moment), and a page still on its way is dropped.
 */
export function leaveRoute(route) {
  const key = routeKey(route);
  if (route.name !== 'follows' || !key) return;
  visits.delete(key);
  state.loaded.delete(key);
  state.more.delete(key);
  state.loadingMore.delete(key);
}

/**
 * A route's next page (the home timeline's HomeTimeline, your own follow lists' Followers/Following,
 * each with the last page's bottom cursor), one at a time; a page with nobody ends the list.
 */
export async function loadMore(route) {
  const key = routeKey(route);
  const visit = visits.get(key);
  const cursor = state.more.get(key);
  if (!cursor || state.loadingMore.has(key)) return;
  state.loadingMore.add(key);
  emit();
  let page = { list: [] };
  try {
    if (key === 'home') {
      const body = await viaFetch('HomeTimeline', { count: 20, cursor, includePromotedContent: true });
      const entries = timelineEntries(body?.data?.home?.home_timeline_urt);
      page = { list: tweetIds(entries), cursor: homeNext(entries) };
    } else {
      const user = userByHandle(route.handle);
      const { users, bottom } = user ? await listPage(route.kind, user.id, cursor) : { users: [] };
      page = { list: users, cursor: users.length ? bottom : undefined };
    }
  } catch (error) {
    console.warn('replica api', error);
  }
  if (visits.get(key) !== visit) return;
  state.loadingMore.delete(key);
  if (key === 'home') {
    // The home list is the one the composer adds your new posts to (state.home).
    const known = new Set(state.home);
    state.home.push(...page.list.filter((tweetId) => !known.has(tweetId)));
  } else {
    const list = state.loaded.get(key) ?? [];
    const known = new Set(list.map((u) => u.id));
    state.loaded.set(key, [...list, ...page.list.filter((u) => !known.has(u.id))]);
  }
  if (page.cursor) state.more.set(key, page.cursor);
  else state.more.delete(key);
  emit();
}
