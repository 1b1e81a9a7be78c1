import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VerdictFeed } from '@/components/options/archive-reader';
import { ImportStopped, sendArchiveImport } from '@/components/options/archive-transport';
import { IMPORT_PARTS } from '@/lib/archive/chunks';
import { readArchive } from '@/lib/archive/read-zip';
import {
  type ArchiveImport,
  classifyPosts,
  type ImportPost,
  mapArchive,
  toArchiveImport,
} from '@/lib/archive/to-events';
import type { ArchiveContents, ArchivePost } from '@/lib/archive/types';
import { analyze } from '@/lib/coach';
import { snowflakeMs } from '@/lib/text/snowflake';
import { backgroundOnFreshDatabase } from '../archive/background-harness';
import { FIXTURES_DIR, fixtureArchives, fixtureFiles } from '../archive/fixture-helpers';
import { describeWithFixtures } from '../shared-fixtures';

// The archive worker hands the rows over as soon as they are mapped and judges the posts while the
// rest is stored (lib/archive/worker-entry.ts); the page sends the posts last, each chunk once its
// verdicts are in. Nothing may change in what is stored: the verdicts are the ones a single pass
// gives, and the record equals the record of an archive classified before it was sent.

const REAL_TWEETS = `${FIXTURES_DIR}/../x-real-tweets/tweets.jsonl`;
const NOW = Date.UTC(2026, 0, 1);

/**
 * The verdicts as the import gave them before the worker streamed them (the oracle): oldest first,
 * retweets skipped, each post read with the 50 verdicts before it, newest first.
 */
function verdictsOneByOne(c: ArchiveContents): ImportPost['verdict'][] {
  const own = { ownHandle: c.account.handle, ...(c.account.name && { ownName: c.account.name }) };
  const recent: { at: number; verdict: ImportPost['verdict']; links: string[]; kind: ArchivePost['kind'] }[] =
    [];
  const out: ImportPost['verdict'][] = [];
  for (const p of [...c.posts].sort((a, b) => a.createdAt - b.createdAt)) {
    if (p.isRetweet) continue;
    const verdict = analyze(
      { text: p.text, kind: p.kind },
      { now: p.createdAt, recentPosts: recent.slice(-50).reverse(), ...own },
    ).verdict;
    out.push(verdict);
    recent.push({ at: p.createdAt, verdict, links: p.urls, kind: p.kind });
  }
  return out;
}

/** Real people's tweets (../shared/fixtures/x-real-tweets) as the posts of one archive per author. */
function realTweetArchives(every: number): ArchiveContents[] {
  const byAuthor = new Map<string, ArchivePost[]>();
  readFileSync(REAL_TWEETS, 'utf8')
    .split('\n')
    .filter((line, i) => line.trim() && i % every === 0)
    .forEach((line) => {
      const t = JSON.parse(line) as { acct: string; id: string; kind: string; text: string };
      if (t.kind === 'dm') return;
      const list = byAuthor.get(t.acct) ?? [];
      list.push({
        id: t.id,
        text: t.text,
        createdAt: snowflakeMs(t.id) ?? Number(t.id),
        kind: t.kind as ArchivePost['kind'],
        mentions: [],
        urls: t.text.match(/https?:\/\/\S+/g) ?? [],
        isRetweet: t.text.startsWith('RT @'),
      });
      byAuthor.set(t.acct, list);
    });
  return [...byAuthor].map(([acct, posts], i) => ({
    version: 1,
    account: { id: String(1000 + i), handle: acct },
    followers: [],
    following: [],
    posts,
    dms: [],
    likes: [],
    meta: { generation: 'data-folder', generatedAt: NOW, files: [], missingFiles: [] },
  }));
}

