/**
 * Every CSS selector Dinner Table uses on X, in one place (the refined-github habit).
 *
 * Each entry says what it finds and how many matches to expect on pages we have seen:
 * - `fixtures`: real pages saved by other projects (../shared/fixtures/x-dom), path -> count;
 * - `replica`: our replica of X (tests/replica), route -> count.
 * `tests/unit/x-selectors.test.ts` and the e2e selector check assert those counts, so when X
 * changes, one table tells which anchors moved.
 *
 * Counts are exact numbers, or `'>=N'` where a page's length varies (timelines).
 */
export type ExpectedCount = number | `>=${number}`;

export interface SelectorSpec {
  css: string;
  /** For anchors looked up every frame: the class a live `getElementsByClassName` collection watches. */
  className?: string;
  /** Likewise, the tag a live `getElementsByTagName` collection watches. */
  tagName?: string;
  /** What a person would call it. Used by the health check's messages. */
  label: string;
  /** For test ids that carry a value (`UserAvatar-Container-<handle>`): the part before it. */
  testIdPrefix?: string;
  fixtures?: Record<string, ExpectedCount>;
  replica?: Record<string, ExpectedCount>;
}

const ELTON = 'EltonChou_TwitterMediaHarvest/src/contentScript/testCases/tweet';
const YOINK = 'mlamp_tweetyoink/tests/fixtures';
const CPFT = 'insin_control-panel-for-twitter/examples';
const CPFT_HOME_TOP = `${CPFT}/Home_Twitter_complete.html.EXCERPT_chars_096000-144000.html`;
const CPFT_HOME_SIDE = `${CPFT}/Home_Twitter_complete.html.EXCERPT_chars_624000-656000.html`;
const CPFT_PROFILE = `${CPFT}/mario-zechner-twitter.html.EXCERPT_chars_112000-128000.html`;

