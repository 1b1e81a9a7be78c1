/**
 * Every CSS selector Dinner Table uses on X, in one place (the refined-github habit). How many
 * matches each has on the pages we have seen is in `selectors-seen.ts`, beside this table rather than
 * in it: the content script that every x.com page loads carries only what it looks for.
 */
export interface SelectorSpec {
  css: string;
  /** For anchors looked up every frame: the class a live `getElementsByClassName` collection watches. */
  className?: string;
  /** Likewise, the tag a live `getElementsByTagName` collection watches. */
  tagName?: string;
  /** For test ids that carry a value (`UserAvatar-Container-<handle>`): the part before it. */
  testIdPrefix?: string;
}

export const X = {
  // App shell
  /** The main column. */
  primaryColumn: {
    css: '[data-testid="primaryColumn"]',
  },
  /** The profile link in the side bar. */
  profileLink: {
    css: 'a[data-testid="AppTabBar_Profile_Link"]',
  },
  /** The account switcher. */
  accountSwitcher: {
    css: '[data-testid="SideNav_AccountSwitcher_Button"]',
  },
  /** The account switcher's avatar. Inside the switcher: `UserAvatar-Container-<handle>` names the logged-in account. */
  switcherAvatar: {
    css: '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]',
    testIdPrefix: 'UserAvatar-Container-',
  },
  /** A dialog. */
  dialog: { css: '#layers [role="dialog"]' },

  // Timeline
  /** Timeline cells. */
  cell: {
    css: '[data-testid="cellInnerDiv"]',
  },
  /** Posts. */
  tweet: {
    css: 'article[data-testid="tweet"]',
  },
  /** A post's author. */
  userName: {
    css: '[data-testid="User-Name"]',
  },
  /** A post's text. */
  tweetText: {
    css: '[data-testid="tweetText"]',
  },
  /** The reply button. */
  replyButton: {
    css: '[data-testid="reply"]',
  },
  /** The like button. */
  likeButton: {
    css: '[data-testid="like"]',
  },
  /** The button of a liked post. What the like button becomes once X has recorded the like. */
  unlikeButton: {
    css: '[data-testid="unlike"]',
  },
  /** The repost button. */
  retweetButton: {
    css: '[data-testid="retweet"]',
  },
  /** The button of a reposted post. What the repost button becomes once X has recorded the repost. */
  unretweetButton: {
    css: '[data-testid="unretweet"]',
  },
  /** The repost confirmation. */
  retweetConfirm: {
    css: '[data-testid="retweetConfirm"], [data-testid="repostConfirm"]',
  },
  /** The "Your post was sent" note. The note X shows for a moment after a post is sent, with a link to it. */
  toast: {
    css: '[data-testid="toast"]',
  },
  /** An alert in the layers. X also draws the "Your post was sent" note as a bare alert without the toast test id; read only for a link to one's own post. */
  layerAlert: {
    css: '#layers [role="alert"]',
  },

  // Composers (Draft.js). Scope to a dialog where one is open: the home composer stays underneath.
  /** The compose box. */
  composer: {
    css: '[data-testid^="tweetTextarea_"][role="textbox"]',
  },
  /** The Post button. */
  postButton: {
    css: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
  },
  /** The compose box editor. Draft.js's editable root, the element that carries tweetTextarea_N: found by class for speed. */
  composerEditor: {
    css: '.public-DraftEditor-content',
    className: 'public-DraftEditor-content',
  },
  /** The compose box frame. The block around a compose box's text area, above X's tool bar: where the nudge goes. */
  composerLabel: {
    css: '[data-testid^="tweetTextarea_"][data-testid$="_label"]',
  },
  /** The paragraphs of a compose box. Draft.js: one per paragraph of a compose box, and the leaf that holds its text. */
  draftBlock: {
    css: '[data-block="true"]',
  },
  /** The text of a compose box paragraph. */
  draftLeaf: {
    css: '[data-text="true"]',
  },

  // Profile
  /** The profile's name. */
  profileUserName: {
    css: '[data-testid="UserName"]',
  },
  /** The profile's bio. */
  profileDescription: {
    css: '[data-testid="UserDescription"]',
  },
  /** The profile's details line. The line under the bio (place, website, joined): the profile card goes after it. */
  profileHeaderItems: {
    css: '[data-testid="UserProfileHeader_Items"]',
  },
  /** The profile's follow button. The profile's follow button sits in it (X reuses the test id elsewhere, so read it on profiles only). */
  profileFollowArea: {
    css: '[data-testid="placementTracking"]',
  },
  /** The profile's website. */
  profileUrl: {
    css: '[data-testid="UserUrl"]',
  },
  /** The profile's structured data. */
  profileSchema: {
    css: 'script[data-testid="UserProfileSchema-test"]',
  },
  /** Follow buttons. */
  followButton: {
    // `<id>-cancel` is a follow request still pending (a protected account); `<id>-unblock`, blocked.
    css: '[data-testid$="-follow"], [data-testid$="-unfollow"], [data-testid$="-cancel"], [data-testid$="-unblock"]',
  },
  /** The "Follows you" mark. */
  followsYou: {
    css: '[data-testid="userFollowIndicator"]',
  },

  // Lists, notifications, chat
  /** People in a list. */
  userCell: {
    css: '[data-testid="UserCell"]',
  },
  /** Notifications. */
  notification: {
    css: 'article[data-testid="notification"]',
  },
  /** The chat box. */
  chatTextarea: {
    css: 'textarea[data-testid="dm-composer-textarea"]',
    tagName: 'textarea',
  },
  /** The chat box and its buttons. */
  chatContainer: {
    css: '[data-testid="dm-composer-container"]',
  },
  /** The chat form. */
  chatForm: {
    css: '[data-testid="dm-composer-form"]',
  },
  /** The chat send button. */
  chatSend: {
    css: '[data-testid="dm-composer-send-button"]',
  },
  /** Conversation rows of the chat inbox (page or drawer): `dm-conversation-item-<id>:<id>`. */
  chatConversationItem: {
    css: '[data-testid^="dm-conversation-item-"]',
    testIdPrefix: 'dm-conversation-item-',
  },
  /** The open conversation's header, with a link to the partner's profile. */
  chatConversationHeader: {
    css: '[data-testid="dm-conversation-header"]',
  },
  /** Chat message boxes. `message-text-<uuid>`, inside the message's box `message-<uuid>`. */
  chatMessage: {
    css: '[data-testid^="message-"]:not([data-testid^="message-text-"])',
  },
  /** Chat messages. */
  chatMessageText: {
    css: '[data-testid^="message-text-"]',
    testIdPrefix: 'message-text-',
  },
} satisfies Record<string, SelectorSpec>;

export type SelectorName = keyof typeof X;

/** Matches the numeric user id in a follow button's test id: `<id>-follow`, `<id>-unfollow`. */
export const FOLLOW_TESTID = /^(\d+)-(follow|unfollow|cancel|unblock)$/;

export function $<E extends Element = HTMLElement>(
  name: SelectorName,
  root: ParentNode = document,
): E | null {
  return root.querySelector<E>(X[name].css);
}

export function $$<E extends Element = HTMLElement>(name: SelectorName, root: ParentNode = document): E[] {
  return [...root.querySelectorAll<E>(X[name].css)];
}
