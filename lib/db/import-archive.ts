import type { IDBPTransaction } from 'idb';
import { unwrap } from 'idb';
import {
  type ArchiveChunk,
  archiveChunks,
  IMPORT_PARTS,
  type ImportPart,
  type PartCounts,
  partTotals,
  storedFraction,
} from '@/lib/archive/chunks';
import type { ArchiveImport, ImportCounts, ImportInteraction, ImportPost } from '@/lib/archive/to-events';
import { CHUNK_LIMITS } from '@/lib/messages/protocol-archive';
import { addToSummary, emptySummary, UNMET } from '@/lib/relationships/summary';
import { snowflakeMs } from '@/lib/text/snowflake';
import { handleKey, withDerived } from './contacts';
import type { Database } from './open';
import type {
  AccountRow,
  ArchiveImportJournal,
  ContactRow,
  DinnerTableDB,
  InteractionRow,
  PostRow,
} from './schema';
import { TalkTally } from './talk-tally';
import { isTwin, keyForm, twinRange } from './twin-acts';

/**
 * The X archive import, written chunk by chunk. Each chunk is one transaction holding its rows,
 * the contacts they change (summaries, stages, unmet flags, the account's unmet count) and the
 * import's journal on the account row: a crash, a full disk or a closed page between or inside
 * chunks leaves a record that is consistent and says how far it got. Keys come from X's ids and
 * every merge is idempotent, so choosing the file again finishes an interrupted import without
 * counting anything twice. `finishArchiveImport` then does what needs the whole archive (who
 * unfollowed) and clears the journal.
 */

export interface ArchiveImportResult {
  account: { id: string; handle: string };
  imported: ImportCounts;
  added: { contacts: number; posts: number; interactions: number };
}

/** The import's journal is gone or belongs to another import (a newer one replaced it, or a wipe). */
export class ImportGoneError extends Error {
  override name = 'ImportGoneError';
}

/** `finish` before every chunk was stored: the parts still missing. */
export class ImportIncompleteError extends Error {
  override name = 'ImportIncompleteError';
  constructor(readonly parts: ImportPart[]) {
    super(`incomplete: ${parts.join(', ')}`);
  }
}

type ChunkTx = IDBPTransaction<
  DinnerTableDB,
  ('accounts' | 'contacts' | 'interactions' | 'posts' | 'talk')[],
  'readwrite'
>;

/** An import not finished after this long is surely not running any more. */
const IDLE_MS = 6 * 3_600_000;
const MAX_JOURNALS = 20;

const accountRange = (account: string) => IDBKeyRange.bound([account], [account, []]);
const zeroParts = (): PartCounts => Object.fromEntries(IMPORT_PARTS.map((part) => [part, 0])) as PartCounts;

/** Starts (or restarts) an import: the account's row with a fresh journal. Nothing else is written. */
export async function beginArchiveImport(
  db: Database,
  input: {
    id: string;
    account: { id: string; handle: string; name?: string };
    seenAt: number;
    totals: PartCounts;
    counts: ImportCounts;
    followersPartial?: true;
  },
  now = Date.now(),
): Promise<ArchiveImportJournal> {
  const tx = db.transaction('accounts', 'readwrite');
  const row = await tx.store.get(input.account.id);
  const journal: ArchiveImportJournal = {
    id: input.id,
    seenAt: input.seenAt,
    startedAt: now,
    totals: input.totals,
    done: zeroParts(),
    added: { contacts: 0, posts: 0, interactions: 0 },
    counts: input.counts,
    ...(input.followersPartial && { followersPartial: true }),
  };
  // Journals a finished import made moot are dropped once surely idle (another page may still be
  // sending one of them: it finishes on its own); the list stays short either way.
  const kept = (row?.archiveImports ?? [])
    .filter((j) => !(superseded(j, row?.archiveFinished) && now - j.startedAt > IDLE_MS))
    .slice(-MAX_JOURNALS);
  await tx.store.put({
    ...row,
    id: input.account.id,
    handle: row?.handle ?? input.account.handle,
    name: row?.name ?? input.account.name,
    firstSeen: Math.min(row?.firstSeen ?? now, now),
    // An archive is not a sign-in: a new account is "never seen on X" (0), so the popup keeps
    // showing the account signed in rather than the archive's by surprise.
    lastSeen: row?.lastSeen ?? 0,
    // A new account has no contacts yet: its unmet count starts exact and each chunk keeps it so.
    ...(!row && { unmetCount: 0 }),
    archiveImports: [...kept, journal],
  });
  await tx.done;
  return journal;
}