export const X = {
  // App shell
  primaryColumn: {
    css: '[data-testid="primaryColumn"]',
    label: 'the main column',
    fixtures: { [CPFT_HOME_TOP]: 1 },
    replica: { '/home': 1, '/dana_builds': 1, '/notifications': 1 },
  },
  profileLink: {
    css: 'a[data-testid="AppTabBar_Profile_Link"]',
    label: 'the profile link in the side bar',
    fixtures: { [CPFT_HOME_TOP]: 1 },
    replica: { '/home': 1 },
  },
  accountSwitcher: {
    css: '[data-testid="SideNav_AccountSwitcher_Button"]',
    label: 'the account switcher',
    fixtures: { [CPFT_HOME_TOP]: 1 },
    replica: { '/home': 1 },
  },
  /** Inside the switcher: `UserAvatar-Container-<handle>` names the logged-in account. */
  switcherAvatar: {
    css: '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]',
    testIdPrefix: 'UserAvatar-Container-',
    label: "the account switcher's avatar",
    fixtures: { [CPFT_HOME_TOP]: 1 },
    replica: { '/home': 1 },
  },
  dialog: { css: '#layers [role="dialog"]', label: 'a dialog', replica: { '/home': 0, '/compose/post': 1 } },

  // Timeline
  cell: {
    css: '[data-testid="cellInnerDiv"]',
    label: 'timeline cells',
    fixtures: { [`${ELTON}/modal.html`]: 29, [`${YOINK}/x-tweet-quote.html`]: 1 },
    replica: { '/home': '>=5' },
  },
  tweet: {
    css: 'article[data-testid="tweet"]',
    label: 'posts',
    fixtures: {
      // 15 "tweet" test ids on this page, but one sits on a <div> (the post beside the photo viewer).
      [`${ELTON}/modal.html`]: 14,
      [`${ELTON}/status.html`]: 1,
      [`${ELTON}/timeline.html`]: 1,
      [`${YOINK}/x-tweet-sample.html`]: 1,
      [`${YOINK}/x-tweet-quote.html`]: 1,
      [CPFT_HOME_TOP]: 1,
      [CPFT_PROFILE]: 1,
    },
    replica: { '/home': '>=5' },
  },
  userName: {
    css: '[data-testid="User-Name"]',
    label: "a post's author",
    fixtures: {
      [`${ELTON}/modal.html`]: 14,
      [`${YOINK}/x-tweet-sample.html`]: 1,
      [`${YOINK}/x-tweet-quote.html`]: 2,
    },
    replica: { '/home': '>=5' },
  },
  tweetText: {
    css: '[data-testid="tweetText"]',
    label: "a post's text",
    fixtures: { [`${ELTON}/modal.html`]: 14, [`${YOINK}/x-tweet-quote.html`]: 2 },
    replica: { '/home': '>=5' },
  },
  replyButton: {
    css: '[data-testid="reply"]',
    label: 'the reply button',
    fixtures: { [`${ELTON}/modal.html`]: 15, [`${YOINK}/x-tweet-sample.html`]: 1 },
    replica: { '/home': '>=5' },
  },
  likeButton: {
    css: '[data-testid="like"]',
    label: 'the like button',
    fixtures: { [`${ELTON}/modal.html`]: 15, [`${YOINK}/x-tweet-sample.html`]: 1 },
    replica: { '/home': '>=5' },
  },
  /** What the like button becomes once X has recorded the like. */
  unlikeButton: {
    css: '[data-testid="unlike"]',
    label: 'the button of a liked post',
    replica: { '/home, a post liked': '>=1' },
  },
  retweetButton: {
    css: '[data-testid="retweet"]',
    label: 'the repost button',
    fixtures: { [`${ELTON}/modal.html`]: 15, [`${YOINK}/x-tweet-sample.html`]: 1 },
    replica: { '/home': '>=5' },
  },
  /** What the repost button becomes once X has recorded the repost. */
  unretweetButton: {
    css: '[data-testid="unretweet"]',
    label: 'the button of a reposted post',
    replica: { '/home, a post reposted': '>=1' },
  },
  retweetConfirm: {
    css: '[data-testid="retweetConfirm"], [data-testid="repostConfirm"]',
    label: 'the repost confirmation',
    replica: { '/home': 0, '/home, repost menu open': 1 },
  },
  /** The note X shows for a moment after a post is sent, with a link to it. */
  toast: {
    css: '[data-testid="toast"]',
    label: 'the "Your post was sent" note',
    replica: { '/home': 0, '/compose/post, just posted': 1 },
  },

  // Composers (Draft.js). Scope to a dialog where one is open: the home composer stays underneath.
  composer: {
    css: '[data-testid^="tweetTextarea_"][role="textbox"]',
    label: 'the compose box',
    fixtures: { [CPFT_HOME_TOP]: 1, [`${ELTON}/modal.html`]: 1 },
    replica: { '/home': 1, '/compose/post': 2 },
  },
  postButton: {
    css: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
    label: 'the Post button',
    fixtures: { [CPFT_HOME_TOP]: 1, [`${ELTON}/modal.html`]: 1 },
    replica: { '/home': 1, '/compose/post': 2 },
  },
  /** Draft.js's editable root, the element that carries tweetTextarea_N: found by class for speed. */
  composerEditor: {
    css: '.public-DraftEditor-content',
    className: 'public-DraftEditor-content',
    label: 'the compose box editor',
    fixtures: { [CPFT_HOME_TOP]: 1 },
    replica: { '/home': 1, '/compose/post': 2 },
  },
  /** The block around a compose box's text area, above X's tool bar: where the nudge goes. */
  composerLabel: {
    css: '[data-testid^="tweetTextarea_"][data-testid$="_label"]',
    label: 'the compose box frame',
    fixtures: { [CPFT_HOME_TOP]: 1, [`${ELTON}/modal.html`]: 1 },
    replica: { '/home': 1, '/compose/post': 2 },
  },
  /** Draft.js: one per paragraph of a compose box, and the leaf that holds its text. */
  draftBlock: {
    css: '[data-block="true"]',
    label: 'the paragraphs of a compose box',
    fixtures: { [CPFT_HOME_TOP]: 1, [`${ELTON}/modal.html`]: 1 },
    replica: { '/home': 1 },
  },
  draftLeaf: {
    css: '[data-text="true"]',
    label: 'the text of a compose box paragraph',
    fixtures: { [CPFT_HOME_TOP]: 1, [`${ELTON}/modal.html`]: 1 },
  },

  // Profile
  profileUserName: {
    css: '[data-testid="UserName"]',
    label: "the profile's name",
    replica: { '/dana_builds': 1 },
  },
  profileDescription: {
    css: '[data-testid="UserDescription"]',
    label: "the profile's bio",
    fixtures: { [CPFT_PROFILE]: 1 },
    replica: { '/maya_okafor': 1 },
  },
  /** The line under the bio (place, website, joined): the profile card goes after it. */
  profileHeaderItems: {
    css: '[data-testid="UserProfileHeader_Items"]',
    label: "the profile's details line",
    fixtures: { [CPFT_PROFILE]: 1 },
    replica: { '/maya_okafor': 1 },
  },
  /** The profile's follow button sits in it (X reuses the test id elsewhere, so read it on profiles only). */
  profileFollowArea: {
    css: '[data-testid="placementTracking"]',
    label: "the profile's follow button",
    replica: { '/maya_okafor': 1 },
  },
  profileUrl: {
    css: '[data-testid="UserUrl"]',
    label: "the profile's website",
    fixtures: { [CPFT_PROFILE]: 1 },
  },
  profileSchema: {
    css: 'script[data-testid="UserProfileSchema-test"]',
    label: "the profile's structured data",
    replica: { '/dana_builds': 1, '/maya_okafor': 1 },
  },
  followButton: {
    css: '[data-testid$="-follow"], [data-testid$="-unfollow"]',
    label: 'follow buttons',
    fixtures: { [CPFT_HOME_SIDE]: 2 },
    replica: { '/maya_okafor': '>=1', '/dana_builds/followers': '>=5' },
  },
  followsYou: {
    css: '[data-testid="userFollowIndicator"]',
    label: 'the "Follows you" mark',
    replica: { '/dana_builds/followers': '>=5' },
  },

  // Lists, notifications, chat
  userCell: {
    css: '[data-testid="UserCell"]',
    label: 'people in a list',
    fixtures: { [CPFT_HOME_SIDE]: 3 },
    replica: { '/dana_builds/followers': '>=5', '/dana_builds/following': '>=5' },
  },
  notification: {
    css: 'article[data-testid="notification"]',
    label: 'notifications',
    replica: { '/notifications': '>=3' },
  },
  chatTextarea: {
    css: 'textarea[data-testid="dm-composer-textarea"]',
    tagName: 'textarea',
    label: 'the chat box',
    replica: { '/i/chat/1000000001-1000000002': 1 },
  },
  chatContainer: {
    css: '[data-testid="dm-composer-container"]',
    label: 'the chat box and its buttons',
    replica: { '/i/chat/1000000001-1000000002': 1 },
  },
  chatForm: {
    css: '[data-testid="dm-composer-form"]',
    label: 'the chat form',
    replica: { '/i/chat/1000000001-1000000002': 1 },
  },
  chatSend: {
    css: '[data-testid="dm-composer-send-button"]',
    label: 'the chat send button',
    replica: { '/i/chat/1000000001-1000000002': 1 },
  },
  /** `message-text-<uuid>`, inside the message's box `message-<uuid>`. */
  chatMessage: {
    css: '[data-testid^="message-"]:not([data-testid^="message-text-"])',
    label: 'chat message boxes',
    replica: { '/i/chat/1000000001-1000000002': '>=3' },
  },
  chatMessageText: {
    css: '[data-testid^="message-text-"]',
    testIdPrefix: 'message-text-',
    label: 'chat messages',
    replica: { '/i/chat/1000000001-1000000002': '>=3' },
  },
} satisfies Record<string, SelectorSpec>;

export type SelectorName = keyof typeof X;

/** Matches the numeric user id in a follow button's test id: `<id>-follow`, `<id>-unfollow`. */
export const FOLLOW_TESTID = /^(\d+)-(?:un)?follow$/;

export function $<E extends Element = HTMLElement>(
  name: SelectorName,
  root: ParentNode = document,
): E | null {
  return root.querySelector<E>(X[name].css);
}

export function $$<E extends Element = HTMLElement>(name: SelectorName, root: ParentNode = document): E[] {
  return [...root.querySelectorAll<E>(X[name].css)];
}

export function countMatches(spec: SelectorSpec, root: ParentNode): number {
  return root.querySelectorAll(spec.css).length;
}

export function meetsExpectation(count: number, expected: ExpectedCount): boolean {
  if (typeof expected === 'number') return count === expected;
  return count >= Number(expected.slice(2));
}
