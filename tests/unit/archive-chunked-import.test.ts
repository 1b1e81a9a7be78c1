import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportStopped, sendArchiveImport } from '@/components/options/archive-transport';
import { archiveChunks, type PartCounts, partTotals } from '@/lib/archive/chunks';
import type { ArchiveImport, ImportInteraction } from '@/lib/archive/to-events';
import { ARCHIVE_DISK_FULL_MESSAGE } from '@/lib/background/handlers-archive';
import { withDerived } from '@/lib/db/contacts';
import {
  beginArchiveImport,
  finishArchiveImport,
  importArchive,
  importArchiveChunk,
  interruptedImports,
} from '@/lib/db/import-archive';
import type { Database } from '@/lib/db/open';
import { UNMET } from '@/lib/relationships/summary';
import { backgroundOnFreshDatabase } from '../archive/background-harness';

// The archive import commits chunk by chunk (issue #10.4): after a crash at a chunk boundary or in
// the middle of a chunk the record is consistent (summaries, stages and the unmet count agree with
// the rows stored), the journal says how far it got, and importing again finishes it exactly once.

const ME = '1000000001';
const NOW = Date.UTC(2026, 0, 10);
const id = (n: number) => String(2_000_000_000 + n);

/** A small archive with every part, people shared between parts, and handles to learn. */
function archive(): ArchiveImport {
  const followers = Array.from({ length: 60 }, (_, i) => id(i));
  const following = Array.from({ length: 20 }, (_, i) => id(50 + i)); // 10 mutuals
  const kinds: ImportInteraction['kind'][] = ['reply_out', 'dm_in', 'dm_out', 'mention_out', 'quote_out'];
  const interactions: ImportInteraction[] = Array.from({ length: 50 }, (_, i) => ({
    key: `tweet:${9_000 + i}:${kinds[i % kinds.length]}`,
    kind: kinds[i % kinds.length] as ImportInteraction['kind'],
    person: id((i * 7) % 75),
    at: Date.UTC(2025, 0, 1 + (i % 20)),
    tweetId: String(1_800_000_000_000_000_000n + BigInt(i)),
    text: `said ${i}`,
  }));
  interactions.push({ ...(interactions[0] as ImportInteraction), key: 'dm:1', person: ME }); // to yourself: skipped
  const posts = Array.from({ length: 25 }, (_, i) => ({
    key: `tweet:${8_000 + i}`,
    at: Date.UTC(2025, 1, 1 + i),
    kind: 'post' as const,
    text: `post ${i}`,
    links: [],
    mentions: [],
    verdict: 'conversational' as const,
  }));
  const likes = Array.from({ length: 30 }, (_, i) => ({
    tweetId: String(1_700_000_000_000_000_000n + BigInt(i)),
  }));
  const handles = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [id(i * 5), `person_${i}`]));
  return {
    account: { id: ME, handle: 'dana_builds' },
    seenAt: Date.UTC(2026, 0, 1),
    followers,
    following,
    handles,
    posts,
    interactions,
    likes,
    counts: { followers: 60, following: 20, posts: 25, reposts: 0, dms: 20, likes: 30 },
  };
}

/** Small chunks, so the little archive above takes many. */
const LIMITS: PartCounts = { followers: 16, following: 8, posts: 7, interactions: 9, likes: 11, handles: 4 };

let db: Database;
const { state, send, raw } = backgroundOnFreshDatabase();
beforeEach(() => {
  db = state.db;
});

/** Every row of every store, sorted, without the account row's bookkeeping of imports. */
async function dump() {
  const stores = ['contacts', 'interactions', 'posts'] as const;
  const out: Record<string, unknown[]> = {};
  for (const s of stores) out[s] = await db.getAll(s);
  const accounts = await db.getAll('accounts');
  out.accounts = accounts.map(({ archiveImports: _j, archiveFinished: _f, ...rest }) => rest);
  return out;
}

/**
 * What "consistent" means after any chunk: each contact's summary counts are exactly its stored
 * interactions, its stage and unmet flag follow from its row, and the account's unmet count is the
 * number of unmet contacts.
 */
async function expectConsistent() {
  const contacts = await db.getAll('contacts');
  const interactions = await db.getAll('interactions');
  const byContact = new Map<string, Record<string, number>>();
  for (const row of interactions) {
    if (!row.contact) continue;
    const counts = byContact.get(row.contact) ?? {};
    counts[row.kind] = (counts[row.kind] ?? 0) + 1;
    byContact.set(row.contact, counts);
  }
  for (const c of contacts) {
    expect(c.summary?.counts ?? {}, c.key).toEqual(byContact.get(c.key) ?? {});
    const derived = withDerived(c, NOW);
    expect({ stage: c.stage, unmet: c.unmet }, c.key).toEqual({ stage: derived.stage, unmet: derived.unmet });
  }
  for (const key of byContact.keys()) expect(contacts.some((c) => c.key === key)).toBe(true);
  const account = await db.get('accounts', ME);
  if (account?.unmetCount !== undefined)
    expect(account.unmetCount).toBe(contacts.filter((c) => c.unmet === UNMET.yes).length);
}

