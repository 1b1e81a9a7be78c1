import { z } from 'zod/mini';
import type { MessageSpec } from './define';
import { ContactView, message } from './define';
import { XId } from './schemas';

/** A contact's storage key: the numeric X id, or `@handle` until the id is known. */
export const ContactKey = z.string().check(z.regex(/^(?:\d{1,20}|@[a-z0-9_]{1,15})$/));

export const HandfulPick = z.object({
  contact: ContactView,
  tier: z.enum(['engaged', 'mutual', 'recent', 'follower']),
  /** Why them, in words: "replied to you twice, you never answered". */
  reason: z.string(),
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
  met: z.number(),
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
  /** Acts on a pick (met in person, snooze a week, not for me) and answers the updated handful. */
  'handful.act': message(
    'page',
    z.object({ account: XId, key: ContactKey, action: z.enum(['met', 'snooze', 'hide']) }),
    Handful,
  ),
  /** The last 7 and 30 days: posts by verdict, replies against broadcasts, nudges. */
  'balance.get': message('page', z.object({ account: XId }), BalanceView),
} satisfies Record<string, MessageSpec<z.ZodMiniType, z.ZodMiniType>>;
