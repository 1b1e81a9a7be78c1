import type { SelectorName, SelectorSpec } from './selectors';

/**
 * How many matches each selector of `selectors.ts` has on pages we have seen:
 * - `fixtures`: real pages saved by other projects (../shared/fixtures/x-dom), path -> count;
 * - `replica`: our replica of X (tests/replica), route -> count.
 * `tests/unit/x-selectors.test.ts` and the e2e selector check assert those counts, so when X
 * changes, one table tells which anchors moved; `meta-selectors.test.ts` fails on a used selector
 * with no count. Tests import this file; the extension never does.
 *
 * Counts are exact numbers, or `'>=N'` where a page's length varies (timelines).
 */
export type ExpectedCount = number | `>=${number}`;

export interface Seen {
  fixtures?: Record<string, ExpectedCount>;
  replica?: Record<string, ExpectedCount>;
}

const ELTON = 'EltonChou_TwitterMediaHarvest/src/contentScript/testCases/tweet';
const YOINK = 'mlamp_tweetyoink/tests/fixtures';
const CPFT = 'insin_control-panel-for-twitter/examples';
const CPFT_HOME_TOP = `${CPFT}/Home_Twitter_complete.html.EXCERPT_chars_096000-144000.html`;
const CPFT_HOME_SIDE = `${CPFT}/Home_Twitter_complete.html.EXCERPT_chars_624000-656000.html`;
const CPFT_PROFILE = `${CPFT}/mario-zechner-twitter.html.EXCERPT_chars_112000-128000.html`;

export const SEEN: Partial<Record<SelectorName, Seen>> = {
  primaryColumn: {
    fixtures: { [CPFT_HOME_TOP]: 1 },
    replica: { '/home': 1, '/dana_builds': 1, '/notifications': 1 },
  },
  profileLink: {
    fixtures: { [CPFT_HOME_TOP]: 1 },
    replica: { '/home': 1 },
  },
  accountSwitcher: {
    fixtures: { [CPFT_HOME_TOP]: 1 },
    replica: { '/home': 1 },
  },
  switcherAvatar: {
    fixtures: { [CPFT_HOME_TOP]: 1 },
    replica: { '/home': 1 },
  },
  dialog: {
    replica: { '/home': 0, '/compose/post': 1 },
  },
  cell: {
    fixtures: { [`${ELTON}/modal.html`]: 29, [`${YOINK}/x-tweet-quote.html`]: 1 },
    replica: { '/home': '>=5' },
  },
  tweet: {
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
    fixtures: {
      [`${ELTON}/modal.html`]: 14,
      [`${YOINK}/x-tweet-sample.html`]: 1,
      [`${YOINK}/x-tweet-quote.html`]: 2,
    },
    replica: { '/home': '>=5' },
  },
  tweetText: {
    fixtures: { [`${ELTON}/modal.html`]: 14, [`${YOINK}/x-tweet-quote.html`]: 2 },
    replica: { '/home': '>=5' },
  },
  replyButton: {
    fixtures: { [`${ELTON}/modal.html`]: 15, [`${YOINK}/x-tweet-sample.html`]: 1 },
    replica: { '/home': '>=5' },
  },
  likeButton: {
    fixtures: { [`${ELTON}/modal.html`]: 15, [`${YOINK}/x-tweet-sample.html`]: 1 },
    replica: { '/home': '>=5' },
  },
  unlikeButton: {
    replica: { '/home, a post liked': '>=1' },
  },
  retweetButton: {
    fixtures: { [`${ELTON}/modal.html`]: 15, [`${YOINK}/x-tweet-sample.html`]: 1 },
    replica: { '/home': '>=5' },
  },
  unretweetButton: {
    replica: { '/home, a post reposted': '>=1' },
  },
  retweetConfirm: {
    replica: { '/home': 0, '/home, repost menu open': 1 },
  },
  toast: {
    replica: { '/home': 0, '/compose/post, just posted': 1 },
  },
  layerAlert: {
    replica: { '/home': 0, '/compose/post, just posted': 1 },
  },
  composer: {
    fixtures: { [CPFT_HOME_TOP]: 1, [`${ELTON}/modal.html`]: 1 },
    replica: { '/home': 1, '/compose/post': 2 },
  },
  postButton: {
    fixtures: { [CPFT_HOME_TOP]: 1, [`${ELTON}/modal.html`]: 1 },
    replica: { '/home': 1, '/compose/post': 2 },
  },
  composerEditor: {
    fixtures: { [CPFT_HOME_TOP]: 1 },
    replica: { '/home': 1, '/compose/post': 2 },
  },
  composerLabel: {
    fixtures: { [CPFT_HOME_TOP]: 1, [`${ELTON}/modal.html`]: 1 },
    replica: { '/home': 1, '/compose/post': 2 },
  },
  draftBlock: {
    fixtures: { [CPFT_HOME_TOP]: 1, [`${ELTON}/modal.html`]: 1 },
    replica: { '/home': 1 },
  },
  draftLeaf: {
    fixtures: { [CPFT_HOME_TOP]: 1, [`${ELTON}/modal.html`]: 1 },
  },
  profileUserName: {
    replica: { '/dana_builds': 1 },
  },
  profileDescription: {
    fixtures: { [CPFT_PROFILE]: 1 },
    replica: { '/maya_okafor': 1 },
  },
  profileHeaderItems: {
    fixtures: { [CPFT_PROFILE]: 1 },
    replica: { '/maya_okafor': 1 },
  },
  profileFollowArea: {
    replica: { '/maya_okafor': 1 },
  },
  profileUrl: {
    fixtures: { [CPFT_PROFILE]: 1 },
  },
  profileSchema: {
    replica: { '/dana_builds': 1, '/maya_okafor': 1 },
  },
  followButton: {
    fixtures: { [CPFT_HOME_SIDE]: 2 },
    replica: { '/maya_okafor': '>=1', '/dana_builds/followers': '>=5' },
  },
  followsYou: {
    replica: { '/dana_builds/followers': '>=5' },
  },
  userCell: {
    fixtures: { [CPFT_HOME_SIDE]: 3 },
    replica: { '/dana_builds/followers': '>=5', '/dana_builds/following': '>=5' },
  },
  notification: {
    replica: { '/notifications': '>=3' },
  },
  chatTextarea: {
    replica: { '/i/chat/1000000001-1000000002': 1 },
  },
  chatContainer: {
    replica: { '/i/chat/1000000001-1000000002': 1 },
  },
  chatForm: {
    replica: { '/i/chat/1000000001-1000000002': 1 },
  },
  chatSend: {
    replica: { '/i/chat/1000000001-1000000002': 1 },
  },
  chatConversationItem: {
    replica: { '/i/chat/1000000001-1000000002': '>=1' },
  },
  chatConversationHeader: {
    replica: { '/i/chat/1000000001-1000000002': 1 },
  },
  chatMessage: {
    replica: { '/i/chat/1000000001-1000000002': '>=3' },
  },
  chatMessageText: {
    replica: { '/i/chat/1000000001-1000000002': '>=3' },
  },
};

export function meetsExpectation(count: number, expected: ExpectedCount): boolean {
  if (typeof expected === 'number') return count === expected;
  return count >= Number(expected.slice(2));
}

export function countMatches(spec: SelectorSpec, root: ParentNode): number {
  return root.querySelectorAll(spec.css).length;
}