/** The import as it stands after a clean run, once, in a fresh database. */
async function cleanDump(data: ArchiveImport) {
  await importArchive(db, data, NOW, LIMITS);
  const clean = await dump();
  await db.clear('contacts');
  await db.clear('interactions');
  await db.clear('posts');
  await db.clear('accounts');
  return clean;
}

describe('an archive import in chunks', () => {
  it('is consistent after every chunk, and the journal says how far it got', async () => {
    const data = archive();
    const chunks = [...archiveChunks(data, LIMITS)];
    expect(chunks.length).toBeGreaterThan(15);
    await beginArchiveImport(
      db,
      {
        id: 'imp_a',
        account: data.account,
        seenAt: data.seenAt,
        totals: partTotals(data),
        counts: data.counts,
      },
      NOW,
    );
    let last = 0;
    for (const chunk of chunks) {
      const journal = await importArchiveChunk(db, ME, 'imp_a', chunk, NOW);
      await expectConsistent();
      const [reported] = await interruptedImports(db);
      expect(reported?.account).toBe(ME);
      expect(reported?.fraction).toBeGreaterThan(last);
      last = reported?.fraction ?? 0;
      expect(journal.done[chunk.part]).toBe(chunk.offset + chunk.items.length);
    }
    expect(last).toBe(1);
    await finishArchiveImport(db, ME, 'imp_a', NOW);
    expect(await interruptedImports(db)).toEqual([]);
  });

  it('interrupted at any chunk boundary: reported, consistent, and importing again equals one clean import', async () => {
    const data = archive();
    const clean = await cleanDump(data);
    const chunks = [...archiveChunks(data, LIMITS)];
    for (const stopAt of [1, 4, 5, Math.floor(chunks.length / 2), chunks.length - 1]) {
      await beginArchiveImport(
        db,
        {
          id: `imp_${stopAt}`,
          account: data.account,
          seenAt: data.seenAt,
          totals: partTotals(data),
          counts: data.counts,
        },
        NOW,
      );
      for (const chunk of chunks.slice(0, stopAt))
        await importArchiveChunk(db, ME, `imp_${stopAt}`, chunk, NOW);
      // The browser closes here: on the next start the import is reported with how far it got.
      await expectConsistent();
      const [interrupted] = await interruptedImports(db);
      expect(interrupted).toMatchObject({ account: ME, handle: 'dana_builds' });
      expect(interrupted?.fraction).toBeGreaterThan(0);
      expect(interrupted?.fraction).toBeLessThan(1);
      // Choosing the file again finishes it; nothing is counted twice.
      await importArchive(db, data, NOW, LIMITS);
      expect(await dump()).toEqual(clean);
      expect(await interruptedImports(db)).toEqual([]);
      await expectConsistent();
      for (const s of ['contacts', 'interactions', 'posts', 'accounts'] as const) await db.clear(s);
    }
  });

  it('interrupted in the middle of a chunk: that chunk is rolled back whole, the others stay', async () => {
    const data = archive();
    const clean = await cleanDump(data);
    const chunks = [...archiveChunks(data, LIMITS)];
    const crashAt = chunks.findIndex((c) => c.part === 'interactions') + 1; // a chunk with summaries to update
    await beginArchiveImport(
      db,
      {
        id: 'imp_m',
        account: data.account,
        seenAt: data.seenAt,
        totals: partTotals(data),
        counts: data.counts,
      },
      NOW,
    );
    for (const chunk of chunks.slice(0, crashAt)) await importArchiveChunk(db, ME, 'imp_m', chunk, NOW);
    const before = await dump();
    const [journalBefore] = await interruptedImports(db);
    const crash = () => new DOMException('The browser went away mid-write.', 'AbortError');
    await expect(importArchiveChunk(db, ME, 'imp_m', chunks[crashAt] as never, NOW, crash)).rejects.toThrow(
      /went away/,
    );
    expect(await dump()).toEqual(before);
    expect(await interruptedImports(db)).toEqual([journalBefore]);
    await expectConsistent();
    // Finishing is refused while parts are missing, and says which.
    await expect(finishArchiveImport(db, ME, 'imp_m', NOW)).rejects.toThrow(/incomplete: .*interactions/);
    await importArchive(db, data, NOW, LIMITS);
    expect(await dump()).toEqual(clean);
  });

  it('import twice = once; a resent chunk adds nothing', async () => {
    const data = archive();
    const once = await importArchive(db, data, NOW, LIMITS);
    const rows = await dump();
    expect(once.added).toEqual({ contacts: 73, posts: 25, interactions: 80 });
    const twice = await importArchive(db, data, NOW, LIMITS);
    expect(twice.added).toEqual({ contacts: 0, posts: 0, interactions: 0 });
    expect(await dump()).toEqual(rows);
    // A chunk whose answer was lost is sent again: nothing doubles, the journal does not run ahead.
    const chunk = [...archiveChunks(data, LIMITS)].find((c) => c.part === 'interactions');
    await beginArchiveImport(
      db,
      {
        id: 'imp_r',
        account: data.account,
        seenAt: data.seenAt,
        totals: partTotals(data),
        counts: data.counts,
      },
      NOW,
    );
    const first = await importArchiveChunk(db, ME, 'imp_r', chunk as never, NOW);
    const again = await importArchiveChunk(db, ME, 'imp_r', chunk as never, NOW);
    expect(again.done).toEqual(first.done);
    expect(await dump()).toEqual(rows);
    await expectConsistent();
  });
});

