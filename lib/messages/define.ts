import { z } from 'zod/mini';
import { STAGES } from '@/lib/relationships/stage';
import { HANDLE_SOURCE } from '@/lib/text/handle';

/**
 * How messages are defined. The one protocol (lib/messages/protocol.ts) between the extension's parts. Each message has an input and an output schema
 * and says who may send it:
 * - `content`: the content script on an X page (and extension pages, which are trusted more);
 * - `page`: only the extension's own pages (popup, options). Export, import and wipe are here,
 *   so a compromised or confused X page can never read or erase the user's data.
 */
export type Sender = 'content' | 'page';

export interface MessageSpec<I extends z.ZodMiniType, O extends z.ZodMiniType> {
  input: I;
  output: O;
  from: Sender;
}
export const message = <I extends z.ZodMiniType, O extends z.ZodMiniType>(
  from: Sender,
  input: I,
  output: O,
) => ({ from, input, output }) satisfies MessageSpec<I, O>;

export const Empty = z.object({});

export const StageName = z.enum(STAGES);
export const KindCounts = z.record(z.string(), z.number());

/** A contact as the popup, options and overlays show it. */
export const ContactView = z.object({
  key: z.string(),
  id: z.optional(z.string()),
  handle: z.optional(z.string()),
  name: z.optional(z.string()),
  bio: z.optional(z.string()),
  url: z.optional(z.string()),
  followsMe: z.optional(z.boolean()),
  iFollow: z.optional(z.boolean()),
  stage: StageName,
  followerSince: z.optional(z.number()),
  lastAt: z.optional(z.number()),
  lastKind: z.optional(z.string()),
  lastOutAt: z.optional(z.number()),
  lastInAt: z.optional(z.number()),
  counts: KindCounts,
  engagedMe: z.number(),
  metInPerson: z.optional(z.boolean()),
  notes: z.optional(z.string()),
  tags: z.optional(z.array(z.string())),
  snoozedUntil: z.optional(z.number()),
  hidden: z.optional(z.boolean()),
  /** "Keep in touch every …" (lib/relationships/due.ts); absent means the stage's default. */
  keepEvery: z.optional(z.enum(['off', '1w', '2w', '1m', '3m'])),
  /**
   * Keep talking: when this person is (or becomes) due and why; `since` is when they wrote what you
   * owe an answer to (reply-back) or when you last talked (going cold). Due now when `at <= now`.
   */
  due: z.optional(
    z.object({ reason: z.enum(['reply-back', 'going-cold']), at: z.number(), since: z.number() }),
  ),
});
export type ContactView = z.infer<typeof ContactView>;

export const InteractionView = z.object({
  key: z.string(),
  kind: z.string(),
  at: z.number(),
  tweetId: z.optional(z.string()),
  text: z.optional(z.string()),
});
export type InteractionView = z.infer<typeof InteractionView>;

/** A person by numeric id (`id:<n>`) or handle. */
export const PersonKey = z.string().check(z.regex(new RegExp(`^(?:id:\\d{1,20}|${HANDLE_SOURCE})$`)));
