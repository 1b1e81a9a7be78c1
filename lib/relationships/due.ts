import type { InteractionKind } from '@/lib/messages/schemas';
import type { Stage } from './stage';
import type { ContactSummary, Said } from './summary';

/**
 * Keeping talking (design.md): who is owed a reply, and who is going cold. Pure: rows in, due
 * items out, the clock passed in. The database keeps `dueAt` (from `dueAtOf`) on each contact and
 * indexes it, so the popup reads the due ones by index and never scans contacts or interactions.
 */

const DAY = 86_400_000;

/** "Keep in touch every …" per person; `off` never reminds of going cold. */
export const CADENCES = ['off', '1w', '2w', '1m', '3m'] as const;
export type Cadence = (typeof CADENCES)[number];
export const CADENCE_DAYS: Record<Exclude<Cadence, 'off'>, number> = {
  '1w': 7,
  '2w': 14,
  '1m': 30,
  '3m': 91,
};
/** Defaults by stage: talked has none (they never answered; reminding would only nag). */
export const DEFAULT_CADENCE_DAYS: Partial<Record<Stage, number>> = { conversing: 21, friend: 42 };

/** Reply-backs older than this move to the quieter "missed" list instead of piling up. */
export const REPLY_WINDOW_DAYS = 14;
export const SNOOZE_DAYS = 7;

export type DueReason = 'reply-back' | 'going-cold';

/** The fields of a contact row the due list reads. */
export interface DueFields {
  stage?: Stage;
  summary?: ContactSummary;
  keepEvery?: Cadence;
  /** "Done (we talked elsewhere)": clears what was owed until then and restarts the cadence. */
  dueDoneAt?: number;
  dueSnoozedUntil?: number;
  /** "Stop reminding": no reply-back or going-cold rows for this person. */
  dueStopped?: boolean;
}

/** Days between talks for this person, or undefined when going cold does not apply. */
export function cadenceDays(row: DueFields): number | undefined {
  if (row.keepEvery === 'off') return undefined;
  if (row.keepEvery) return row.stage && isTalking(row.stage) ? CADENCE_DAYS[row.keepEvery] : undefined;
  return row.stage ? DEFAULT_CADENCE_DAYS[row.stage] : undefined;
}

const isTalking = (stage: Stage) => stage === 'talked' || stage === 'conversing' || stage === 'friend';

/** What they said that you have not answered (nor marked done) since, if anything. */
export function owedOf(row: DueFields): Said | undefined {
  const owed = row.summary?.owed;
  if (!owed || row.dueDoneAt === undefined || owed.at > row.dueDoneAt) return owed;
  // "Done" covered what was owed then; something they said after it is owed again.
  const lastIn = row.summary?.lastIn;
  return lastIn && lastIn.at > row.dueDoneAt ? lastIn : undefined;
}

/**
 * When you last talked: the later of the last thing either of you said and the last "done".
 * A conversation is kept going by either side; a reply still owed is a reply-back, not a cold one.
 */
export function lastTalkAt(row: DueFields): number | undefined {
  const times = [row.summary?.lastIn?.at, row.summary?.lastOut?.at, row.dueDoneAt].filter(
    (t): t is number => t !== undefined,
  );
  return times.length ? Math.max(...times) : undefined;
}

/**
 * When this person becomes due and why, or undefined when they never will as things stand.
 * A fixed time (no clock), so the database can index it: due now means `at <= now`.
 */
export function dueAtOf(row: DueFields): { at: number; reason: DueReason } | undefined {
  if (row.dueStopped) return undefined;
  let due: { at: number; reason: DueReason } | undefined;
  const owed = owedOf(row);
  if (owed) due = { at: owed.at, reason: 'reply-back' };
  else {
    const days = cadenceDays(row);
    const last = lastTalkAt(row);
    if (days !== undefined && last !== undefined) due = { at: last + days * DAY, reason: 'going-cold' };
  }
  if (due && row.dueSnoozedUntil !== undefined && row.dueSnoozedUntil > due.at) {
    due = { ...due, at: row.dueSnoozedUntil };
  }
  return due;
}

/**
 * Whether a contact row is due now (its derived `dueAt` has passed): such a person is in Keep
 * talking, so the day's handful leaves them out rather than showing them twice.
 */
export const isDueNow = (row: { dueAt?: number }, now: number) => row.dueAt !== undefined && row.dueAt <= now;

export interface DueItem<T> {
  row: T;
  reason: DueReason;
  /** When it became due (a reply-back: when they said it; going cold: when the cadence ran out). */
  dueAt: number;
  /** Why, as a sentence kind and its parameters: the interface words it in its own language. */
  why: DueWhy;
}

/**
 * Splits contacts into what is due now (reply-backs oldest first, then going cold, longest silent
 * first) and the quieter "missed" list (reply-backs older than the window, never snoozed into it).
 */