/**
 * Stores one chunk with everything it changes, in one transaction. Safe to send twice (a lost
 * answer, a re-import): stored keys are skipped, edges and handles merge to the same values.
 * `failBeforeCommit` (tests, the fault suite) throws once the writes are queued: the chunk is
 * rolled back whole and the journal still says where the import stands.
 */
export async function importArchiveChunk(
  db: Database,
  account: string,
  importId: string,
  chunk: ArchiveChunk,
  now = Date.now(),
  failBeforeCommit?: () => Error,
): Promise<ArchiveImportJournal> {
  const tx: ChunkTx = db.transaction(['accounts', 'contacts', 'interactions', 'posts', 'talk'], 'readwrite');
  try {
    const accountRow = await tx.objectStore('accounts').get(account);
    const journal = accountRow?.archiveImports?.find((j) => j.id === importId);
    if (!accountRow || !journal) throw new ImportGoneError('import gone');
    const writer = new ChunkWriter(tx, account, journal, now);
    await writer.write(chunk);
    const next: ArchiveImportJournal = {
      ...journal,
      done: {
        ...journal.done,
        [chunk.part]: Math.max(journal.done[chunk.part], chunk.offset + chunk.items.length),
      },
      added: {
        contacts: journal.added.contacts + writer.added.contacts,
        posts: journal.added.posts + writer.added.posts,
        interactions: journal.added.interactions + writer.added.interactions,
      },
    };
    const count = accountRow.unmetCount;
    quiet(
      unwrap(tx.objectStore('accounts')).put({
        ...accountRow,
        ...(count !== undefined && { unmetCount: count + writer.unmetDelta }),
        archiveImports: (accountRow.archiveImports ?? []).map((j) => (j.id === importId ? next : j)),
      } satisfies AccountRow),
    );
    if (failBeforeCommit) throw failBeforeCommit();
    await tx.done;
    return next;
  } catch (error) {
    await abort(tx);
    throw error;
  }
}

/**
 * Ends an import once every chunk is stored: a follower the archive no longer lists has unfollowed
 * (unless the page saw them following after the archive was made), then the journal is cleared.
 */
export async function finishArchiveImport(
  db: Database,
  account: string,
  importId: string,
  now = Date.now(),
): Promise<ArchiveImportResult> {
  const tx = db.transaction(['accounts', 'contacts'], 'readwrite');
  try {
    const accountRow = await tx.objectStore('accounts').get(account);
    const journal = accountRow?.archiveImports?.find((j) => j.id === importId);
    if (!accountRow || !journal) throw new ImportGoneError('import gone');
    const missing = IMPORT_PARTS.filter((part) => journal.done[part] < journal.totals[part]);
    if (missing.length) throw new ImportIncompleteError(missing);
    // Someone absent from a follower list with parts missing may be in the missing part.
    const unmetDelta =
      journal.totals.followers > 0 && !journal.followersPartial
        ? await markUnfollowed(tx, account, journal.seenAt, now)
        : 0;
    const others = (accountRow.archiveImports ?? []).filter((j) => j.id !== importId);
    const { archiveImports: _all, ...rest } = accountRow;
    const count = rest.unmetCount;
    const last = rest.archiveFinished;
    quiet(
      unwrap(tx.objectStore('accounts')).put({
        ...rest,
        ...(count !== undefined && { unmetCount: count + unmetDelta }),
        ...(others.length && { archiveImports: others }),
        archiveFinished:
          last && last.startedAt > journal.startedAt
            ? last
            : { startedAt: journal.startedAt, seenAt: journal.seenAt },
      } satisfies AccountRow),
    );
    await tx.done;
    return {
      account: { id: account, handle: accountRow.handle },
      imported: journal.counts,
      added: journal.added,
    };
  } catch (error) {
    await abort(tx);
    throw error;
  }
}

