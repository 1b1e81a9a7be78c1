import type { ContactView, InteractionView } from '@/lib/messages/protocol';
import type { InteractionKind } from '@/lib/messages/schemas';
import { KIND_SENTENCE } from '@/lib/relationships/labels';
import type { Stage } from '@/lib/relationships/stage';

/**
 * Words for the overlays: stage names, what each interaction kind means, relative times and the
 * next step to suggest. Pure functions, so the wording is tested without a page.
 */

export const STAGE_LABEL: Record<Stage, string> = {
  stranger: 'Never talked',
  noticed: 'Noticed',
  talked: 'You talked',
  conversing: 'Conversing',
  friend: 'Friend',
};

/** How warm, 0 to 4: the stage mark fills one quarter per step. */
export const STAGE_LEVEL: Record<Stage, number> = {
  stranger: 0,
  noticed: 1,
  talked: 2,
  conversing: 3,
  friend: 4,
};

const NOUN: Record<string, [string, string]> = {
  reply: ['reply', 'replies'],
  mention: ['mention', 'mentions'],
  quote: ['quote', 'quotes'],
  like: ['like', 'likes'],
  repost: ['repost', 'reposts'],
  dm: ['message', 'messages'],
  visit: ['profile visit', 'profile visits'],
  follow: ['follow', 'follows'],
};

export interface CountLine {
  kind: string;
  n: number;
  text: string;
}

