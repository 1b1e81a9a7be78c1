import { browser } from 'wxt/browser';
import { wakeSnoozed } from '@/lib/db/contact-list';
import { updateContact } from '@/lib/db/contact-update';
import { toContactView } from '@/lib/db/contact-view';
import type { Database } from '@/lib/db/open';
import {
  candidatePool,
  contactsByKey,
  metSince,
  nudgesSince,
  postsSince,
  unmetMetSince,
} from '@/lib/db/popup-queries';
import type { ContactRow } from '@/lib/db/schema';
import { unmetCount as countUnmet } from '@/lib/db/unmet-count';
import type { Input, Output } from '@/lib/messages/protocol';
import type { POPUP_MESSAGES } from '@/lib/messages/protocol-popup';
import { computeBalance } from '@/lib/relationships/balance';
import { isDueNow } from '@/lib/relationships/due';
import {
  DAY_MS,
  type HandfulPick as HandfulPickRef,
  localDate,
  pickHandful,
  reasonFor,
  replyTarget,
  startOfLocalDay,
} from '@/lib/relationships/handful';
import { UNMET } from '@/lib/relationships/summary';
import { loadSettings } from '@/lib/settings/settings';
import type { Handlers } from './router';

type Handful = Output<'handful.get'>;
interface StoredPick {
  size: number;
  picks: HandfulPickRef[];
  /** The last pick snoozed or set aside, where it was and who took its place: what "Undo" puts back. */
  undo?: { pick: HandfulPickRef; index: number; replacedBy?: string };
  /** Unmet followers when the pick was made. */
  unmet?: number;
  /** When a short pick was filled because followers were found since (e.g. a followers page). */
  foundAt?: number;
}

/** How long Today says "Found 30 followers: here are 5 to meet" after a short pick is filled. */
export const FOUND_NOTICE_MS = 15 * 60_000;

export const handfulStorageKey = (account: string, date: string) => `handful:${account}:${date}`;
const SNOOZE_MS = 7 * DAY_MS;

/**
 * The account the popup shows: the one asked for, else the one last seen signed in on X. Never an
 * account chosen elsewhere (the options page picks its account for itself), so the popup never
 * shows by surprise an account you are not signed in to.
 */
export async function viewAccount(db: Database, requested?: string): Promise<string | undefined> {
  if (requested) return requested;
  const accounts = await db.getAll('accounts');
  return accounts.sort((a, b) => b.lastSeen - a.lastSeen)[0]?.id;
}

/**
 * A pick leaves today's handful when hidden, snoozed, gone, no longer a follower, or due in Keep
 * talking (they wrote to you since the pick: answering them is the step, shown above the handful).
 */
const dropped = (row: ContactRow | undefined, now: number) =>
  !row || Boolean(row.hiddenAt) || (row.snoozedUntil ?? 0) > now || !row.followsMe || isDueNow(row, now);

/**
 * Today's handful: the stored pick for (account, local date) when there is one, so it is the same
 * at every opening and after a worker restart; picks that were snoozed or hidden are replaced.
 */
/**
 * The day's stored pick is read, changed and written back by several paths that may run at once
 * (the popup asking, a pick prepared after a write, the first screen being built, an action and its
 * undo): one at a time, or a write lost in between loses an undo or a replacement.
 */
let pickQueue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = pickQueue.then(work, work);
  pickQueue = run.catch(() => {});
  return run;
}

/** Today's handful, picked and stored if needed; one pick change at a time (see oneAtATime). */
export function todaysHandful(db: Database, requested?: string, now = Date.now()): Promise<Handful> {
  return oneAtATime(() => pickToday(db, requested, now));
}