describe('what a resent chunk finds stored', () => {
  it('keys of every length and kind, stored in any order: each found, none added twice', async () => {
    // Ids of 7, 8 and 19 digits (2007 posts to today's), and not in time order (a run's first key
    // need not be its lowest); every interaction key shape, handles of any length.
    const N = 90;
    const ids = Array.from(
      { length: N },
      (_, i) => `${['9', '15', '1700000000000'][i % 3]}${100_000 + N - i}`,
    );
    const data = archive();
    data.posts = ids.map((tweetId, i) => ({
      key: `tweet:${tweetId}`,
      at: Date.UTC(2024, 0, 1 + i),
      kind: 'post' as const,
      text: `post ${i}`,
      links: [],
      mentions: [],
      verdict: 'broadcast' as const,
    }));
    data.interactions = ids.flatMap((tweetId, i) => [
      {
        key: `tweet:${tweetId}:mention_out:${'h'.repeat(1 + (i % 15))}`,
        kind: 'mention_out' as const,
        person: id(i),
        at: Date.UTC(2024, 1, 1 + i),
      },
      { key: `dm:${tweetId}`, kind: 'dm_in' as const, person: id(i + 1), at: Date.UTC(2024, 2, 1 + i) },
      {
        key: `dm:${tweetId}:${id(i + 2)}`,
        kind: 'dm_out' as const,
        person: id(i + 2),
        at: Date.UTC(2024, 3, 1 + i),
      },
    ]);
    const clean = await cleanDump(data);
    // Stopped half way through the talk; sent again in other chunks, so some chunks are half stored.
    await beginArchiveImport(
      db,
      {
        id: 'imp_x',
        account: data.account,
        seenAt: data.seenAt,
        totals: partTotals(data),
        counts: data.counts,
      },
      NOW,
    );
    const chunks = [...archiveChunks(data, LIMITS)];
    const half = chunks.findIndex((c) => c.part === 'interactions') + 7;
    for (const chunk of chunks.slice(0, half)) await importArchiveChunk(db, ME, 'imp_x', chunk, NOW);
    const stored = { posts: await db.count('posts'), interactions: await db.count('interactions') };
    expect(stored.interactions).toBeGreaterThan(0);
    const rest = await importArchive(db, data, NOW, { ...LIMITS, interactions: 13, posts: 6 });
    expect(rest.added.posts).toBe(N - stored.posts);
    expect(rest.added.interactions).toBe(3 * N + 30 - stored.interactions);
    expect(await dump()).toEqual(clean);
    await expectConsistent();
    const again = await importArchive(db, data, NOW, LIMITS);
    expect(again.added).toEqual({ contacts: 0, posts: 0, interactions: 0 });
  });
});

describe('the archive import messages after a fault', () => {
  it('a full disk mid-import (the fault switch): a clear error with how far it got; sending again finishes it once', async () => {
    const data = archive();
    await fakeBrowser.storage.local.set({ 'dt:test-hooks': true, 'dt:faults': { 'quota-archive': 1 } });
    const stopped = await sendArchiveImport(data, send).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(ImportStopped);
    const { fraction, reason } = stopped as ImportStopped;
    expect(reason).toMatchObject({ code: 'storage-full', message: ARCHIVE_DISK_FULL_MESSAGE });
    // The followers' chunk was stored before the disk filled; the following's was not.
    expect(fraction).toBeCloseTo(60 / (60 + 20 + 25 + 51 + 30 + 15), 5);
    const status = await raw('archive.import.status', {});
    expect(status).toMatchObject({ ok: true, data: { interrupted: [{ account: ME, fraction }] } });
    expect(await db.count('contacts')).toBe(60);
    await expectConsistent();
    const done = await sendArchiveImport(data, send);
    expect(done.added).toEqual({ contacts: 73 - 60, posts: 25, interactions: 80 });
    expect(await raw('archive.import.status', {})).toMatchObject({ ok: true, data: { interrupted: [] } });
    const again = await sendArchiveImport(data, send);
    expect(again.added).toEqual({ contacts: 0, posts: 0, interactions: 0 });
  });
});
