import { dueWhyText } from '@/components/common/due-words';
import { kindSentence } from '@/components/common/kind-sentence';
import { ago } from '@/lib/i18n/format';
import { type MessageKey, type PluralKey, t, tp, uiLocale } from '@/lib/i18n/t';
import type { ContactView, InteractionView } from '@/lib/messages/protocol';
import type { Stage } from '@/lib/relationships/stage';

export { ago };

/**
 * Words for the overlays: stage names, what each interaction kind means, relative times and the
 * next step to suggest, all in the interface language (lib/i18n). Pure functions over a contact,
 * so the wording is tested without a page.
 */

const STAGE_KEY: Record<Stage, MessageKey> = {
  stranger: 'stageStranger',
  noticed: 'stageNoticed',
  talked: 'stageTalked',
  conversing: 'stageConversing',
  friend: 'stageFriend',
};

/** The short stage name shown beside a mark: "Never talked", "Conversing". */
export const stageLabel = (stage: Stage) => t(STAGE_KEY[stage]);

/** How warm, 0 to 4: the stage mark fills one quarter per step. */
export const STAGE_LEVEL: Record<Stage, number> = {
  stranger: 0,
  noticed: 1,
  talked: 2,
  conversing: 3,
  friend: 4,
};

/**
 * A sentence-initial phrase used inside a line ("Ada · never talked · you owe a reply"): its first
 * letter lowered the way the interface's language does (a no-op for scripts without case).
 */
export const inline = (text: string) => text.charAt(0).toLocaleLowerCase(uiLocale()) + text.slice(1);

/** "2 replies", "1 profile visit": one plural message per kind of interaction. */
const COUNT_KEY: Record<string, PluralKey> = {
  reply: 'countReply',
  mention: 'countMention',
  quote: 'countQuote',
  like: 'countLike',
  repost: 'countRepost',
  dm: 'countMessage',
  visit: 'countVisit',
  follow: 'countFollow',
};

export interface CountLine {
  kind: string;
  n: number;
  text: string;
}

/** Counts split by direction, biggest first: you → them, them → you. Unknown kinds are left out. */
export function countsByDirection(counts: Record<string, number>): { you: CountLine[]; them: CountLine[] } {
  const you: CountLine[] = [];
  const them: CountLine[] = [];
  for (const [kind, n] of Object.entries(counts)) {
    const key = COUNT_KEY[kind.replace(/_(?:in|out)$/, '')];
    if (!n || !key) continue;
    const line = { kind, n, text: tp(key, n) };
    if (kind.endsWith('_in')) them.push(line);
    else you.push(line);
  }
  const order = (a: CountLine, b: CountLine) => b.n - a.n || a.kind.localeCompare(b.kind);
  return { you: you.sort(order), them: them.sort(order) };
}

/** "You replied to them, 3 days ago", or undefined when nothing was recorded. */
export function lastInteraction(
  contact: ContactView | null | undefined,
  now = Date.now(),
): string | undefined {
  if (!contact?.lastAt || !contact.lastKind) return undefined;
  return t('lastInteraction', { what: kindSentence(contact.lastKind), when: ago(contact.lastAt, now) });
}

export function interactionSentence(item: InteractionView): string {
  return kindSentence(item.kind);
}

const ACTIVE_OUT = ['reply_out', 'mention_out', 'quote_out', 'dm_out'];
const ACTIVE_IN = ['reply_in', 'mention_in', 'quote_in', 'dm_in'];
const sum = (counts: Record<string, number>, kinds: string[]) =>
  kinds.reduce((n, kind) => n + (counts[kind] ?? 0), 0);

const DAY = 86_400_000;

/**
 * One next step, as a person would say it. `reply` marks a step that ends in "reply": the surface
 * says where (on the timeline the post at hand, with a Reply button; on a profile their latest post,
 * as a link), so each language places that part itself (`stepWithReply`).
 */
export interface NextStep {
  text: string;
  reply: boolean;
}

