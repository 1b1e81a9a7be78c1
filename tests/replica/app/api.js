// The replica's own API calls, like X's page: each route loads its GraphQL operations, some over
// fetch and some over XMLHttpRequest (X has used both), with the operation name in the path tail.
// The app records a hash of every body it received (window.__replicaReceived), so tests can prove
// the page got byte-for-byte what the server sent, with or without the extension.
import { me, seed, userByHandle } from './store.js';

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

async function viaFetch(op, variables) {
  const response = await fetch(url(op, variables), { credentials: 'include' });
  const text = await response.text();
  await note(op, text);
  return JSON.parse(text);
}

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

/** Loads what X would load for a route; failures are logged, the page renders from its store. */
export function loadRoute(route) {
  const calls = [];
  if (route.name === 'home')
    calls.push(viaFetch('HomeTimeline', { count: 20, includePromotedContent: true }));
  if (route.name === 'status') calls.push(viaFetch('TweetDetail', { focalTweetId: route.id }));
  if (route.name === 'profile') {
    const user = userByHandle(route.handle);
    calls.push(viaFetch('UserByScreenName', { screen_name: route.handle }));
    if (user) calls.push(viaFetch('UserTweets', { userId: user.id, count: 20 }));
  }
  if (route.name === 'follows') {
    const user = userByHandle(route.handle);
    // Your own lists load page by page as you scroll (list-pages.js).
    if (user && (user.id !== me.id || route.kind === 'verified_followers'))
      calls.push(viaXhr(route.kind === 'following' ? 'Following' : 'Followers', { userId: user.id }));
  }
  if (route.name === 'notifications') calls.push(viaXhr('NotificationsTimeline', { timeline_type: 'All' }));
  return Promise.all(calls).catch((error) => console.warn('replica api', error));
}

/** One page of a follow list: how many people it added and the cursor of the next page. */
export async function loadListPage(kind, userId, cursor) {
  const op = kind === 'following' ? 'Following' : 'Followers';
  const body = await viaXhr(op, { userId, count: 20, ...(cursor && { cursor }) });
  const entries = (body?.data?.user?.result?.timeline?.timeline?.instructions ?? []).flatMap(
    (i) => i.entries ?? [],
  );
  return {
    users: entries.filter((e) => String(e.entryId).startsWith('user-')).length,
    bottom: entries.find((e) => e.content?.cursorType === 'Bottom')?.content?.value,
  };
}
