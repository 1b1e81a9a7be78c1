// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../lib/archive/errors';
import { type ArchiveProgress, readArchive } from '../../lib/archive/read-zip';
import { zipFiles } from '../archive/fixture-helpers';

const enc = new TextEncoder();
const file = (path: string, text: string) => ({ path, file: new Blob([text]) });

const ACCOUNT = `window.YTD.account.part0 = [ {
  "account" : { "username" : "me", "accountId" : "1500000000000000001", "createdAt" : "2012-03-04T05:06:07.000Z" }
} ]`;
const followers = (n: number) =>
  `window.YTD.follower.part0 = [\n${Array.from({ length: n }, (_, i) => `  { "follower" : { "accountId" : "${1000 + i}" } }`).join(',\n')}\n]`;
const following = `window.YTD.following.part0 = [ { "following" : { "accountId" : "42" } } ]`;
const tweets = `window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "1600000000000000000", "full_text" : "hi", "created_at" : "Wed Oct 10 20:19:24 +0000 2018" } } ]`;

/** A valid small archive as zip entries (media stored, to make byte surgery predictable). */
function archiveEntries(followerCount = 2000) {
  return [
    { path: 'data/account.js', data: ACCOUNT },
    { path: 'data/follower.js', data: followers(followerCount) },
    { path: 'data/following.js', data: following },
    { path: 'data/tweets.js', data: tweets },
    { path: 'data/tweets_media/1-a.jpg', data: new Uint8Array(300_000).fill(7) },
  ];
}

async function expectArchiveError(p: Promise<unknown>, code: ArchiveError['code'], message?: RegExp) {
  let err: unknown;
  let result: unknown;
  try {
    result = await p;
  } catch (e) {
    err = e;
  }
  expect(result).toBeUndefined(); // all or nothing: no partial result
  expect(err).toBeInstanceOf(ArchiveError);
  expect((err as ArchiveError).code).toBe(code);
  if (message) expect((err as ArchiveError).message).toMatch(message);
  return err as ArchiveError;
}

