import { describe, expect, it } from 'vitest';
import { sendArchiveImport } from '@/components/options/archive-transport';
import { readArchive } from '@/lib/archive/read-zip';
import { toArchiveImport } from '@/lib/archive/to-events';
import { countRows } from '@/lib/db/transfer';
import { LIMITS } from '@/lib/messages/limits';
import { backgroundOnFreshDatabase } from '../archive/background-harness';
import { zipFiles } from '../archive/fixture-helpers';

// One bad row of an archive (a link over 2,000 characters, a text over 25,000, a row without its id)
// is clipped or skipped; the rest of the archive is imported and nothing aborts.

const { state, send } = backgroundOnFreshDatabase();

const ME = '1500000000000000001';
const ACCOUNT = `window.YTD.account.part0 = [ { "account" : { "username" : "me", "accountId" : "${ME}" } } ]`;
const LONG_LINK = `https://example.com/?${'utm=x&'.repeat(600)}`; // 3,621 characters
const tweet = (fields: Record<string, unknown>) => ({
  tweet: { created_at: 'Wed Oct 10 20:19:24 +0000 2018', ...fields },
});
const TWEETS = `window.YTD.tweets.part0 = ${JSON.stringify([
  tweet({ id_str: '1600000000000000001', full_text: 'a normal post' }),
  tweet({
    id_str: '1600000000000000002',
    full_text: `read this ${LONG_LINK}`,
    entities: { urls: [{ expanded_url: LONG_LINK, url: 'https://t.co/x' }] },
  }),
  tweet({ id_str: '1600000000000000003', full_text: 'ä'.repeat(30_000) }),
  tweet({ full_text: 'a row without its id' }),
  { notATweet: true },
])}`;
const FOLLOWERS = `window.YTD.follower.part0 = [ { "follower" : { "accountId" : "1001" } }, { "follower" : { } }, { "follower" : { "accountId" : "1002" } } ]`;

describe('archive import with bad rows', () => {
  it('clips a 3,600-character link and a 30,000-character text, skips rows without ids, imports the rest', async () => {
    expect(LONG_LINK.length).toBeGreaterThan(LIMITS.link);
    const zip = await zipFiles([
      { path: 'data/account.js', data: ACCOUNT },
      { path: 'data/follower.js', data: FOLLOWERS },
      { path: 'data/tweets.js', data: TWEETS },
    ]);
    const parsed: { file?: string; records?: number }[] = [];
    const contents = await readArchive(zip, { onProgress: (p) => p.phase === 'parse' && parsed.push(p) });
    // The reader's per-file report counts the rows it accepted: 3 of 5 posts, 2 of 3 followers.
    expect(parsed.find((p) => p.file === 'data/tweets.js')?.records).toBe(3);
    expect(parsed.find((p) => p.file === 'data/follower.js')?.records).toBe(2);

    expect(contents.meta.skippedRows).toEqual([
      { file: 'data/follower.js', rows: 1 },
      { file: 'data/tweets.js', rows: 2 },
    ]);
    const data = toArchiveImport(contents, { now: Date.UTC(2026, 0, 1) });
    const long = data.posts.find((p) => p.key.includes('1600000000000000002'));
    expect(long?.links).toEqual([LONG_LINK.slice(0, LIMITS.link)]);
    expect(data.posts.find((p) => p.key.includes('1600000000000000003'))?.text.length).toBe(LIMITS.text);

    const result = await sendArchiveImport(data, send);
    expect(result.imported).toMatchObject({ followers: 2, posts: 3 });
    const counts = await countRows(state.db, ME);
    expect(counts.posts).toBe(3);
    expect(counts.contacts).toBe(2);
  });
});