export interface InterruptedImport {
  account: string;
  handle: string;
  /** Share of the archive's items stored, 0..1. */
  fraction: number;
  startedAt: number;
}

/** A journal an import finished since makes moot: it began earlier, for an archive no newer. */
const superseded = (j: ArchiveImportJournal, finished: AccountRow['archiveFinished']) =>
  Boolean(finished && j.startedAt <= finished.startedAt && j.seenAt <= finished.seenAt);

/**
 * Imports that were started and never finished (the page closed, the browser crashed, the disk
 * filled): per account, the latest one no finished import has made moot.
 */
export async function interruptedImports(db: Database): Promise<InterruptedImport[]> {
  const accounts = await db.getAll('accounts');
  return accounts.flatMap((row) => {
    const open = (row.archiveImports ?? []).filter((j) => !superseded(j, row.archiveFinished));
    const latest = open.sort((a, b) => b.startedAt - a.startedAt)[0];
    return latest
      ? [
          {
            account: row.id,
            handle: row.handle,
            fraction: storedFraction(latest.totals, latest.done),
            startedAt: latest.startedAt,
          },
        ]
      : [];
  });
}

/** Imports made without the page (tests) are cut as the page cuts them. */
const WHOLE_LIMITS: PartCounts = CHUNK_LIMITS;

/** A whole archive in chunks, begin to finish (what the page's messages do, without the page). */
export async function importArchive(
  db: Database,
  data: ArchiveImport,
  now = Date.now(),
  limits: PartCounts = WHOLE_LIMITS,
): Promise<ArchiveImportResult> {
  const id = `imp_${now.toString(36)}_${Math.random().toString(36).slice(2, 10)}`;
  const a = data.account.id;
  await beginArchiveImport(
    db,
    { id, account: data.account, seenAt: data.seenAt, totals: partTotals(data), counts: data.counts },
    now,
  );
  for (const chunk of archiveChunks(data, limits)) await importArchiveChunk(db, a, id, chunk, now);
  return finishArchiveImport(db, a, id, now);
}

/** One chunk's reads and writes: the rows it needs are read in one go, each contact written once. */
class ChunkWriter {
  readonly added = { contacts: 0, posts: 0, interactions: 0 };
  unmetDelta = 0;
  /** Contacts as stored before this chunk (undefined: none). */
  private stored = new Map<string, ContactRow | undefined>();
  private touched = new Map<string, ContactRow>();
  /** The week's tally of the interactions this chunk adds (lib/db/talk-tally). */
  private readonly talk: TalkTally;

  constructor(
    private readonly tx: ChunkTx,
    private readonly account: string,
    private readonly journal: ArchiveImportJournal,
    private readonly now: number,
  ) {
    this.talk = new TalkTally(tx, account);
  }

  async write(chunk: ArchiveChunk) {
    switch (chunk.part) {
      case 'followers':
      case 'following':
        await this.readContacts(chunk.items);
        this.edges(chunk.items, chunk.offset, chunk.part);
        break;
      case 'interactions':
        await this.interactions(chunk.items);
        break;
      case 'likes':
        await this.likes(chunk.items);
        break;
      case 'posts':
        await this.posts(chunk.items);
        break;
      case 'handles':
        await this.handles(chunk.items);
        break;
    }
    await this.talk.flush();
    this.flush();
  }

