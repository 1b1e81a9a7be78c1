import { HANDLE_SOURCE } from '@/lib/text/handle';
import { X_HOSTS } from './hosts';

/**
 * Which X page a URL is. Pure functions over `URL`s; the tables in tests/unit/x-routes.test.ts
 * pin every route to examples of real X URLs.
 */
export type RouteName =
  | 'home'
  | 'compose'
  | 'status'
  | 'profile'
  | 'followers'
  | 'following'
  | 'notifications'
  | 'chat'
  | 'other';

/** Paths that look like `/<handle>` but are X's own pages. */
const RESERVED = new Set([
  'home',
  'explore',
  'notifications',
  'messages',
  'i',
  'settings',
  'compose',
  'search',
  'login',
  'logout',
  'signup',
  'tos',
  'privacy',
  'about',
  'jobs',
  'download',
  'account',
  'intent',
  'share',
  'hashtag',
]);

const HANDLE = `(${HANDLE_SOURCE})`;
const PROFILE_TABS = '(?:/(?:with_replies|media|likes|highlights|articles|affiliates|superfollows))?';
const PATTERNS: [RouteName, RegExp][] = [
  ['home', /^\/home\/?$/],
  ['compose', /^\/compose\/(?:post|tweet)\/?$/],
  ['notifications', /^\/notifications(?:\/(?:mentions|verified))?\/?$/],
  ['chat', /^\/i\/chat(?:\/[0-9]+-[0-9]+|\/[0-9:]+)?\/?$/],
  [
    'status',
    new RegExp(
      `^/${HANDLE}/status/([0-9]+)(?:/(?:photo|video|analytics|quotes|retweets|likes)(?:/\\d+)?)?/?$`,
    ),
  ],
  ['followers', new RegExp(`^/${HANDLE}/(?:followers|verified_followers|followers_you_follow)/?$`)],
  ['following', new RegExp(`^/${HANDLE}/following/?$`)],
  ['profile', new RegExp(`^/${HANDLE}${PROFILE_TABS}/?$`)],
];

export interface Route {
  name: RouteName;
  /** The handle in the path for profile, status and list routes. */
  handle?: string;
  /** The tweet id on status routes. */
  tweetId?: string;
  /** Both user ids of a chat conversation (`/i/chat/<a>-<b>`). */
  chatIds?: [string, string];
}

export function routeOf(input: string | URL): Route {
  const url = typeof input === 'string' ? new URL(input) : input;
  if (!X_HOSTS.has(url.hostname)) return { name: 'other' };
  const path = url.pathname;
  for (const [name, re] of PATTERNS) {
    const m = re.exec(path);
    if (!m) continue;
    if (name === 'chat') {
      const chatIds = chatIdsOf(path.replace(/^\/i\/chat\/?/, '').replace(/\/$/, ''));
      return chatIds ? { name, chatIds } : { name };
    }
    const handle = m[1];
    if (handle && RESERVED.has(handle.toLowerCase())) return { name: 'other' };
    return { name, ...(handle && { handle }), ...(m[2] && { tweetId: m[2] }) };
  }
  return { name: 'other' };
}

/**
 * The two user ids of a one-to-one chat's id, `<a>-<b>` (the URL) or `<a>:<b>` (a conversation row's
 * test id); undefined for anything else (a group chat).
 */
export function chatIdsOf(conversation: string): [string, string] | undefined {
  const ids = /^([0-9]+)[-:]([0-9]+)$/.exec(conversation);
  return ids?.[1] && ids[2] ? [ids[1], ids[2]] : undefined;
}

/** The partner of a chat: the id in the URL that is not yours. */
export function chatPartner(route: Route, myId: string): string | undefined {
  return route.chatIds ? otherOf(route.chatIds, myId) : undefined;
}

/** Of a chat's two ids, the one that is not yours; undefined when neither is (not your chat). */
export function otherOf([a, b]: [string, string], myId: string): string | undefined {
  if (a === myId) return b;
  if (b === myId) return a;
  return undefined;
}