describe('readArchive errors', () => {
  it('sanity: the base archive reads fine as zip and as folder', async () => {
    const zip = await zipFiles(archiveEntries());
    const c = await readArchive(zip);
    expect(c.followers.length).toBe(2000);
    expect(c.account.id).toBe('1500000000000000001');
    const list = archiveEntries().map((e) => ({ path: `twitter-2024/${e.path}`, file: new Blob([e.data]) }));
    expect((await readArchive(list)).posts.length).toBe(1);
  });

  it("not a zip → 'not-zip'", async () => {
    await expectArchiveError(
      readArchive(new Blob(['this is a plain text file, not a zip at all'])),
      'not-zip',
      /not a zip/,
    );
    await expectArchiveError(readArchive(new Blob([])), 'not-zip');
    await expectArchiveError(readArchive(new Blob([enc.encode('%PDF-1.7 ....................')])), 'not-zip');
  });

  it("a zip that is not an archive → 'not-archive'", async () => {
    const zip = await zipFiles([
      { path: 'photos/cat.jpg', data: new Uint8Array(1000) },
      { path: 'notes.txt', data: 'hello' },
      { path: 'assets/js/account.js', data: ACCOUNT }, // viewer assets are never taken for data
    ]);
    await expectArchiveError(readArchive(zip), 'not-archive', /not an X\/Twitter archive/);
    await expectArchiveError(readArchive([file('notes/todo.txt', 'x')]), 'not-archive');
  });

  it("data files without account.js / manifest.js → 'not-archive'", async () => {
    await expectArchiveError(readArchive([file('data/follower.js', followers(3))]), 'not-archive');
  });

  it("a truncated zip (download cut off) → 'truncated'", async () => {
    const zip = await zipFiles(archiveEntries());
    for (const keep of [0.3, 0.6, 0.95]) {
      const cut = zip.slice(0, Math.floor(zip.size * keep));
      await expectArchiveError(readArchive(cut), 'truncated', /incomplete|damaged/);
    }
    await expectArchiveError(readArchive(zip.slice(0, zip.size - 10)), 'truncated');
  });

  it("a corrupted entry (bad CRC) → 'truncated' naming the file", async () => {
    const zip = await zipFiles(archiveEntries(), { level: 0 });
    const bytes = new Uint8Array(await zip.arrayBuffer());
    // Flip a digit inside follower.js's stored data: JSON stays valid, CRC does not.
    const text = new TextDecoder('latin1').decode(bytes);
    const at = text.indexOf('"accountId" : "1500"');
    expect(at).toBeGreaterThan(0);
    bytes[at + 16] = '9'.charCodeAt(0);
    const err = await expectArchiveError(readArchive(new Blob([bytes])), 'truncated', /follower\.js/);
    expect(err.file).toBe('data/follower.js');
  });

  it("one malformed data file → 'malformed-file' naming it, with the line", async () => {
    const broken =
      'window.YTD.follower.part0 = [ {\n  "follower" : {\n    "accountId" : "1" \n    "userLink" : "x"\n  }\n} ]';
    const err = await expectArchiveError(
      readArchive([
        file('data/account.js', ACCOUNT),
        file('data/follower.js', broken),
        file('data/tweets.js', tweets),
      ]),
      'malformed-file',
      /^data\/follower\.js is not valid JSON \(line 4\)/,
    );
    expect(err.file).toBe('data/follower.js');
    // Cut-off file inside a zip.
    const zip = await zipFiles([
      { path: 'data/account.js', data: ACCOUNT },
      { path: 'data/like.js', data: 'window.YTD.like.part0 = [ { "like" : { "tweetId" : "1"' },
    ]);
    await expectArchiveError(
      readArchive(zip),
      'malformed-file',
      /data\/like\.js is not valid JSON.*ends too early/,
    );
    // Not JSON at all.
    await expectArchiveError(
      readArchive([file('data/account.js', ACCOUNT), file('data/following.js', '<html>oops</html>')]),
      'malformed-file',
      /data\/following\.js is not an archive data file/,
    );
  });

  it("archive of another account → 'wrong-account' before reading the big files", async () => {
    const zip = await zipFiles(archiveEntries());
    const seen: ArchiveProgress[] = [];
    await expectArchiveError(
      readArchive(zip, { expectedAccountId: '12345', onProgress: (p) => seen.push(p) }),
      'wrong-account',
      /@me/,
    );
    expect(seen.some((p) => p.kind === 'followers')).toBe(false);
    const ok = await readArchive(zip, { expectedAccountId: '1500000000000000001' });
    expect(ok.account.handle).toBe('me');
  });

  it("cancel mid-way → 'cancelled', no result", async () => {
    const zip = await zipFiles(archiveEntries(50_000));
    const ac = new AbortController();
    const phases: string[] = [];
    await expectArchiveError(
      readArchive(zip, {
        signal: ac.signal,
        onProgress: (p) => {
          phases.push(`${p.phase}:${p.kind}`);
          if (p.phase === 'read' && p.kind === 'followers') ac.abort();
        },
      }),
      'cancelled',
      /cancelled/,
    );
    expect(phases).not.toContain('done:archive');
    expect(phases).not.toContain('parse:followers');

    // Already aborted.
    const ac2 = new AbortController();
    ac2.abort();
    await expectArchiveError(readArchive(zip, { signal: ac2.signal }), 'cancelled');
    // Folder form.
    const ac3 = new AbortController();
    await expectArchiveError(
      readArchive([file('data/account.js', ACCOUNT), file('data/follower.js', followers(10))], {
        signal: ac3.signal,
        onProgress: (p) => p.phase === 'parse' && ac3.abort(),
      }),
      'cancelled',
    );
  });
});