describeWithFixtures('x-archive', 'posts classified while the rest is stored', () => {
  it('streamed verdicts are the one-by-one verdicts, on every fixture archive and real tweets', async () => {
    const archives: ArchiveContents[] = realTweetArchives(16);
    for (const name of fixtureArchives()) {
      const contents = await readArchive(fixtureFiles(name)).catch(() => undefined);
      if (contents) archives.push(contents);
    }
    let posts = 0;
    const seen = new Set<string>();
    for (const c of archives) {
      const { data, toClassify } = mapArchive(c, { now: NOW });
      const streamed: ImportPost['verdict'][] = [];
      const whole = classifyPosts(toClassify, undefined, (from, verdicts) => {
        expect(from).toBe(streamed.length);
        streamed.push(...verdicts);
      });
      const expected = verdictsOneByOne(c);
      expect(streamed).toEqual(expected);
      expect(whole).toEqual(expected);
      expect(data.posts).toHaveLength(expected.length);
      // toArchiveImport (what the tests' imports use) is the same two steps.
      expect(toArchiveImport(c, { now: NOW }).posts.map((p) => p.verdict)).toEqual(expected);
      posts += expected.length;
      for (const v of expected) seen.add(v);
    }
    expect(posts).toBeGreaterThan(2000);
    expect([...seen].sort()).toEqual(['broadcast', 'conversational', 'promotional']);
  }, 120_000);

  describe('the import, with verdicts arriving while it is stored', () => {
    const { state, send } = backgroundOnFreshDatabase();
    const ARCHIVE = 'ajitg25_twitter-analytics/2025-12-02_ce3209a';
    // The background stamps rows with its clock: both imports run at the same time of day.
    const atNoon = () => vi.setSystemTime(NOW + 12 * 3_600_000);
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      atNoon();
    });
    afterEach(() => vi.useRealTimers());

    async function dump() {
      const out: Record<string, unknown[]> = {};
      for (const s of ['contacts', 'interactions', 'posts', 'talk'] as const)
        out[s] = await state.db.getAll(s);
      out.accounts = (await state.db.getAll('accounts')).map(
        ({ archiveImports: _j, archiveFinished: _f, ...rest }) => rest,
      );
      return out;
    }
    async function wipe() {
      for (const s of ['contacts', 'interactions', 'posts', 'talk', 'accounts'] as const)
        await state.db.clear(s);
    }

    it('stores the record an archive classified beforehand stores, the posts last and judged', async () => {
      const contents = await readArchive(fixtureFiles(ARCHIVE));
      await sendArchiveImport(toArchiveImport(structuredClone(contents), { now: NOW }), send);
      const before = await dump();
      expect(before.posts?.length).toBeGreaterThan(100);
      await wipe();

      // The worker's way: the rows first, the verdicts later in batches (held back until asked for).
      const { data, toClassify } = mapArchive(contents, { now: NOW });
      const feed = new VerdictFeed();
      feed.posts = data.posts;
      const batches: [number, ImportPost['verdict'][]][] = [];
      classifyPosts(toClassify, undefined, (from, verdicts) => batches.push([from, verdicts]), 40);
      const sent: string[] = [];
      const spy = vi.fn(async (type: string, input: Record<string, unknown>) => {
        const part = IMPORT_PARTS.find((p) => input[p] !== undefined);
        if (part) sent.push(part);
        if (part === 'posts')
          for (const post of input.posts as ImportPost[]) expect(post.verdict).toMatch(/^[a-z]+$/);
        return send(type, input);
      });
      let sentBeforeFirstAsk: string[] | undefined;
      const classified = async (n: number) => {
        sentBeforeFirstAsk ??= [...sent];
        // The verdicts arrive one batch at a time, later, in order, as the worker sends them.
        const ready = feed.upTo(n);
        while (batches.length) {
          await new Promise((r) => setTimeout(r, 1));
          feed.add(...(batches.shift() as [number, ImportPost['verdict'][]]));
        }
        feed.finish();
        return ready;
      };
      await sendArchiveImport(data, spy as never, { classified });
      // Every other part was stored before the first wait for a verdict; the posts went last.
      expect(new Set(sentBeforeFirstAsk)).toEqual(
        new Set(['followers', 'following', 'interactions', 'likes', 'handles']),
      );
      expect(sent.slice(sent.indexOf('posts'))).toEqual(['posts']);
      expect(await dump()).toEqual(before);
    });

    it('a worker that fails while judging stops the import before the posts; sending again finishes it', async () => {
      const contents = await readArchive(fixtureFiles(ARCHIVE));
      const full: ArchiveImport = toArchiveImport(structuredClone(contents), { now: NOW });
      await sendArchiveImport(full, send);
      const clean = await dump();
      await wipe();

      const { data } = mapArchive(contents, { now: NOW });
      const feed = new VerdictFeed();
      feed.posts = data.posts;
      feed.fail(new Error('the worker crashed'));
      const stopped = await sendArchiveImport(data, send, { classified: (n) => feed.upTo(n) }).catch(
        (e: unknown) => e,
      );
      expect(stopped).toBeInstanceOf(ImportStopped);
      expect((stopped as ImportStopped).message).toMatch(/crashed/);
      expect((stopped as ImportStopped).fraction).toBeGreaterThan(0.5);
      expect(await state.db.count('posts')).toBe(0);
      await sendArchiveImport(full, send);
      expect(await dump()).toEqual(clean);
    });
  });
});

describe('VerdictFeed', () => {
  it('resolves each wait once its posts are judged, in order, and fails waits after a failure', async () => {
    const feed = new VerdictFeed();
    feed.posts = [{}, {}, {}];
    const order: string[] = [];
    const two = feed.upTo(2).then(() => order.push('two'));
    const three = feed.upTo(3).then(() => order.push('three'));
    feed.add(0, ['broadcast']);
    await Promise.resolve();
    expect(order).toEqual([]);
    feed.add(1, ['promotional']);
    await two;
    expect(order).toEqual(['two']);
    expect(feed.posts.map((p) => p.verdict)).toEqual(['broadcast', 'promotional', undefined]);
    feed.finish(); // one post never judged: a bug in the worker, never stored unjudged
    await expect(three).rejects.toThrow(/only 2 of 3/);
    await expect(feed.upTo(3)).rejects.toThrow(/only 2 of 3/);
    await expect(feed.upTo(2)).resolves.toBeUndefined();
  });
});
