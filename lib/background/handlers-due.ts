import { toContactView } from '@/lib/db/contact-view';
import { dueContacts, reachedOutSince, updateDue } from '@/lib/db/due';
import type { Database } from '@/lib/db/open';
import { postsSince } from '@/lib/db/popup-queries';
import type { ContactRow } from '@/lib/db/schema';
import { weekTally } from '@/lib/db/week';
import type { Input, Output } from '@/lib/messages/protocol';
import type { DUE_MESSAGES, DueRow } from '@/lib/messages/protocol-due';
import { capDue, DUE_SHOWN_PER_REASON, type DueItem, dueList, owedOf } from '@/lib/relationships/due';
import { DAY_MS, startOfLocalDay } from '@/lib/relationships/handful';
import { weekBounds, weekChange } from '@/lib/relationships/week';
import { weekFromTally } from '@/lib/relationships/week-tally';
import { refreshDueBadge, showDueBadge } from './badge';
import { viewAccount } from './handlers-popup';
import type { Handlers } from './router';

type DueView = Output<'due.get'>;

/** Where "Open" goes: the message they sent (thread or chat), else their profile. */
function openUrl(row: ContactRow, item: DueItem<ContactRow>): string {
  const handle = row.handle ?? row.key.replace(/^@/, '');
  const profile = `https://x.com/${encodeURIComponent(handle)}`;
  const said = item.reason === 'reply-back' ? owedOf(row) : undefined;
  if (said?.kind === 'dm_in')
    return said.thread ? `https://x.com/messages/${said.thread}` : 'https://x.com/messages';
  if (said?.tweetId) return `${profile}/status/${said.tweetId}`;
  return profile;
}

function toDueRow(item: DueItem<ContactRow>): DueRow {
  const { row } = item;
  const s = row.summary;
  return {
    contact: toContactView(row),
    reason: item.reason,
    why: item.why,
    dueAt: item.dueAt,
    ...(s?.lastIn && { theirs: { at: s.lastIn.at, ...(s.lastIn.text && { text: s.lastIn.text }) } }),
    ...(s?.lastOut && { mine: { at: s.lastOut.at, ...(s.lastOut.text && { text: s.lastOut.text }) } }),
    open: openUrl(row, item),
    ...(row.keepEvery && { keepEvery: row.keepEvery }),
  };
}

export async function dueView(db: Database, requested?: string, now = Date.now()): Promise<DueView> {
  const account = await viewAccount(db, requested);
  if (!account)
    return {
      account: null,
      due: [],
      missed: [],
      reachedOut: 0,
      counts: { replyBacks: 0, goingCold: 0, missed: 0 },
    };
  const [rows, reachedOut] = await Promise.all([
    dueContacts(db, account, now),
    reachedOutSince(db, account, startOfLocalDay(now)),
  ]);
  const { due, missed } = dueList(rows, now);
  // Only the rows the popup shows are shaped and sent; the totals say how many more there are.
  const { shown, counts } = capDue(due, missed);
  return {
    account,
    due: shown.map(toDueRow),
    missed: missed.slice(0, DUE_SHOWN_PER_REASON).map(toDueRow),
    reachedOut,
    counts,
  };
}

/** The week in Balance: two weeks of posts and of the week's tally, never an interaction. */
export async function weekView(db: Database, account: string, now = Date.now()): Promise<Output<'week.get'>> {
  const { lastFrom } = weekBounds(now);
  const [facts, posts] = await Promise.all([
    weekTally(db, account, lastFrom, now),
    postsSince(db, account, startOfLocalDay(now) - 14 * DAY_MS),
  ]);
  const week = weekFromTally(facts, posts, now);
  return { ...week, change: weekChange(week) };
}

/** Answers to the keep-talking messages (lib/messages/protocol-due.ts). */
export function createDueHandlers(getDb: () => Promise<Database>): Pick<Handlers, keyof typeof DUE_MESSAGES> {
  return {
    'due.get': async ({ account }: Input<'due.get'>) => {
      const db = await getDb();
      const view = await dueView(db, account);
      // The popup just counted what is due: the badge agrees with it (for the account it shows).
      if (view.account && view.account === (await viewAccount(db)))
        void showDueBadge(view.counts, view.account);
      return view;
    },
    'due.act': async ({ account, key, action }: Input<'due.act'>) => {
      const db = await getDb();
      await updateDue(db, account, key, { action });
      void refreshDueBadge(getDb);
      return dueView(db, account);
    },
    'week.get': async ({ account }: Input<'week.get'>) => weekView(await getDb(), account),
    'due.cadence': async ({ account, key, keepEvery }: Input<'due.cadence'>) => {
      await updateDue(await getDb(), account, key, { keepEvery });
      void refreshDueBadge(getDb);
      return { keepEvery };
    },
  };
}
