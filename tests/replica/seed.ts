// Seed format of the x.com replica (tests/replica). The server builds X-shaped GraphQL responses
// from it (graphql.mjs), which the SPA renders from; it also inlines it as
// <script type="application/json" id="replica-seed"> for the page's initial state (me, settings).

export interface User {
  id: string; // numeric string, like X rest_id
  handle: string; // screen_name without @
  name: string;
  bio?: string;
  url?: string;
  location?: string;
  /** they follow the logged-in account */
  followsMe?: boolean;
  /** the logged-in account follows them */
  iFollow?: boolean;
  verified?: boolean;
  /** ISO date */
  joined?: string;
}

export interface Tweet {
  id: string;
  /** author handle */
  author: string;
  text: string;
  /** ISO */
  createdAt: string;
  /** parent tweet id */
  replyTo?: string;
  /** quoted tweet id */
  quoteOf?: string;
  likedByMe?: boolean;
  retweetedByMe?: boolean;
  replies?: number;
  reposts?: number;
  likes?: number;
}

export type NotificationKind = 'follow' | 'like' | 'repost' | 'mention' | 'reply';

export interface Notification {
  id: string;
  kind: NotificationKind;
  /** handles */
  from: string[];
  tweetId?: string;
}

export interface ChatMessage {
  /** handle (me.handle for my own messages) */
  from: string;
  text: string;
  /** ISO */
  at: string;
}

export interface Chat {
  /** partner handle */
  with: string;
  messages: ChatMessage[];
}

export interface Seed {
  me: User;
  users: User[];
  tweets: Tweet[];
  /** tweet ids in order; default = all non-reply tweets, newest first */
  homeTimeline?: string[];
  notifications: Notification[];
  chats: Chat[];
  /** the home timeline keeps appending synthetic tweets while scrolling until `total` tweets */
  stream?: { total: number };
  theme?: 'light' | 'dim' | 'dark';
  /**
   * Simulated X redesigns: GraphQL operations renamed (the lens goes dark); every DOM `data-testid`
   * renamed (`tweet` → `tweet-v2`: the DOM readers go dark, the lens carries on).
   */
  replica?: {
    renameEndpoints?: boolean;
    renameTestIds?: boolean;
    /** Pages served as given, by path (static HTML instead of the app), with `me`'s twid cookie. */
    pages?: Record<string, string>;
    /** The `twid` cookie set HttpOnly: scripts cannot read the signed-in id from it. */
    httpOnlyTwid?: boolean;
    /** People per page of your own followers/following (default 100), loaded as you scroll. */
    listPage?: number;
  };
}
