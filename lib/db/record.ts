import type { Account, PageEvent, Person } from '@/lib/messages/schemas';
import { addToSummary, emptySummary } from '@/lib/relationships/summary';
import { seenAccountRow } from './account-row';
import { BatchStore } from './batch-store';
import { bare, contactCacheOf } from './contact-cache';
import { upsertContact, withDerived } from './contacts';
import type { Database } from './open';
import { type InteractionRow, STORE_NAMES } from './schema';
import { isTwin, keyForm, twinRange } from './twin-acts';
import { markUnfollowed } from './unfollowed';

export interface RecordResult {
  stored: number;
  duplicates: number;
}

/**
 * Writes one batch of page events in a single transaction: all of it lands or none of it does
 * (a full disk aborts the transaction and the content script sends the batch again later).
 * Keys make it idempotent: an event whose key is already stored is counted as a duplicate.
 *
 * The batch first bets that its certain interactions (person known by id) are all new, and
 * issues every write in one go (see `addInteractionsHopefully`): a round trip less per batch. If
 * one turns out to be stored, that transaction is aborted whole and the batch is recorded again
 * the careful way (each add answered before the rest is written). After a batch with such a
 * duplicate, the connection's next batch is careful from the start (a page revisited sends what
 * it sent before).
 */
export async function recordEvents(
  db: Database,
  account: Account,
  events: PageEvent[],
  now = Date.now(),
): Promise<RecordResult> {
  const raw = bare(db);
  if (!hadDuplicates.get(raw)) {
    const hopeful = await recordOnce(db, account, events, now, true);
    if (hopeful) return hopeful;
    hadDuplicates.set(raw, true);
  }
  // Careful: never answers undefined (it does not bet, so it never meets SEEN_BEFORE).
  const careful = (await recordOnce(db, account, events, now, false)) as RecordResult;
  if (careful.duplicates === 0) hadDuplicates.delete(raw);
  return careful;
}

/** Connections whose last batch found a stored key among its certain interactions. */
const hadDuplicates = new WeakMap<object, boolean>();

/** Thrown inside a hopeful batch when a certain interaction was stored already. */
const SEEN_BEFORE = Symbol('seen before');

/** The batch's result, or undefined when a hopeful batch met a stored key (nothing was written). */
async function recordOnce(
  db: Database,
  account: Account,
  events: PageEvent[],
  now: number,
  hopeful: boolean,
): Promise<RecordResult | undefined> {
  const cache = contactCacheOf(db);
  const tx = db.transaction(STORE_NAMES, 'readwrite');
  const store = new BatchStore(tx, account.id, cache);
  let written: { result: RecordResult; seenAt: number | undefined };
  try {
    written = await writeBatch(store, account, events, now, hopeful);
  } catch (error) {
    // A throw half way (a bug one event triggers) must not commit what was already issued: the
    // rows added up front would land without their contacts' summaries.
    try {
      tx.abort();
    } catch {
      // Already finished or aborted (a failed request aborts it): nothing was committed either way.
    }
    if (error === SEEN_BEFORE) {
      // Rolled back whole: wait for the abort, so the careful pass starts from the stored state.
      await tx.done.catch(() => {});
      return undefined;
    }
    tx.done.catch(() => {});
    throw error;
  }
  await tx.done;
  // Committed: the next batches about the same people need not read them again.
  if (written.seenAt !== undefined) cache?.writeThrough(account.id, written.seenAt, store.known());
  return written.result;
}