export function nextStep(contact: ContactView | null | undefined, now = Date.now()): NextStep {
  const reply = (text: string) => ({ text, reply: true });
  const stage = contact?.stage ?? 'stranger';
  const counts = contact?.counts ?? {};
  const out = sum(counts, ACTIVE_OUT);
  const inbound = sum(counts, ACTIVE_IN);
  if (contact?.metInPerson && out + inbound === 0) return reply(t('stepMetInPerson'));
  switch (stage) {
    case 'stranger':
      return reply(t('stepNeverTalked'));
    case 'noticed':
      if (inbound > 0) return reply(t('stepNeverAnswered'));
      if ((contact?.engagedMe ?? 0) > 0) return reply(t('stepNoticedFirst'));
      return reply(t('stepNeverTalked'));
    case 'talked':
      if (out >= 2) return { text: tp('stepNoAnswer', out), reply: false };
      return { text: t('stepGiveTime'), reply: false };
    default: {
      const idle = contact?.lastAt ? now - contact.lastAt : 0;
      if (idle > 30 * DAY) return reply(dueWhyText({ kind: 'last-talked', at: contact?.lastAt }, now));
      if ((contact?.lastInAt ?? 0) > (contact?.lastOutAt ?? 0)) return reply(t('stepTheyWroteLast'));
      return { text: t('stepKeepGoing'), reply: false };
    }
  }
}

/** The whole step as one sentence, for the timeline without a Reply button: "Never talked: reply to this?". */
export const stepSentence = (step: NextStep) =>
  step.reply ? t('stepReplyToThis', { step: step.text }) : step.text;

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
  const stage = contact?.stage ?? 'stranger';
  const due = dueLine(contact, now)?.text ?? '';
  // A timeline names the same few combinations for every post: their words are put together once.
  const key = `${uiLocale()}|${stage}|${followsMe}|${unmet}|${due}`;
  let facts = factsSeen.get(key);
  if (facts === undefined) {
    const parts = [inline(stageLabel(stage))];
    if (followsMe) parts.push(t('factFollowsYou'));
    if (unmet) parts.push(t('factNotMetYet'));
    if (due) parts.push(inline(due));
    facts = parts.join(t('factSeparator'));
    if (factsSeen.size > 500) factsSeen.clear();
    factsSeen.set(key, facts);
  }
  return t('badgeAriaLabel', { handle, facts });
}
/** The facts part of badge labels already put together, per interface language (tests switch it). */
const factsSeen = new Map<string, string>();

/**
 * Keep talking on X (issue 13): "You owe a reply" while a reply-back is due, "Last talked 24 days
 * ago" once a conversation is going cold; nothing before it is due. The background sends the reason
 * and times only; the words are the popup's (components/common/due-words), in the interface language.
 */
export function dueLine(
  contact: ContactView | null | undefined,
  now = Date.now(),
): { reason: 'reply-back' | 'going-cold'; text: string } | undefined {
  const due = contact?.due;
  if (!due || due.at > now) return undefined;
  if (due.reason === 'reply-back') return { reason: due.reason, text: t('dueOweReply') };
  return { reason: due.reason, text: dueWhyText({ kind: 'last-talked', at: due.since }, now) };
}

/** The profile card's one line after the name: "talked · follows you · 1 note · you owe a reply". */
export function cardSummary(
  contact: ContactView | null | undefined,
  followsMe: boolean,
  now = Date.now(),
): { text: string; due?: 'reply-back' | 'going-cold' }[] {
  const parts: { text: string; due?: 'reply-back' | 'going-cold' }[] = [
    { text: inline(stageLabel(contact?.stage ?? 'stranger')) },
  ];
  if (followsMe) parts.push({ text: t('factFollowsYou') });
  if (contact?.metInPerson) parts.push({ text: t('factMetInPerson') });
  if (contact?.notes?.trim()) parts.push({ text: t('factHasNote') });
  const tags = contact?.tags?.length ?? 0;
  if (tags) parts.push({ text: tp('factTags', tags) });
  const due = dueLine(contact, now);
  if (due) parts.push({ text: inline(due.text), due: due.reason });
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
