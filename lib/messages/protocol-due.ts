import { z } from 'zod/mini';
import { DUE_WHY_KINDS } from '@/lib/relationships/due';
import type { MessageSpec } from './define';
import { ContactView, message } from './define';
import { ContactKey } from './protocol-popup';
import { XId } from './schemas';

export const CadenceName = z.enum(['off', '1w', '2w', '1m', '3m']);

/** lib/relationships/due.ts's DueWhy: a sentence kind and its parameters, never English. */
export const DueWhySchema = z.object({
  kind: z.enum(DUE_WHY_KINDS),
  at: z.optional(z.number()),
  about: z.optional(z.string().check(z.maxLength(200))),
});

const Said = z.object({ at: z.number(), text: z.optional(z.string()) });

export const DueRow = z.object({
  contact: ContactView,
  reason: z.enum(['reply-back', 'going-cold']),
  /** Why, as data the popup words through t() (lib/relationships/due.ts, DueWhy). */
  why: DueWhySchema,
  dueAt: z.number(),
  /** The last thing each of you said (stored snippets, at most 280 characters). */
  theirs: z.optional(Said),
  mine: z.optional(Said),
  /** Where "Open" goes on X: the thread, the chat, or the profile. */
  open: z.string(),
  keepEvery: z.optional(CadenceName),
});
export type DueRow = z.infer<typeof DueRow>;

export const DueView = z.object({
  account: z.nullable(XId),
  due: z.array(DueRow),
  /** Reply-backs older than the window: shown quietly, never piling up in the list above. */
  missed: z.array(DueRow),
  /** People you said something to today. */
  reachedOut: z.number(),
  /** How many are due and missed in all: `due` and `missed` hold at most 20 of each reason. */
  counts: z.object({ replyBacks: z.number(), goingCold: z.number(), missed: z.number() }),
});
export type DueView = z.infer<typeof DueView>;

const WeekNumbers = z.object({
  met: z.number(),
  keptGoing: z.number(),
  answered: z.number(),
  conversations: z.number(),
  broadcasts: z.number(),
});

/** lib/relationships/week.ts's WeekChange: which change the week's sentence is about, as data. */
const WeekChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quiet') }),
  z.object({ kind: z.literal('first-week'), met: z.number(), answered: z.number() }),
  z.object({
    kind: z.literal('more-talk'),
    conversations: z.number(),
    broadcasts: z.number(),
    lastConversations: z.number(),
  }),
  z.object({ kind: z.literal('more-broadcast'), conversations: z.number(), broadcasts: z.number() }),
  z.object({ kind: z.literal('met-more'), met: z.number(), lastMet: z.number() }),
  z.object({ kind: z.literal('answered'), answered: z.number() }),
  z.object({ kind: z.literal('kept-going'), keptGoing: z.number() }),
  z.object({ kind: z.literal('slower'), lastTotal: z.number() }),
]);

/** The week in Balance: these 7 days against the 7 before, and what changed. */
export const WeekView = z.object({
  from: z.number(),
  lastFrom: z.number(),
  thisWeek: WeekNumbers,
  lastWeek: WeekNumbers,
  change: WeekChangeSchema,
});
export type WeekView = z.infer<typeof WeekView>;

/** Keep talking: reply-backs and conversations going cold (lib/relationships/due.ts). */
export const DUE_MESSAGES = {
  'due.get': message('page', z.object({ account: z.optional(XId) }), DueView),
  'due.act': message(
    'page',
    z.object({ account: XId, key: ContactKey, action: z.enum(['done', 'snooze', 'stop']) }),
    DueView,
  ),
  /** The week in Balance (issue 13.4): people met, conversations kept going, replies answered. */
  'week.get': message('page', z.object({ account: XId }), WeekView),
  'due.cadence': message(
    'content',
    z.object({ account: XId, key: ContactKey, keepEvery: CadenceName }),
    z.object({ keepEvery: CadenceName }),
  ),
} satisfies Record<string, MessageSpec<z.ZodMiniType, z.ZodMiniType>>;
