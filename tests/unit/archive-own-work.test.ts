import { describe, expect, it } from 'vitest';
import { readArchive } from '@/lib/archive/read-zip';
import { toArchiveImport } from '@/lib/archive/to-events';
import { zipFiles } from '../archive/fixture-helpers';

// An archive's posts are judged as the composer judges them for the signed-in account: a link under
// the archive owner's own handle or name (their newsletter, their repo) is their own work elsewhere.

const post = (id: string, text: string, url: string) => ({
  tweet: {
    id_str: id,
    created_at: 'Wed Oct 10 20:19:24 +0000 2018',
    full_text: `${text} https://t.co/abc${id.slice(-2)}`,
    entities: { urls: [{ url: `https://t.co/abc${id.slice(-2)}`, expanded_url: url }] },
  },
});
const TWEETS = `window.YTD.tweets.part0 = ${JSON.stringify([
  post(
    '1600000000000000001',
    // Not "wrote up how we...": saying you wrote it makes the link your own work whoever posts it (TAXONOMY.md
    // own-content), and the coach reads it so; here only the owner's name can tell.
    'notes on how we cut our build times in half',
    'https://danadev.substack.com/p/builds',
  ),
])}`;

async function verdictFor(username: string, displayName: string) {
  const account = `window.YTD.account.part0 = [ { "account" : { "username" : "${username}", "accountDisplayName" : "${displayName}", "accountId" : "1500000000000000001" } } ]`;
  const zip = await zipFiles([
    { path: 'data/account.js', data: account },
    { path: 'data/tweets.js', data: TWEETS },
  ]);
  const data = toArchiveImport(await readArchive(zip), { now: Date.UTC(2026, 0, 1) });
  return data.posts[0]?.verdict;
}

describe('archive posts and their owner’s own work', () => {
  it('a link to a page under the owner’s name is promotional; the same post by someone else is not', async () => {
    expect(await verdictFor('danadev', 'Dana Dev')).toBe('promotional');
    expect(await verdictFor('someone_else', 'Some One')).not.toBe('promotional');
  });
});