async function pickToday(db: Database, requested: string | undefined, now: number): Promise<Handful> {
  const date = localDate(now);
  const account = await viewAccount(db, requested);
  if (!account) return { account: null, date, size: 0, met: 0, picks: [], unmet: 0, hasFollowers: false };
  const { handfulSize: size } = await loadSettings(account);
  const storageKey = handfulStorageKey(account, date);
  const stored = ((await browser.storage.local.get(storageKey)) as Record<string, StoredPick | undefined>)[
    storageKey
  ];

  // Snoozes that ran out put their followers back in the pool (and in the count) before the pick.
  await wakeSnoozed(db, account, now);
  let picks = stored?.picks ?? [];
  let rows = await contactsByKey(
    db,
    account,
    picks.map((p) => p.key),
  );
  const gone = new Set(picks.filter((_, i) => dropped(rows[i], now)).map((p) => p.key));
  // The live count, not the one stored with the pick: a pick made before any follower was known
  // must not say "no one left" once a followers page has shown 30 of them.
  let unmetCount = await countUnmet(db, account);
  const unmetInPick = rows.filter((r, i) => r?.unmet === UNMET.yes && !gone.has(picks[i]?.key ?? '')).length;
  const short = picks.length - gone.size < size && unmetCount > unmetInPick;
  let foundAt = stored?.foundAt;
  if (!stored || stored.size !== size || gone.size > 0 || short) {
    // A pick that was short (often empty: the popup opened before any follower was known) and is
    // filled now because followers were found since.
    if (short && stored && stored.size === size && (stored.unmet ?? 0) < unmetCount) foundAt = now;
    const keep = picks.filter((p) => !gone.has(p.key));
    const pool = await candidatePool(db, account, { seed: date, now });
    unmetCount = pool.total;
    picks = pickHandful(pool.candidates, { date, size, now, keep, exclude: gone });
    rows = await contactsByKey(
      db,
      account,
      picks.map((p) => p.key),
    );
    await browser.storage.local.set({
      [storageKey]: { size, picks, unmet: unmetCount, ...(foundAt && { foundAt }) } satisfies StoredPick,
    });
    if (!stored) await forgetOtherDays(account, storageKey);
  }

  const since = startOfLocalDay(now);
  const me = await db.get('accounts', account);
  const out: Handful['picks'] = [];
  for (const [i, pick] of picks.entries()) {
    const row = rows[i];
    if (!row) continue;
    const contact = toContactView(row);
    const met = Boolean(row.metInPerson) || (await metSince(db, account, row.key, since)) !== undefined;
    const lastIn = row.summary?.lastIn;
    const facts = { ...contact, ...(lastIn && { lastIn }), ...(me && { watchingSince: me.firstSeen }) };
    out.push({ contact, tier: pick.tier, reason: reasonFor(facts), reply: replyTarget(facts), met });
  }
  // A reply to any unmet follower is a step of the day, not only a reply to the day's picks.
  const metElsewhere = await unmetMetSince(db, account, since, new Set(picks.map((p) => p.key)));
  const met = out.filter((p) => p.met).length + metElsewhere;
  const hasFollowers = out.length > 0 || unmetCount > 0 || (await anyFollower(db, account));
  return {
    account,
    ...(me && { handle: me.handle, ...(me.name && { name: me.name }) }),
    date,
    size,
    met,
    ...(metElsewhere > 0 && { metElsewhere }),
    picks: out,
    unmet: unmetCount,
    hasFollowers,
    ...(foundAt !== undefined && now - foundAt < FOUND_NOTICE_MS && out.length > 0 && { found: unmetCount }),
  };
}

async function storedPick(storageKey: string): Promise<StoredPick | undefined> {
  return ((await browser.storage.local.get(storageKey)) as Record<string, StoredPick | undefined>)[
    storageKey
  ];
}

/**
 * Undo of a snooze or "not for me": the person is unmet again and takes back their place in today's
 * pick, and whoever took it leaves (unless you met them meanwhile).
 */
