import type { InteractionKind } from '@/lib/messages/schemas';
import { utcDayNumber } from '@/lib/text/day';
import { ACTIVE_IN, ACTIVE_OUT, isUnmetStage, type Stage } from './stage';

/**
 * What a contact's history comes to, kept on the contact row and updated with every interaction,
 * so lists of 100k people never have to read a million interactions to know each one's stage.
 */
export interface ContactSummary {
  counts: Partial<Record<InteractionKind, number>>;
  lastAt?: number;
  lastKind?: InteractionKind;
  lastOutAt?: number;
  lastInAt?: number;
  /** Up to 3 distinct UTC days with talk either way: all the `friend` stage needs to know. */
  days: number[];
  // Since v3 (keep talking): what the due list needs, so it never reads interactions.
  /** The last thing they said to you (reply, mention, quote, DM). */
  lastIn?: Said;
  /** The last thing you said to them. */
  lastOut?: Said;
  /** The first thing they said that you have not answered since (cleared by anything you say to them). */
  owed?: Said;
}

/** One thing said, kept short: enough to say "about …" and to link back to it. Local only. */
export interface Said {
  at: number;
  kind: InteractionKind;
  /** At most SNIPPET_MAX characters of what was said. */
  text?: string;
  tweetId?: string;
  /** The DM conversation (or thread) id, when the page gave one. */
  thread?: string;
}

export const SNIPPET_MAX = 280;

/** What `addToSummary` reads from an interaction. */
export interface SummaryInput {
  kind: InteractionKind;
  at: number;
  text?: string;
  tweetId?: string;
  thread?: string;
}

/** A short snippet: whitespace folded, cut at a word boundary near SNIPPET_MAX with an ellipsis. */
export function snippet(text: string | undefined): string | undefined {
  const flat = text?.replace(/\s+/g, ' ').trim();
  if (!flat) return undefined;
  if (flat.length <= SNIPPET_MAX) return flat;
  const cut = flat.slice(0, SNIPPET_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > SNIPPET_MAX * 0.7 ? cut.slice(0, space) : cut}…`;
}

const said = ({ kind, at, text, tweetId, thread }: SummaryInput): Said => {
  const short = snippet(text);
  return { at, kind, ...(short && { text: short }), ...(tweetId && { tweetId }), ...(thread && { thread }) };
};

/** Things they did toward you that a person would call "engaging": not a follow. */
const ENGAGED_ME: ReadonlySet<InteractionKind> = new Set([
  'reply_in',
  'mention_in',
  'quote_in',
  'like_in',
  'repost_in',
  'dm_in',
]);

export const emptySummary = (): ContactSummary => ({ counts: {}, days: [] });

export function addToSummary(summary: ContactSummary, input: SummaryInput): ContactSummary {
  const { kind, at } = input;
  const next: ContactSummary = {
    ...summary,
    counts: { ...summary.counts, [kind]: (summary.counts[kind] ?? 0) + 1 },
  };
  if (next.lastAt === undefined || at >= next.lastAt) {
    next.lastAt = at;
    next.lastKind = kind;
  }
  if (ACTIVE_OUT.has(kind)) next.lastOutAt = Math.max(next.lastOutAt ?? at, at);
  if (ACTIVE_IN.has(kind)) next.lastInAt = Math.max(next.lastInAt ?? at, at);
  if ((ACTIVE_OUT.has(kind) || ACTIVE_IN.has(kind)) && next.days.length < 3) {
    const day = utcDayNumber(at); // stored and recomputed: UTC (lib/text/day)
    if (!next.days.includes(day)) next.days = [...next.days, day];
  }
  if (ACTIVE_IN.has(kind)) {
    if (!next.lastIn || at >= next.lastIn.at) next.lastIn = said(input);
    // Owed only when you have not spoken since; the oldest unanswered one is what is owed.
    const answered = next.lastOut && next.lastOut.at >= at;
    if (!answered && (!next.owed || at < next.owed.at)) next.owed = said(input);
  }
  if (ACTIVE_OUT.has(kind)) {
    if (!next.lastOut || at >= next.lastOut.at) next.lastOut = said(input);
    if (next.owed && next.owed.at <= at) delete next.owed;
  }
  return next;
}

export function summarize(interactions: Iterable<SummaryInput>): ContactSummary {
  let summary = emptySummary();
  for (const interaction of interactions) summary = addToSummary(summary, interaction);
  return summary;
}

const sumKinds = (summary: ContactSummary, kinds: ReadonlySet<InteractionKind>) =>
  [...kinds].reduce((n, kind) => n + (summary.counts[kind] ?? 0), 0);

export interface InteractionLike {
  kind: InteractionKind;
  at: number;
}

/**
 * The stage from a person's interactions:
 * - `stranger`: nothing recorded;
 * - `noticed`: only passive things (likes, reposts, visits, a follow), or they talked and you never answered;
 * - `talked`: you replied, mentioned, quoted or wrote to them; no answer yet;
 * - `conversing`: both of you talked;
 * - `friend`: both talked, on at least 3 distinct days, or you met in person.
 */
export function stageOf(interactions: readonly InteractionLike[], metInPerson = false): Stage {
  return stageOfSummary(summarize(interactions), metInPerson);
}

/** The stage (design.md table) from a summary; see `stageOf` for the rules. */
export function stageOfSummary(summary: ContactSummary | undefined, metInPerson = false): Stage {
  if (metInPerson) return 'friend';
  if (!summary || Object.keys(summary.counts).length === 0) return 'stranger';
  const out = sumKinds(summary, ACTIVE_OUT) > 0;
  const inbound = sumKinds(summary, ACTIVE_IN) > 0;
  if (out && inbound) return summary.days.length >= 3 ? 'friend' : 'conversing';
  if (out) return 'talked';
  return 'noticed';
}

export const engagedMeCount = (summary: ContactSummary | undefined) =>
  summary ? sumKinds(summary, ENGAGED_ME) : 0;

export interface Derivable {
  summary?: ContactSummary;
  metInPerson?: boolean;
  followsMe?: boolean;
  hiddenAt?: number;
  snoozedUntil?: number;
}

/** `unmet` values: not an unmet follower, an unmet follower, one snoozed for now. */
export const UNMET = { no: 0, yes: 1, snoozed: 2 } as const;
export type UnmetFlag = (typeof UNMET)[keyof typeof UNMET];

/** The fields lists sort and filter by, derived from the row so they never disagree with it. */
export function derive(
  row: Derivable,
  now = Date.now(),
): { stage: Stage; unmet: UnmetFlag; engagedMe: number } {
  const stage = stageOfSummary(row.summary, row.metInPerson);
  const unmet = row.followsMe && isUnmetStage(stage) && !row.hiddenAt;
  return {
    stage,
    unmet: !unmet ? UNMET.no : (row.snoozedUntil ?? 0) > now ? UNMET.snoozed : UNMET.yes,
    engagedMe: engagedMeCount(row.summary),
  };
}
