import type { InteractionKind } from '@/lib/messages/schemas';
import type { BalancePost } from './balance';
import { DAY_MS, startOfLocalDay } from './handful';
import { ACTIVE_IN, ACTIVE_OUT } from './stage';

/**
 * The week in the Balance tab (issue 13.4): what you did for your relationships these last 7 days
 * against the 7 before. Pure: interactions and posts in, numbers out, the clock passed in.
 *
 * - met: people you said something to for the first time ever;
 * - kept going: people you said something to who had heard from you before this week;
 * - answered: replies owed that you answered (they wrote, you had not answered, you did this week);
 * - conversations against broadcasts: your replies and messages against your posts and quotes.
 */

export interface WeekTalk {
  at: number;
  contact: string;
  kind: InteractionKind;
}

export interface WeekNumbers {
  met: number;
  keptGoing: number;
  answered: number;
  conversations: number;
  broadcasts: number;
}

export interface Week {
  /** The local day this week starts (6 days before today) and the one last week started. */
  from: number;
  lastFrom: number;
  thisWeek: WeekNumbers;
  lastWeek: WeekNumbers;
}

/** How far back interactions must be read: two weeks, and a reply owed may be two weeks older. */
export const WEEK_READ_DAYS = 28;

export const emptyWeekNumbers = (): WeekNumbers => ({
  met: 0,
  keptGoing: 0,
  answered: 0,
  conversations: 0,
  broadcasts: 0,
});

/** This week (today and the 6 days before) and last week, and which of them a moment falls in. */
export function weekBounds(now: number) {
  const today = startOfLocalDay(now);
  // Calendar days (DST-safe): noon minus n days, back to midnight.
  const from = startOfLocalDay(today + 12 * 3_600_000 - 6 * DAY_MS);
  const lastFrom = startOfLocalDay(from + 12 * 3_600_000 - 7 * DAY_MS);
  const weekOf = (at: number): 'thisWeek' | 'lastWeek' | undefined =>
    at > now ? undefined : at >= from ? 'thisWeek' : at >= lastFrom ? 'lastWeek' : undefined;
  return { from, lastFrom, weekOf };
}

/** Adds your posts to the week they fall in: replies and DMs are conversation, the rest broadcast. */
export function countPosts(
  week: Week,
  posts: readonly BalancePost[],
  weekOf: ReturnType<typeof weekBounds>['weekOf'],
): void {
  for (const p of posts) {
    const w = weekOf(p.at);
    if (!w) continue;
    if (p.kind === 'reply' || p.kind === 'dm') week[w].conversations++;
    else week[w].broadcasts++;
  }
}

/**
 * `talk` holds the interactions of the last WEEK_READ_DAYS days (any order); `talkedBefore` the
 * contacts you had said something to before those days (so a first word is told from a return).
 * The definition the tally (week-tally.ts `weekFromTally`) must agree with; the popup reads the tally.
 */
export function computeWeek(
  talk: readonly WeekTalk[],
  posts: readonly BalancePost[],
  talkedBefore: ReadonlySet<string>,
  now: number,
): Week {
  const { from, lastFrom, weekOf } = weekBounds(now);
  const week: Week = { from, lastFrom, thisWeek: emptyWeekNumbers(), lastWeek: emptyWeekNumbers() };

  const byContact = new Map<string, WeekTalk[]>();
  for (const x of talk) {
    if (!x.contact || (!ACTIVE_OUT.has(x.kind) && !ACTIVE_IN.has(x.kind))) continue;
    const list = byContact.get(x.contact) ?? [];
    list.push(x);
    byContact.set(x.contact, list);
  }
  for (const [contact, list] of byContact) {
    list.sort((a, b) => a.at - b.at);
    let spoken = talkedBefore.has(contact);
    let owed = false;
    const counted = { thisWeek: new Set<string>(), lastWeek: new Set<string>() };
    for (const x of list) {
      if (ACTIVE_IN.has(x.kind)) {
        owed = true;
        continue;
      }
      const w = weekOf(x.at);
      if (w) {
        if (owed) week[w].answered++;
        // One person counts once a week: met (a first word) or kept going (a return).
        if (!counted[w].has(contact)) {
          counted[w].add(contact);
          if (spoken) week[w].keptGoing++;
          else week[w].met++;
        }
      }
      spoken = true;
      owed = false;
    }
  }

  countPosts(week, posts, weekOf);
  return week;
}

/** Which change the week's sentence is about, most telling first; the view words it. */
export type WeekChange =
  | { kind: 'quiet' }
  | { kind: 'first-week'; met: number; answered: number }
  | { kind: 'more-talk'; conversations: number; broadcasts: number; lastConversations: number }
  | { kind: 'more-broadcast'; conversations: number; broadcasts: number }
  | { kind: 'met-more'; met: number; lastMet: number }
  | { kind: 'answered'; answered: number }
  | { kind: 'kept-going'; keptGoing: number }
  | { kind: 'slower'; lastTotal: number };

const total = (n: WeekNumbers) => n.met + n.keptGoing + n.answered + n.conversations;

/** The one thing that changed most between the two weeks, for a single sentence. */
export function weekChange({ thisWeek: a, lastWeek: b }: Week): WeekChange {
  if (total(a) === 0 && a.broadcasts === 0)
    return total(b) > 0 ? { kind: 'slower', lastTotal: total(b) } : { kind: 'quiet' };
  if (total(b) === 0 && b.broadcasts === 0) return { kind: 'first-week', met: a.met, answered: a.answered };
  if (a.broadcasts > a.conversations && a.broadcasts > b.broadcasts)
    return { kind: 'more-broadcast', conversations: a.conversations, broadcasts: a.broadcasts };
  if (a.conversations > b.conversations && a.conversations >= a.broadcasts)
    return {
      kind: 'more-talk',
      conversations: a.conversations,
      broadcasts: a.broadcasts,
      lastConversations: b.conversations,
    };
  if (a.met > b.met) return { kind: 'met-more', met: a.met, lastMet: b.met };
  if (a.answered > 0) return { kind: 'answered', answered: a.answered };
  if (a.keptGoing > 0) return { kind: 'kept-going', keptGoing: a.keptGoing };
  return { kind: 'slower', lastTotal: total(b) };
}