async function writeBatch(
  store: BatchStore,
  account: Account,
  events: PageEvent[],
  now: number,
  hopeful: boolean,
) {
  const { tx } = store;
  const result: RecordResult = { stored: 0, duplicates: 0 };
  const a = account.id;

  const candidates = certainContacts(events, account);
  const reads = readsOf(events, candidates);
  const [existingAccount] = await Promise.all([tx.objectStore('accounts').get(a), store.prefetch(reads)]);
  const seenAt = await store.settle(reads);
  const { added, allNew } = await addCertain(store, candidates, hopeful);
  // Posts and nudges only need "is this key stored?": ask for all of them at once.
  const storedKeys = async (name: 'posts' | 'nudges', type: 'post' | 'nudge') => {
    const keys = events.filter((e) => e.type === type).map((e) => (e as { key: string }).key);
    const found = await Promise.all(keys.map((key) => tx.objectStore(name).getKey([a, key])));
    return new Set(keys.filter((_, j) => found[j]));
  };
  const [storedPosts, storedNudges] = await Promise.all([
    storedKeys('posts', 'post'),
    storedKeys('nudges', 'nudge'),
  ]);

  /**
   * Adds the interaction unless its key is stored; true when it was new to the contact. A row that
   * came from the archive without its person (a like: the archive does not name the liked post's
   * author) is claimed by the first page event that knows who it was.
   */
  const addInteraction = async (row: InteractionRow, event?: PageEvent) => {
    // Consumed once: the same event object again in the batch is then a stored key (a duplicate).
    if (event && added.get(event)) {
      added.delete(event);
      result.stored++;
      return true;
    }
    const existing = await store.interaction(row.key);
    if (existing?.contact || (!existing && (await storedAsTwin(row)))) {
      result.duplicates++;
      return false;
    }
    store.putInteraction(existing ? { ...existing, contact: row.contact } : row);
    result.stored++;
    return true;
  };
  /** The act is stored under its archive name already (twin-acts.ts). */
  const storedAsTwin = async (row: InteractionRow) => {
    if (keyForm(row.key) !== 'page') return false;
    const near = await tx
      .objectStore('interactions')
      .index('byContact')
      .getAll(twinRange(a, row.contact, row.at));
    return near.some((stored) => isTwin(row, stored));
  };
  const interactWith = async (
    person: Person,
    row: Omit<InteractionRow, 'account' | 'contact'>,
    event?: PageEvent,
  ) => {
    if (isMe(person, account)) return;
    const contact = await upsertContact(store, person, row.at);
    if (await addInteraction({ ...row, account: a, contact: contact.key }, event)) {
      store.talk.add(contact.key, contact.summary, row);
      store.putContact(
        withDerived({ ...contact, summary: addToSummary(contact.summary ?? emptySummary(), row) }),
      );
    }
  };

  for (const event of events) {
    switch (event.type) {
      case 'interaction':
        await interactWith(event.person, interactionOf(event), event);
        break;
      case 'profile':
        if (!isMe(event.person, account)) await upsertContact(store, event.person, event.at);
        break;
      case 'edge': {
        if (isMe(event.person, account)) break;
        const prior = event.person.id ? await store.contact(event.person.id) : undefined;
        const contact = await upsertContact(store, event.person, event.at);
        const first = event.list === 'followers' ? 'followerFirstSeen' : 'followingFirstSeen';
        const last = event.list === 'followers' ? 'followerLastSeen' : 'followingLastSeen';
        const { unfollowedAt: _seenFollowingAgain, ...current } = contact;
        // Following again after leaving is a new follow: it sorts by now, not by the first one.
        const refollowed = event.list === 'followers' && prior?.unfollowedAt !== undefined;
        store.putContact(
          withDerived({
            ...(event.list === 'followers' ? current : contact),
            ...(event.list === 'followers' ? { followsMe: true } : { iFollow: true }),
            [first]: refollowed ? event.at : Math.min(contact[first] ?? event.at, event.at),
            [last]: Math.max(contact[last] ?? event.at, event.at),
          }),
        );
        break;
      }
      case 'list-end':
        await markUnfollowed(store, event, now);
        break;
      case 'post': {
        if (storedPosts.has(event.key)) {
          result.duplicates++;
          break;
        }
        storedPosts.add(event.key);
        const replyTo = event.replyTo?.person;
        const quoteOf = event.quoteOf?.person;
        quiet(
          tx.objectStore('posts').add({
            account: a,
            key: event.key,
            at: event.at,
            kind: event.kind,
            text: event.text,
            links: event.links,
            mentions: event.mentions,
            source: 'page',
            ...(event.verdict && { verdict: event.verdict }),
            ...(event.replyTo?.tweetId && { replyToTweetId: event.replyTo.tweetId }),
            ...(replyTo?.id && { replyToContact: replyTo.id }),
            ...(event.quoteOf?.tweetId && { quoteOfTweetId: event.quoteOf.tweetId }),
          }),
        );
        result.stored++;
        const base = { at: event.at, text: event.text };
        if (replyTo)
          await interactWith(replyTo, { ...base, key: `${event.key}:reply_out`, kind: 'reply_out' });
        if (quoteOf)
          await interactWith(quoteOf, { ...base, key: `${event.key}:quote_out`, kind: 'quote_out' });
        const replyHandle = replyTo?.handle?.toLowerCase();
        for (const [lower, handle] of mentionedHandles(event.mentions)) {
          if (lower === replyHandle) continue;
          await interactWith(
            { handle },
            { ...base, key: `${event.key}:mention_out:${lower}`, kind: 'mention_out' },
          );
        }
        break;
      }
      case 'nudge': {
        if (storedNudges.has(event.key)) {
          result.duplicates++;
          break;
        }
        storedNudges.add(event.key);
        quiet(
          tx.objectStore('nudges').add({
            account: a,
            key: event.key,
            at: event.at,
            outcome: event.outcome,
            verdict: event.verdict,
            rules: event.rules,
          }),
        );
        result.stored++;
        break;
      }
    }
  }
  await store.flush();
  const count = existingAccount?.unmetCount;
  quiet(
    tx.objectStore('accounts').put({
      ...seenAccountRow(existingAccount, account, now),
      ...(count !== undefined && { unmetCount: count + store.unmetDelta }),
    }),
  );
  // Everything above counted the certain rows as new: if one was not, none of it may commit.
  // A failed add (a full disk) rejects with its own error, the first to come: thrown as it is.
  if (!(await allNew)) throw SEEN_BEFORE;
  return { result, seenAt };
}

