/** X's epoch for snowflake ids (4 Nov 2010), in ms. */
const TWITTER_EPOCH = 1288834974657n;

/**
 * When a post, message or like was made, from its snowflake id; undefined for the sequential ids
 * before Nov 2010 (at most 11 digits; snowflakes have 16 or more) and for anything not an id.
 * The one copy the archive reader and the archive import share.
 */
export function snowflakeMs(id: string): number | undefined {
  if (!/^\d{16,20}$/.test(id)) return undefined;
  return Number((BigInt(id) >> 22n) + TWITTER_EPOCH);
}
