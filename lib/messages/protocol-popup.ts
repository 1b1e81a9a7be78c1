import { z } from 'zod/mini';
import type { MessageSpec } from './define';
import { ContactView, message } from './define';
import { XId } from './schemas';

/** A contact's storage key: the numeric X id, or `@handle` until the id is known. */
export const ContactKey = z.string().check(z.regex(/^(?:\d{1,20}|@[a-z0-9_]{1,15})$/));

/** At most a tweet's worth of their words, as stored (lib/relationships/summary SNIPPET_MAX). */
const Snippet = z.string().check(z.maxLength(300));

/**
 * Why a person is in today's handful, as facts (kind + params): the popup says it in the interface's
 * language (components/popup/pick-reason.ts), so nothing English travels in the message.
 */
export const PickReason = z.discriminatedUnion('kind', [
  /** They wrote to you in chat, `count` times; the last at `at`, saying `snippet`. */
  z.object({
    kind: z.literal('wrote-to-you'),
    count: z.number(),
    at: z.optional(z.number()),
    snippet: z.optional(Snippet),
    answered: z.boolean(),
  }),
  /** Their latest post that Dinner Table saw was to you: a reply, mention or quote. */
  z.object({
    kind: z.literal('latest-post'),
    via: z.enum(['reply', 'mention', 'quote']),
    count: z.number(),
    at: z.optional(z.number()),
    snippet: z.optional(Snippet),
    answered: z.boolean(),
  }),
  /** They liked or reposted your posts. */
  z.object({ kind: z.literal('liked'), likes: z.number(), reposts: z.number() }),
  /** Nothing between you but their bio, and when they followed you. */
  z.object({
    kind: z.literal('bio'),
    bio: Snippet,
    at: z.optional(z.number()),
    mutual: z.boolean(),
  }),
  /** They followed you (at `at`, when known); `mutual` when you follow them too. */
  z.object({ kind: z.literal('followed'), at: z.optional(z.number()), mutual: z.boolean() }),
]);
export type PickReason = z.infer<typeof PickReason>;

/** Where "Reply" goes on X: their latest post, the chat they wrote in, or their profile. */
export const ReplyTarget = z.object({
  to: z.enum(['post', 'chat', 'profile']),
  url: z.string().check(z.regex(/^https:\/\/x\.com\//)),
});
export type ReplyTarget = z.infer<typeof ReplyTarget>;

export const HandfulPick = z.object({
  contact: ContactView,
  tier: z.enum(['engaged', 'mutual', 'recent', 'follower']),
  /** Why them, as facts the popup puts in words. */
  reason: PickReason,
  reply: ReplyTarget,
  /** When you met them today (a reply, mention or DM), or met in person. */
  met: z.boolean(),
});
export type HandfulPick = z.infer<typeof HandfulPick>;

export const Handful = z.object({
  /** The account shown: the one chosen in settings, else the last one seen; null before any. */
  account: z.nullable(XId),
  /** The shown account's handle and name, so the header needs no other message. */
  handle: z.optional(z.string()),
  name: z.optional(z.string()),
  date: z.string(),
  size: z.number(),
  /**
   * The day's progress: unmet followers you met today, the picks and anyone else (a reply to any unmet
   * follower counts, not only to the day's picks).
   */
  met: z.number(),
  /** Of `met`, the people met today who are not in the pick. */
  metElsewhere: z.optional(z.number()),
  picks: z.array(HandfulPick),
  /** Unmet followers left to pick from (0 with no follower data yet). */
  unmet: z.number(),
  /** Whether any follower is known at all: tells "no data yet" from "everyone met". */
  hasFollowers: z.boolean(),
  /** Set for a while after a short pick was filled with newly found followers: how many unmet there are. */
  found: z.optional(z.number()),
});
export type Handful = z.infer<typeof Handful>;

const CoachOutcomeCounts = z.object({
  flagged: z.number(),
  revised: z.number(),
  postedAnyway: z.number(),
  cancelled: z.number(),
  edited: z.number(),
});
const Verdicts = z.object({ conversational: z.number(), broadcast: z.number(), promotional: z.number() });

export const BalanceView = z.object({
  goal: z.number(),
  windows: z.array(
    z.object({
      days: z.number(),
      posts: z.number(),
      verdicts: Verdicts,
      replies: z.number(),
      broadcasts: z.number(),
      promoShare: z.optional(z.number()),
      overGoal: z.boolean(),
      nudges: CoachOutcomeCounts,
    }),
  ),
  series: z.object({
    dates: z.array(z.string()),
    x: z.array(z.number()),
    conversational: z.array(z.number()),
    broadcast: z.array(z.number()),
    promotional: z.array(z.number()),
  }),
});
export type BalanceView = z.infer<typeof BalanceView>;

/**
 * Messages of the popup's views (the handful, balance, badge progress). Kept apart from the core
 * protocol so each surface owns its messages; lib/messages/protocol.ts merges them.
 */
export const POPUP_MESSAGES = {
  /** Today's handful for an account (default: settings.viewAccount, else the last one seen). */
  'handful.get': message('page', z.object({ account: z.optional(XId) }), Handful),
  /**
   * Acts on a pick (met in person, snooze a week, not for me, or undo the last snooze / not for me, which
   * puts the person back in their place) and answers the updated handful.
   */
  'handful.act': message(
    'page',
    z.object({ account: XId, key: ContactKey, action: z.enum(['met', 'snooze', 'hide', 'undo']) }),
    Handful,
  ),
  /** The last 7 and 30 days: posts by verdict, replies against broadcasts, nudges. */
  'balance.get': message('page', z.object({ account: XId }), BalanceView),
} satisfies Record<string, MessageSpec<z.ZodMiniType, z.ZodMiniType>>;