  /**
   * The contacts of `ids` as stored. When the chunk names a large share of the account's contacts
   * (or there are none), the keys are read in one go first: the rows are read only for the ids
   * stored (all at once when they are many), so a list of new people reads no rows at all.
   */
  private async readContacts(ids: Iterable<string>) {
    const wanted = [...new Set(ids)].filter((id) => !this.stored.has(id));
    if (!wanted.length) return;
    const store = this.tx.objectStore('contacts');
    const have = await store.count(accountRange(this.account));
    for (const id of wanted) this.stored.set(id, undefined);
    if (have === 0) return;
    let present = wanted;
    if (wanted.length * 4 >= have) {
      const want = new Set(wanted);
      present = (await store.getAllKeys(accountRange(this.account)))
        .map((k) => k[1])
        .filter((k) => want.has(k));
      if (present.length * 4 >= have) {
        for (const row of await store.getAll(accountRange(this.account)))
          if (want.has(row.key)) this.stored.set(row.key, row);
        return;
      }
    }
    const rows = await requestAll(unwrap(store), (s, id: string) => s.get([this.account, id]), present);
    present.forEach((id, i) => {
      this.stored.set(id, rows[i] as ContactRow | undefined);
    });
  }

  /**
   * Which of `keys` are stored in `name`: a key-only range read per run of similar keys (same
   * prefix and length, so ids sort as numbers) instead of a request per key. A chunk's keys are
   * close together (posts and messages in time order): in a fresh import every range is empty.
   */
  private async storedKeys(name: 'interactions' | 'posts', keys: string[]): Promise<Set<string>> {
    const runs = new Map<string, [string, string]>();
    for (const key of keys) {
      const kind = `${key.length}:${key.slice(0, key.indexOf(':'))}`;
      const run = runs.get(kind);
      if (!run) runs.set(kind, [key, key]);
      else if (key < run[0]) run[0] = key;
      else if (key > run[1]) run[1] = key;
    }
    const found = await requestAll(
      unwrap(this.tx.objectStore(name)),
      (s, [low, high]: [string, string]) =>
        s.getAllKeys(IDBKeyRange.bound([this.account, low], [this.account, high])),
      [...runs.values()],
    );
    const wanted = new Set(keys);
    const stored = new Set<string>();
    for (const list of found as [string, string][][])
      for (const [, key] of list) if (wanted.has(key)) stored.add(key);
    return stored;
  }

  private contactFor(id: string, at: number): ContactRow {
    let row = this.touched.get(id);
    if (!row) {
      const before = this.stored.get(id);
      if (before) row = { ...before };
      else {
        row = { account: this.account, key: id, id, firstSeen: at, lastSeen: at };
        this.added.contacts++;
      }
      this.touched.set(id, row);
    }
    row.firstSeen = Math.min(row.firstSeen, at);
    return row;
  }

  /**
   * The archive lists edges newest first without dates: each gets the archive's time minus its
   * position in ms, so "newest follower first" keeps the archive's order; a time already known
   * (the page saw them earlier) wins.
   */
  private edges(ids: string[], offset: number, list: 'followers' | 'following') {
    const seenAt = this.journal.seenAt;
    ids.forEach((id, i) => {
      const at = seenAt - (offset + i);
      const row = this.contactFor(id, at);
      if (list === 'followers') {
        // An archive older than a known unfollow says they followed then, not that they do now.
        if (row.unfollowedAt === undefined || row.unfollowedAt <= seenAt) {
          row.followsMe = true;
          delete row.unfollowedAt;
        }
        row.followerFirstSeen = Math.min(row.followerFirstSeen ?? at, at);
        row.followerLastSeen = Math.max(row.followerLastSeen ?? seenAt, seenAt);
      } else {
        row.iFollow = true;
        row.followingFirstSeen = Math.min(row.followingFirstSeen ?? at, at);
        row.followingLastSeen = Math.max(row.followingLastSeen ?? seenAt, seenAt);
      }
    });
  }