/** Counts split by direction, biggest first: you → them, them → you. */
export function countsByDirection(counts: Record<string, number>): { you: CountLine[]; them: CountLine[] } {
  const you: CountLine[] = [];
  const them: CountLine[] = [];
  for (const [kind, n] of Object.entries(counts)) {
    if (!n) continue;
    const base = kind.replace(/_(?:in|out)$/, '');
    const [one, many] = NOUN[base] ?? [base, `${base}s`];
    const line = { kind, n, text: `${n} ${n === 1 ? one : many}` };
    if (kind.endsWith('_in')) them.push(line);
    else you.push(line);
  }
  const order = (a: CountLine, b: CountLine) => b.n - a.n || a.kind.localeCompare(b.kind);
  return { you: you.sort(order), them: them.sort(order) };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 min ago", "3 h ago", "yesterday", "12 days ago", "3 months ago", "2 years ago". */
export function ago(at: number, now = Date.now()): string {
  const d = Math.max(0, now - at);
  if (d < MINUTE) return 'just now';
  if (d < HOUR) return `${Math.floor(d / MINUTE)} min ago`;
  if (d < DAY) return `${Math.floor(d / HOUR)} h ago`;
  const days = Math.floor(d / DAY);
  if (days === 1) return 'yesterday';
  if (days < 60) return `${days} days ago`;
  if (days < 730) return `${Math.floor(days / 30)} months ago`;
  return `${Math.floor(days / 365)} years ago`;
}

/** "You replied to them, 3 days ago", or undefined when nothing was recorded. */
export function lastInteraction(
  contact: ContactView | null | undefined,
  now = Date.now(),
): string | undefined {
  if (!contact?.lastAt || !contact.lastKind) return undefined;
  return `${KIND_SENTENCE[contact.lastKind as InteractionKind] ?? contact.lastKind}, ${ago(contact.lastAt, now)}`;
}

export function interactionSentence(item: InteractionView): string {
  return KIND_SENTENCE[item.kind as InteractionKind] ?? item.kind;
}

const ACTIVE_OUT = ['reply_out', 'mention_out', 'quote_out', 'dm_out'];
const ACTIVE_IN = ['reply_in', 'mention_in', 'quote_in', 'dm_in'];
const sum = (counts: Record<string, number>, kinds: string[]) =>
  kinds.reduce((n, kind) => n + (counts[kind] ?? 0), 0);

const times = (n: number) => (n === 2 ? 'twice' : `${n} times`);

/**
 * One next step, as a person would say it. `where` is the surface: on the timeline the post at
 * hand is the natural place to start; on a profile, their latest post.
 */
export function nextStep(
  contact: ContactView | null | undefined,
  where: 'timeline' | 'profile',
  now = Date.now(),
): string {
  const here = where === 'timeline' ? 'reply to this?' : 'reply to their latest post.';
  const stage = contact?.stage ?? 'stranger';
  const counts = contact?.counts ?? {};
  const out = sum(counts, ACTIVE_OUT);
  const inbound = sum(counts, ACTIVE_IN);
  if (contact?.metInPerson && out + inbound === 0) return `You met in person: ${here}`;
  switch (stage) {
    case 'stranger':
      return `Never talked: ${here}`;
    case 'noticed':
      if (inbound > 0) return `They wrote to you and you never answered: ${here}`;
      if ((contact?.engagedMe ?? 0) > 0) return `They noticed you first: ${here}`;
      return `Never talked: ${here}`;
    case 'talked':
      if (out >= 2)
        return `You wrote to them ${times(out)} and never heard back: like or read their posts before writing again.`;
      return 'You wrote to them: give them time to answer.';
    default: {
      const idle = contact?.lastAt ? now - contact.lastAt : 0;
      if (idle > 30 * DAY) return `Last talked ${ago(contact?.lastAt ?? now, now)}: ${here}`;
      if ((contact?.lastInAt ?? 0) > (contact?.lastOutAt ?? 0)) return `They wrote last: ${here}`;
      return 'Keep the conversation going.';
    }
  }
}

/** A follower you have not met: stranger or noticed, not hidden, not snoozed. */
export function isUnmet(
  contact: ContactView | null | undefined,
  followsMe: boolean,
  now = Date.now(),
): boolean {
  if (!followsMe) return false;
  const stage = contact?.stage ?? 'stranger';
  if (stage !== 'stranger' && stage !== 'noticed') return false;
  if (contact?.hidden) return false;
  return !((contact?.snoozedUntil ?? 0) > now);
}

/** The badge's accessible name: who, where you stand, whether they follow you. */
export function badgeLabel(
  handle: string,
  contact: ContactView | null | undefined,
  followsMe: boolean,
  unmet = false,
  now = Date.now(),
): string {
  const stage = STAGE_LABEL[contact?.stage ?? 'stranger'];
  const parts = [`Dinner Table: @${handle}`, stage.toLowerCase()];
  if (followsMe) parts.push('follows you');
  if (unmet) parts.push('not met yet');
  const due = dueLine(contact, now);
  if (due) parts.push(due.text.toLowerCase());
  return `${parts.join(', ')}. Show details`;
}

/**
 * Keep talking on X (issue 13): "You owe a reply" while a reply-back is due, "Last talked 24 days
 * ago" once a conversation is going cold; nothing before it is due.
 */
export function dueLine(
  contact: ContactView | null | undefined,
  now = Date.now(),
): { reason: 'reply-back' | 'going-cold'; text: string } | undefined {
  const due = contact?.due;
  if (!due || due.at > now) return undefined;
  if (due.reason === 'reply-back') return { reason: due.reason, text: 'You owe a reply' };
  return { reason: due.reason, text: `Last talked ${ago(due.since, now)}` };
}

/** The profile card's one line: "Ada · talked · follows you · 1 note · you owe a reply". */
export function cardSummary(
  contact: ContactView | null | undefined,
  followsMe: boolean,
  now = Date.now(),
): string[] {
  const parts = [STAGE_LABEL[contact?.stage ?? 'stranger'].toLowerCase()];
  if (followsMe) parts.push('follows you');
  if (contact?.metInPerson) parts.push('met in person');
  if (contact?.notes?.trim()) parts.push('1 note');
  const tags = contact?.tags?.length ?? 0;
  if (tags) parts.push(`${tags} ${tags === 1 ? 'tag' : 'tags'}`);
  const due = dueLine(contact, now);
  if (due) parts.push(due.text.charAt(0).toLowerCase() + due.text.slice(1));
  return parts;
}

/** The first line of your note, for the badge's details (at most 120 characters). */
export function firstLine(notes: string | undefined): string | undefined {
  const line = notes
    ?.split('\n')
    .map((l) => l.trim())
    .find(Boolean);
  if (!line) return undefined;
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}
