import { HANDLE_RE } from '@/lib/text/handle';
/**
 * Turns one response body X's page received into compact facts. Runs in the page's world, so it
 * stays small and dependency-free; the content script validates whatever comes out of here again
 * (the page can forge these facts, so they are observations, never commands).
 */

export interface UserFact {
  id: string;
  handle: string;
  name?: string;
  bio?: string;
  avatar?: string;
  followsMe?: boolean;
  iFollow?: boolean;
}

export interface PostFact {
  id: string;
  author: string;
  at?: number;
  replyTo?: string;
  replyToUser?: string;
  conversation?: string;
  quoted?: string;
  quotedAuthor?: string;
  mentions?: string[];
}

export interface Extracted {
  users: UserFact[];
  posts: PostFact[];
  /** False when the response of a known operation lacks the container we expect: X changed it. */
  known: boolean;
}

// biome-ignore lint/suspicious/noExplicitAny: X's JSON is untyped; every access below is guarded.
type Json = any;

/** Where each operation keeps its payload; a missing container means an unknown shape. */
function container(op: string, body: Json): Json {
  const d = body?.data;
  switch (op) {
    case 'HomeTimeline':
    case 'HomeLatestTimeline':
      return d?.home?.home_timeline_urt;
    case 'TweetDetail':
      return d?.threaded_conversation_with_injections_v2;
    case 'SearchTimeline':
      return d?.search_by_raw_query?.search_timeline;
    case 'NotificationsTimeline':
      return d?.viewer_v2?.user_results?.result?.notification_timeline ?? d?.viewer?.notification_timeline;
    case 'UserByScreenName':
    case 'UserByRestId':
      return d?.user?.result;
    default:
      if (op.startsWith('notifications/')) return body?.globalObjects;
      // Profile timelines and follower lists: data.user.result.timeline(_v2).timeline
      return d?.user?.result?.timeline ?? d?.user?.result?.timeline_v2;
  }
}

const ID = /^\d{1,20}$/;
const HANDLE = HANDLE_RE;
const str = (v: unknown, max: number) => (typeof v === 'string' && v ? v.slice(0, max) : undefined);
const bool = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
const id = (v: unknown) => (typeof v === 'string' && ID.test(v) ? v : undefined);

function clean<T extends object>(o: T): T {
  for (const k in o) if (o[k] === undefined) delete o[k];
  return o;
}

/** A User object in the 2025/2026 shape (core, profile_bio, relationship_perspectives) or the older legacy one. */
export function userFact(u: Json): UserFact | undefined {
  const uid = id(u?.rest_id) ?? id(u?.id_str);
  const legacy = u?.legacy ?? u;
  const handle = u?.core?.screen_name ?? legacy?.screen_name;
  if (!uid || typeof handle !== 'string' || !HANDLE.test(handle)) return undefined;
  const rel = u?.relationship_perspectives;
  return clean({
    id: uid,
    handle,
    name: str(u?.core?.name ?? legacy?.name, 200),
    bio: str(u?.profile_bio?.description ?? legacy?.description, 1000),
    avatar: str(u?.avatar?.image_url ?? legacy?.profile_image_url_https, 500),
    followsMe: bool(rel?.followed_by) ?? bool(legacy?.followed_by),
    iFollow: bool(rel?.following) ?? bool(legacy?.following),
  });
}

/** A Tweet object: `rest_id` + `legacy` (GraphQL) or a flat legacy tweet (REST globalObjects). */
export function postFact(t: Json): PostFact | undefined {
  const legacy = t?.legacy ?? t;
  const pid = id(t?.rest_id) ?? id(legacy?.id_str);
  const author = id(t?.core?.user_results?.result?.rest_id) ?? id(legacy?.user_id_str);
  if (!pid || !author) return undefined;
  const at = typeof legacy?.created_at === 'string' ? Date.parse(legacy.created_at) : Number.NaN;
  const mentions: string[] = [];
  const list = legacy?.entities?.user_mentions;
  if (Array.isArray(list)) for (const m of list.slice(0, 50)) if (id(m?.id_str)) mentions.push(m.id_str);
  const quotedResult = t?.quoted_status_result?.result;
  const quotedTweet = quotedResult?.tweet ?? quotedResult;
  return clean({
    id: pid,
    author,
    at: Number.isFinite(at) ? at : undefined,
    replyTo: id(legacy?.in_reply_to_status_id_str),
    replyToUser: id(legacy?.in_reply_to_user_id_str),
    conversation: id(legacy?.conversation_id_str),
    quoted: id(legacy?.quoted_status_id_str) ?? id(quotedTweet?.rest_id),
    quotedAuthor: id(quotedTweet?.core?.user_results?.result?.rest_id),
    mentions: mentions.length ? mentions : undefined,
  });
}

/** Walks at most this many nodes per response, so a hostile or huge body cannot stall the page. */
const MAX_NODES = 400_000;

export function extract(op: string, body: Json): Extracted {
  const root = container(op, body);
  const users = new Map<string, UserFact>();
  const posts = new Map<string, PostFact>();
  if (!root || typeof root !== 'object') return { users: [], posts: [], known: false };

  if (op.startsWith('notifications/')) {
    // REST v2: flat maps keyed by id, no __typename.
    for (const u of Object.values(root.users ?? {})) {
      const f = userFact(u);
      if (f) users.set(f.id, f);
    }
    for (const t of Object.values(root.tweets ?? {})) {
      const f = postFact(t);
      if (f) posts.set(f.id, f);
    }
    return { users: [...users.values()], posts: [...posts.values()], known: true };
  }

  const stack: Json[] = [root];
  let seen = 0;
  while (stack.length && seen++ < MAX_NODES) {
    const node = stack.pop();
    // Children are pushed last first, so people and posts come out in the response's own order
    // (a followers list is newest first, and the follow order is read from it).
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        const child = node[i];
        if (child && typeof child === 'object') stack.push(child);
      }
      continue;
    }
    const type = node.__typename;
    if (type === 'User') {
      const f = userFact(node);
      if (f) users.set(f.id, { ...users.get(f.id), ...f });
      // Nothing the record needs lies inside a user (the bulk is counts, entities and labels).
      continue;
    }
    if (type === 'Tweet') {
      const f = postFact(node);
      if (f) posts.set(f.id, f);
      // Only the parts that hold other people and posts: the author, the quoted post and the
      // reposted one. Text entities, media, cards, views and edit history are never walked.
      for (const child of [
        node.core,
        node.quoted_status_result,
        node.legacy?.retweeted_status_result,
        node.retweeted_status_result,
      ])
        if (child && typeof child === 'object') stack.push(child);
      continue;
    }
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) {
      const child = node[keys[i] as string];
      if (child && typeof child === 'object') stack.push(child);
    }
  }
  return { users: [...users.values()], posts: [...posts.values()], known: true };
}