async function undoSetAside(db: Database, account: string, key: string, person: string, now: number) {
  await updateContact(db, { account, person, patch: { snoozedUntil: null, hidden: false } });
  const storageKey = handfulStorageKey(account, localDate(now));
  const stored = await storedPick(storageKey);
  const undo = stored?.undo;
  if (stored && undo?.pick.key === key) {
    const since = startOfLocalDay(now);
    const stays = async (p: HandfulPickRef) =>
      p.key !== undo.replacedBy || (await metSince(db, account, p.key, since)) !== undefined;
    const picks: HandfulPickRef[] = [];
    for (const p of stored.picks) if (p.key !== key && (await stays(p))) picks.push(p);
    picks.splice(Math.min(undo.index, picks.length), 0, undo.pick);
    const { undo: _done, ...rest } = stored;
    await browser.storage.local.set({ [storageKey]: { ...rest, picks } satisfies StoredPick });
  }
  return pickToday(db, account, now);
}

/** Walks the account's contacts until one follows you: only when no unmet follower is left. */
async function anyFollower(db: Database, account: string): Promise<boolean> {
  const store = db.transaction('contacts').store;
  const range = IDBKeyRange.bound([account], [account, []]);
  for (let cursor = await store.openCursor(range); cursor; cursor = await cursor.continue()) {
    if (cursor.value.followsMe) return true;
  }
  return false;
}

/** Yesterday's picks are history: keep storage.local small. */
async function forgetOtherDays(account: string, keep: string) {
  const all = await browser.storage.local.get(null);
  const old = Object.keys(all).filter((k) => k.startsWith(`handful:${account}:`) && k !== keep);
  if (old.length) await browser.storage.local.remove(old);
}

/**
 * Picks the day's handful ahead of the popup (after events were recorded, at browser start), so the
 * popup's first opening reads a stored pick. Never throws.
 */
export async function prepareTodaysHandful(getDb: () => Promise<Database>): Promise<void> {
  try {
    await todaysHandful(await getDb());
  } catch {
    // The popup picks again when it opens.
  }
}

/** A step on one of today's picks (met, snooze, not for me) or its undo; run one at a time. */
async function actOnPick(
  db: Database,
  { account, key, action }: Input<'handful.act'>,
  now: number,
): Promise<Handful> {
  const person = key.startsWith('@') ? key.slice(1) : `id:${key}`;
  if (action === 'undo') return undoSetAside(db, account, key, person, now);
  const patch =
    action === 'met'
      ? { metInPerson: true }
      : action === 'snooze'
        ? { snoozedUntil: now + SNOOZE_MS }
        : { hidden: true };
  const storageKey = handfulStorageKey(account, localDate(now));
  const before = await storedPick(storageKey);
  await updateContact(db, { account, person, patch });
  const handful = await pickToday(db, account, now);
  const index = before?.picks.findIndex((p) => p.key === key) ?? -1;
  const pick = before?.picks[index];
  const after = await storedPick(storageKey);
  if (action !== 'met' && pick && after) {
    const replacedBy = after.picks.find((p) => !before.picks.some((b) => b.key === p.key))?.key;
    await browser.storage.local.set({
      [storageKey]: {
        ...after,
        undo: { pick, index, ...(replacedBy && { replacedBy }) },
      } satisfies StoredPick,
    });
  }
  return handful;
}

/** Answers to the popup's view messages (lib/messages/protocol-popup.ts). */
export function createPopupHandlers(
  getDb: () => Promise<Database>,
): Pick<Handlers, keyof typeof POPUP_MESSAGES> {
  return {
    'handful.get': async ({ account }: Input<'handful.get'>) => todaysHandful(await getDb(), account),

    'handful.act': async (input: Input<'handful.act'>) => {
      const db = await getDb();
      return oneAtATime(() => actOnPick(db, input, Date.now()));
    },

    'balance.get': async ({ account }: Input<'balance.get'>) => {
      const db = await getDb();
      const now = Date.now();
      const since = startOfLocalDay(now) - 30 * DAY_MS;
      const [posts, nudges, settings] = await Promise.all([
        postsSince(db, account, since),
        nudgesSince(db, account, since),
        loadSettings(account),
      ]);
      return computeBalance(posts, nudges, { now, goal: settings.promoRatioGoal });
    },
  };
}