type InteractionEvent = Extract<PageEvent, { type: 'interaction' }>;

const interactionOf = (event: InteractionEvent): Omit<InteractionRow, 'account' | 'contact'> => ({
  key: event.key,
  kind: event.kind,
  at: event.at,
  ...(event.tweetId && { tweetId: event.tweetId }),
  ...(event.text && { text: event.text }),
  ...(event.thread && { thread: event.thread }),
});

/**
 * Interactions whose contact row is known before anything is read: the person's id is the
 * contact's key (upsertContact), unless a handle-only row must first merge into it (its rows move
 * and the merged summary is counted from the stored rows, which must not yet hold this batch's).
 * A handle-only row can be created by the batch itself, so a handle any id-less person in the
 * batch wears leaves its interactions to the ordinary path; one already stored is checked after
 * the reads (`addCertain`).
 */
function certainContacts(events: PageEvent[], account: Account): InteractionEvent[] {
  const idless = new Set<string>();
  const note = (p: Person | undefined) => {
    if (p?.handle && !p.id) idless.add(p.handle.toLowerCase());
  };
  for (const event of events) {
    if (event.type === 'interaction' || event.type === 'profile' || event.type === 'edge') note(event.person);
    else if (event.type === 'post') {
      note(event.replyTo?.person);
      note(event.quoteOf?.person);
      for (const lower of mentionedHandles(event.mentions).keys()) idless.add(lower);
    }
  }
  return events.filter(
    (e): e is InteractionEvent =>
      e.type === 'interaction' &&
      e.person.id !== undefined &&
      // An act with a second name (a message, a repost) may be stored under the other: read first.
      keyForm(e.key) !== 'page' &&
      !isMe(e.person, account) &&
      !(e.person.handle && idless.has(e.person.handle.toLowerCase())),
  );
}

/**
 * Adds the certain interactions in one go (an `add` each, no read first) and answers, per event,
 * whether it was added. A candidate whose handle a stored handle-only row wears is left out: that
 * row merges into the id's first. `hopeful`: every add counts as done at once, and `allNew` says
 * later whether that was true (see `addInteractionsHopefully`); otherwise the adds are awaited.
 */
async function addCertain(store: BatchStore, candidates: InteractionEvent[], hopeful: boolean) {
  const sure: InteractionEvent[] = [];
  // One event object given twice is one row: added once, its repeat left to the ordinary path.
  for (const event of new Set(candidates)) {
    const handle = event.person.handle?.toLowerCase();
    const wearer = handle ? await store.contactByHandle(handle) : undefined;
    if (wearer && wearer.key !== event.person.id && !wearer.id) continue;
    sure.push(event);
  }
  const rows = sure.map((event) => ({
    ...interactionOf(event),
    account: store.account,
    contact: event.person.id as string,
  }));
  if (hopeful) {
    const allNew = store.addInteractionsHopefully(rows);
    // Awaited at the end of the batch; a rejection (a full disk) also aborts the transaction.
    allNew.catch(() => {});
    return { added: new Map<PageEvent, boolean>(sure.map((event) => [event, true])), allNew };
  }
  const added = await store.addInteractions(rows);
  return {
    added: new Map<PageEvent, boolean>(sure.map((event, i) => [event, added[i] ?? false])),
    allNew: Promise.resolve(true),
  };
}

const mentionedHandles = (mentions: string[]) => new Map(mentions.map((h) => [h.toLowerCase(), h]));

/** Everything a batch will look up, so it can be fetched in one go. */
function readsOf(events: PageEvent[], certain: InteractionEvent[]) {
  const added = new Set<PageEvent>(certain);
  const ids: string[] = [];
  const handles: string[] = [];
  const interactionKeys: string[] = [];
  const person = (p: Person | undefined) => {
    if (p?.id) ids.push(p.id);
    if (p?.handle) handles.push(p.handle.toLowerCase());
  };
  for (const event of events) {
    if (event.type === 'interaction') {
      person(event.person);
      // A certain one is added without a read; the others are looked up.
      if (!added.has(event)) interactionKeys.push(event.key);
    } else if (event.type === 'profile' || event.type === 'edge') {
      person(event.person);
    } else if (event.type === 'post') {
      person(event.replyTo?.person);
      person(event.quoteOf?.person);
      if (event.replyTo?.person) interactionKeys.push(`${event.key}:reply_out`);
      if (event.quoteOf?.person) interactionKeys.push(`${event.key}:quote_out`);
      for (const lower of mentionedHandles(event.mentions).keys()) {
        handles.push(lower);
        interactionKeys.push(`${event.key}:mention_out:${lower}`);
      }
    }
  }
  return { ids, handles, interactionKeys };
}

function isMe(person: Person, account: Account): boolean {
  return person.id === account.id || person.handle?.toLowerCase() === account.handle.toLowerCase();
}

function quiet(request: Promise<unknown>) {
  request.catch(() => {});
}