  private async interactions(items: ImportInteraction[]) {
    const mine = items.filter((i) => i.person !== this.account);
    const [stored] = await Promise.all([
      this.storedKeys(
        'interactions',
        mine.map((i) => i.key),
      ),
      this.readContacts(mine.map((i) => i.person)),
    ]);
    const twins = await this.storedTwins(mine.filter((i) => !stored.has(i.key) && keyForm(i.key)));
    const store = unwrap(this.tx.objectStore('interactions'));
    for (const i of mine) {
      if (stored.has(i.key) || twins.has(i.key)) continue;
      stored.add(i.key);
      const row = this.contactFor(i.person, i.at);
      this.talk.add(i.person, row.summary, i);
      row.summary = addToSummary(row.summary ?? emptySummary(), i);
      quiet(
        store.add({
          account: this.account,
          key: i.key,
          contact: i.person,
          kind: i.kind,
          at: i.at,
          ...(i.tweetId && { tweetId: i.tweetId }),
          ...(i.text && { text: i.text }),
        } satisfies InteractionRow),
      );
      this.added.interactions++;
    }
  }

  /**
   * The keys of the acts the page already stored under their other name (twin-acts.ts): one read of
   * each person's history over the chunk's time span, each stored act matched at most once.
   */
  private async storedTwins(acts: ImportInteraction[]): Promise<Set<string>> {
    const byPerson = new Map<string, ImportInteraction[]>();
    for (const act of acts) {
      const list = byPerson.get(act.person);
      if (list) list.push(act);
      else byPerson.set(act.person, [act]);
    }
    const index = this.tx.objectStore('interactions').index('byContact');
    const histories = await Promise.all(
      [...byPerson].map(([person, list]) => {
        const times = list.map((a) => a.at);
        return index.getAll(twinRange(this.account, person, Math.min(...times), Math.max(...times)));
      }),
    );
    const twins = new Set<string>();
    [...byPerson.values()].forEach((list, n) => {
      const candidates = (histories[n] ?? []).filter((row) => keyForm(row.key) === 'page');
      for (const act of list) {
        const j = candidates.findIndex((row) => isTwin(act, row));
        if (j < 0) continue;
        twins.add(act.key);
        candidates.splice(j, 1);
      }
    });
    return twins;
  }

  /** Likes: no author in the archive, so no contact ('' = unknown person; see lib/archive/to-events). */
  private async likes(items: { tweetId: string; text?: string }[]) {
    const keyOf = (tweetId: string) => `like_out:${tweetId}`;
    const stored = await this.storedKeys(
      'interactions',
      items.map((l) => keyOf(l.tweetId)),
    );
    const store = unwrap(this.tx.objectStore('interactions'));
    for (const like of items) {
      const key = keyOf(like.tweetId);
      if (stored.has(key)) continue;
      stored.add(key);
      quiet(
        store.add({
          account: this.account,
          key,
          contact: '',
          kind: 'like_out',
          at: snowflakeMs(like.tweetId) ?? this.journal.seenAt,
          tweetId: like.tweetId,
          ...(like.text && { text: like.text }),
        } satisfies InteractionRow),
      );
      this.added.interactions++;
    }
  }

  private async posts(items: ImportPost[]) {
    const stored = await this.storedKeys(
      'posts',
      items.map((p) => p.key),
    );
    const store = unwrap(this.tx.objectStore('posts'));
    for (const p of items) {
      if (stored.has(p.key)) continue;
      stored.add(p.key);
      quiet(store.add({ account: this.account, ...p, source: 'archive' } satisfies PostRow));
      this.added.posts++;
    }
  }

