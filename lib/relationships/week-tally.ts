import type { InteractionKind } from '@/lib/messages/schemas';
import type { BalancePost } from './balance';
import { ACTIVE_IN, ACTIVE_OUT } from './stage';
import type { ContactSummary } from './summary';
import { countPosts, emptyWeekNumbers, WEEK_READ_DAYS, type Week, weekBounds } from './week';

/**
 * The week's tally: one fact per thing you said to someone (reply, mention, quote, DM out), kept
 * at write time, holding all the week in Balance needs to know about it, so the week never reads
 * interactions (issue 13.7). A fact only depends on the same person's earlier talk, in the order
 * the byContact index yields it (time, then interaction key):
 * - `first`: nothing you said to them comes before it (a first word: "met");
 * - `inAt`: the latest thing they said since your previous word, when there is one (this word
 *   answers it; the week counts it answered when that was within WEEK_READ_DAYS).
 * Facts are keyed by their interaction's key, so writing one twice changes nothing.
 */
export interface TalkFact {
  key: string;
  contact: string;
  at: number;
  first?: true;
  inAt?: number;
}

export interface TalkItem {
  key: string;
  contact: string;
  kind: InteractionKind;
  at: number;
}

/** What a person's talk so far leaves for the next thing you say to them. */
export interface TalkState {
  spoken: boolean;
  /** The latest thing they said since your last word. */
  pendingIn?: number;
}

const isActive = (x: TalkItem) => Boolean(x.contact) && (ACTIVE_OUT.has(x.kind) || ACTIVE_IN.has(x.kind));

/** Index order: time, then key (IndexedDB compares strings by code unit, as `<` does). */
export const byTimeThenKey = (a: { at: number; key: string }, b: { at: number; key: string }) =>
  a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Folds `items` (one person's, in index order) into `state`; answers the facts of your words. */
export function stepTalk(state: TalkState, items: Iterable<TalkItem>): TalkFact[] {
  const facts: TalkFact[] = [];
  for (const x of items) {
    if (!isActive(x)) continue;
    if (ACTIVE_IN.has(x.kind)) {
      state.pendingIn = Math.max(state.pendingIn ?? x.at, x.at);
      continue;
    }
    facts.push({
      key: x.key,
      contact: x.contact,
      at: x.at,
      ...(!state.spoken && { first: true as const }),
      ...(state.pendingIn !== undefined && { inAt: state.pendingIn }),
    });
    state.spoken = true;
    delete state.pendingIn;
  }
  return facts;
}

/** Every fact of one person's whole history (any order; sorted here as the index sorts it). */
export function talkFacts(history: readonly TalkItem[]): TalkFact[] {
  return stepTalk({ spoken: false }, [...history].sort(byTimeThenKey));
}

/**
 * The facts of `added` (one person's new interactions) from the summary their history had before
 * them, without reading that history, when they all come after it: each word of yours later than
 * everything before, each thing they said later than your last word. Undefined when that cannot
 * be told from the summary (then the history is read: `talkFacts`).
 */
export function appendTalk(
  before: ContactSummary | undefined,
  added: readonly TalkItem[],
): TalkFact[] | undefined {
  const active = added.filter(isActive).sort(byTimeThenKey);
  if (!active.length) return [];
  const lastOut = before?.lastOutAt ?? Number.NEGATIVE_INFINITY;
  const lastIn = before?.lastInAt ?? Number.NEGATIVE_INFINITY;
  const hasOut = active.some((x) => ACTIVE_OUT.has(x.kind));
  // Their last word and yours at the same millisecond: which came first is the keys', not the summary's.
  if (hasOut && before?.lastInAt !== undefined && lastIn === lastOut) return undefined;
  const after = active.every((x) => x.at > lastOut && (ACTIVE_IN.has(x.kind) || x.at > lastIn));
  if (!after) return undefined;
  const state: TalkState = {
    spoken: before?.lastOutAt !== undefined,
    ...(lastIn > lastOut && { pendingIn: lastIn }),
  };
  return stepTalk(state, active);
}

/**
 * The week in Balance from the tally: `facts` hold (at least) every fact from the start of last
 * week to `now`, `posts` the posts of the same days. Equal to `computeWeek` over the interactions
 * (tests/unit/week-tally.test.ts checks it on a random history).
 */
export function weekFromTally(facts: readonly TalkFact[], posts: readonly BalancePost[], now: number): Week {
  const { from, lastFrom, weekOf } = weekBounds(now);
  const since = now - WEEK_READ_DAYS * 86_400_000;
  const week: Week = { from, lastFrom, thisWeek: emptyWeekNumbers(), lastWeek: emptyWeekNumbers() };
  const people = { thisWeek: new Set<string>(), lastWeek: new Set<string>() };
  for (const f of facts) {
    const w = f.contact ? weekOf(f.at) : undefined;
    if (!w) continue;
    if (f.inAt !== undefined && f.inAt >= since) week[w].answered++;
    if (f.first) week[w].met++;
    people[w].add(f.contact);
  }
  // A person counts once a week: met when their first word ever is in it, else kept going.
  for (const w of ['thisWeek', 'lastWeek'] as const) week[w].keptGoing = people[w].size - week[w].met;
  countPosts(week, posts, weekOf);
  return week;
}