export function dueList<T extends DueFields>(
  rows: Iterable<T>,
  now: number,
  { windowDays = REPLY_WINDOW_DAYS }: { windowDays?: number } = {},
): { due: DueItem<T>[]; missed: DueItem<T>[] } {
  const due: DueItem<T>[] = [];
  const missed: DueItem<T>[] = [];
  for (const row of rows) {
    const at = dueAtOf(row);
    if (!at || at.at > now) continue;
    const item: DueItem<T> = { row, reason: at.reason, dueAt: at.at, why: whyDue(row, at.reason) };
    const owed = owedOf(row);
    const snoozedInto = (row.dueSnoozedUntil ?? 0) >= now - windowDays * DAY;
    const stale = at.reason === 'reply-back' && owed && owed.at < now - windowDays * DAY && !snoozedInto;
    (stale ? missed : due).push(item);
  }
  const order = (a: DueItem<T>, b: DueItem<T>) =>
    (a.reason === b.reason ? 0 : a.reason === 'reply-back' ? -1 : 1) || a.dueAt - b.dueAt;
  due.sort(order);
  missed.sort((a, b) => b.dueAt - a.dueAt);
  return { due, missed };
}

/**
 * Why a person is due, as data (never English): the popup and the overlays word it through t() in
 * the interface's language ("Replied to you 3 days ago", "Last talked 24 days ago, about “the pilot”").
 * `at` is when they said it (a reply-back) or when you last talked (going cold); `about` is the first
 * words of the stored snippet. Shared here so every surface reads the same shape.
 */
export const DUE_WHY_KINDS = [
  'replied',
  'mentioned',
  'quoted',
  'wrote',
  'talked-to-you',
  'last-talked',
] as const;
export type DueWhyKind = (typeof DUE_WHY_KINDS)[number];
export interface DueWhy {
  kind: DueWhyKind;
  at?: number;
  about?: string;
}

const SAID_KIND: Partial<Record<InteractionKind, DueWhyKind>> = {
  reply_in: 'replied',
  mention_in: 'mentioned',
  quote_in: 'quoted',
  dm_in: 'wrote',
};

/** The first few words of a snippet, to say what it was about. */
export function about(text: string | undefined, words = 6): string | undefined {
  const cleaned = text
    ?.replace(/https?:\/\/\S+/g, '')
    .replace(/^(@\w+\s+)+/, '')
    .trim();
  if (!cleaned) return undefined;
  const parts = cleaned.split(/\s+/);
  return parts.length > words ? `${parts.slice(0, words).join(' ')}…` : cleaned;
}

export function whyDue(row: DueFields, reason: DueReason): DueWhy {
  const withAbout = (why: DueWhy, text: string | undefined): DueWhy => {
    const topic = about(text);
    if (!topic) return why;
    return { ...why, about: topic.length > 80 ? `${topic.slice(0, 79)}…` : topic };
  };
  if (reason === 'reply-back') {
    const owed = owedOf(row);
    if (!owed) return { kind: 'talked-to-you' };
    // No "about" here: the row shows what they said right under it.
    return { kind: SAID_KIND[owed.kind] ?? 'talked-to-you', at: owed.at };
  }
  const last = lastTalkAt(row);
  return withAbout(
    { kind: 'last-talked', ...(last !== undefined && { at: last }) },
    row.summary?.lastOut?.text ?? row.summary?.lastIn?.text,
  );
}

/** The most rows of each reason the popup shows: the rest is "and N more", never 500 rows. */
export const DUE_SHOWN_PER_REASON = 20;

export interface DueCounts {
  replyBacks: number;
  goingCold: number;
  missed: number;
}

/**
 * The rows the popup shows from a sorted due list: at most `perReason` reply-backs (oldest first)
 * and `perReason` going cold (longest silent first), in the list's order, with the totals of each
 * so the interface can say how many more there are.
 */
export function capDue<T extends { reason: DueReason }>(
  due: readonly T[],
  missed: readonly unknown[],
  perReason = DUE_SHOWN_PER_REASON,
): { shown: T[]; counts: DueCounts } {
  const counts: DueCounts = { replyBacks: 0, goingCold: 0, missed: missed.length };
  const shown: T[] = [];
  for (const item of due) {
    const n = item.reason === 'reply-back' ? ++counts.replyBacks : ++counts.goingCold;
    if (n <= perReason) shown.push(item);
  }
  return { shown, counts };
}

/**
 * The rows Keep talking shows before "Show N more": at most `limit`, in the list's order, keeping room
 * for `coldRoom` conversations going cold so a morning of replies owed does not hide them.
 */
export function firstDueRows<T extends { reason: DueReason }>(
  due: readonly T[],
  limit: number,
  coldRoom = 2,
): T[] {
  const cold = due.filter((d) => d.reason === 'going-cold').length;
  let replyBacks = limit - Math.min(coldRoom, cold);
  let goingCold = limit;
  const shown: T[] = [];
  for (const d of due) {
    if (shown.length === limit) break;
    if (d.reason === 'reply-back' ? replyBacks-- > 0 : goingCold-- > 0) shown.push(d);
  }
  return shown;
}

/** What the toolbar badge counts: nothing, the replies you owe, or everything due. */
export const BADGE_MODES = ['off', 'reply-backs', 'due'] as const;
export type BadgeMode = (typeof BADGE_MODES)[number];

/** The badge's number: reply-backs only (the missed list never counts), or every row due. */
export function badgeCount(due: readonly { reason: DueReason }[], mode: BadgeMode): number {
  if (mode === 'off') return 0;
  return mode === 'due' ? due.length : due.filter((d) => d.reason === 'reply-back').length;
}

/** The badge's number from the totals (the popup's capped view still knows them). */
export function badgeCountOf(counts: Pick<DueCounts, 'replyBacks' | 'goingCold'>, mode: BadgeMode): number {
  if (mode === 'off') return 0;
  return mode === 'due' ? counts.replyBacks + counts.goingCold : counts.replyBacks;
}
