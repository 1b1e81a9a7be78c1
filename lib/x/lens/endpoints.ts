/**
 * The responses the lens reads: X's GraphQL operations by name (queryIds rotate on every deploy, so
 * the path tail is what we match) and the REST notification timelines. Anything else is ignored
 * without being looked at.
 */
const GRAPHQL_OPS = new Set([
  'HomeTimeline',
  'HomeLatestTimeline',
  'TweetDetail',
  'UserByScreenName',
  'UserByRestId',
  'UserTweets',
  'UserTweetsAndReplies',
  'UserOriginalsTimeline',
  'UserRepliesTimeline',
  'Followers',
  'Following',
  'BlueVerifiedFollowers',
  'NotificationsTimeline',
  'SearchTimeline',
]);

const GRAPHQL_PATH = /\/graphql\/[^/]+\/([A-Za-z]+)$/;
const REST_NOTIFICATIONS = /\/i\/api\/2\/notifications\/(all|mentions|device_follow)\.json$/;

/** The operation a request URL belongs to, or undefined when the lens has no business with it. */
export function lensOperation(url: string): string | undefined {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const op = GRAPHQL_PATH.exec(path)?.[1];
  if (op) return GRAPHQL_OPS.has(op) ? op : undefined;
  const rest = REST_NOTIFICATIONS.exec(path)?.[1];
  return rest ? `notifications/${rest}` : undefined;
}

/**
 * Whether a request asked for a later page of a timeline: its `variables` carry a `cursor`. The
 * first page of a list is asked without one, so the lens can tell a list read from its top.
 */
export function asksLaterPage(url: string): boolean {
  const q = url.indexOf('?');
  if (q < 0) return false;
  try {
    const variables = new URLSearchParams(url.slice(q + 1)).get('variables');
    const cursor = variables ? JSON.parse(variables)?.cursor : undefined;
    return typeof cursor === 'string' && cursor.length > 0;
  } catch {
    return false;
  }
}