  /**
   * Handles the archive shows, only where they cannot collide: the row exists and has none yet, and
   * no other row of this account wears it (handles change hands; the page's newer knowledge wins).
   */
  private async handles(items: [string, string][]) {
    const fresh = items.filter(([id]) => id !== this.account);
    await this.readContacts(fresh.map(([id]) => id));
    const byHandle = unwrap(this.tx.objectStore('contacts').index('byHandle'));
    const lowers = fresh.map(([, handle]) => handle.toLowerCase());
    const [worn, handleRows] = await Promise.all([
      requestAll(byHandle, (s, lower: string) => s.getKey([this.account, lower]), lowers),
      requestAll(
        unwrap(this.tx.objectStore('contacts')),
        (s, lower: string) => s.getKey([this.account, handleKey(lower)]),
        lowers,
      ),
    ]);
    const claimed = new Set(lowers.filter((_, i) => worn[i] !== undefined || handleRows[i] !== undefined));
    fresh.forEach(([id, handle], i) => {
      const lower = lowers[i] as string;
      const before = this.stored.get(id);
      if (!before || before.handle || claimed.has(lower)) return;
      const row = this.contactFor(id, before.firstSeen);
      row.handle = handle;
      row.handleLower = lower;
      claimed.add(lower);
    });
  }

  /** Every touched contact once, with its derived fields; the unmet count follows the change. */
  private flush() {
    const store = unwrap(this.tx.objectStore('contacts'));
    for (const row of this.touched.values()) {
      row.lastSeen = Math.max(row.lastSeen, row.firstSeen);
      const next = withDerived(row, this.now);
      const before = this.stored.get(row.key);
      this.unmetDelta += (next.unmet === UNMET.yes ? 1 : 0) - (before?.unmet === UNMET.yes ? 1 : 0);
      quiet(store.put(next));
    }
  }
}

/**
 * A follower the archive no longer lists has unfollowed: unless the page saw them following after
 * the archive was made, they stop being a follower (`followsMe` false, `unfollowedAt` the archive's
 * time), keep their history and leave the unmet list. Every follower the archive lists was stamped
 * `followerLastSeen >= seenAt` by its chunk, so "older than the archive" is "not listed". Read in
 * pages, so 100k contacts are never all in memory at once.
 */
async function markUnfollowed(
  tx: IDBPTransaction<DinnerTableDB, ('accounts' | 'contacts')[], 'readwrite'>,
  account: string,
  seenAt: number,
  now: number,
): Promise<number> {
  const store = tx.objectStore('contacts');
  let delta = 0;
  let after: [string, string] | undefined;
  for (;;) {
    const range = after ? IDBKeyRange.bound(after, [account, []], true) : accountRange(account);
    const page = await store.getAll(range, 5000);
    for (const row of page) {
      if (!row.followsMe || (row.followerLastSeen ?? 0) >= seenAt) continue;
      const next = withDerived({ ...row, followsMe: false, unfollowedAt: seenAt }, now);
      delta += (next.unmet === UNMET.yes ? 1 : 0) - (row.unmet === UNMET.yes ? 1 : 0);
      quiet(unwrap(store).put(next));
    }
    if (page.length < 5000) return delta;
    after = [account, (page[page.length - 1] as ContactRow).key];
  }
}

/**
 * Issues one request per item on the raw store without a promise each (100k ids must not cost
 * 100k promise round trips) and resolves with every result, in order, once the last one is in.
 */
function requestAll<S, T>(
  store: S,
  request: (store: S, item: T) => IDBRequest,
  items: readonly T[],
): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const results: unknown[] = new Array(items.length);
    let left = items.length;
    if (left === 0) return resolve(results);
    items.forEach((item, i) => {
      const req = request(store, item);
      req.onsuccess = () => {
        results[i] = req.result;
        if (--left === 0) resolve(results);
      };
      req.onerror = () => reject(req.error);
    });
  });
}

async function abort(tx: { abort(): void; done: Promise<void> }) {
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
  await tx.done.catch(() => {});
}

/** A write we do not wait for: its failure aborts the transaction, and `tx.done` reports it. */
function quiet(request: IDBRequest) {
  request.onerror = () => {};
}
