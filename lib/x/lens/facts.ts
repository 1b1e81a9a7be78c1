import { z } from 'zod/mini';
import { Handle, XId } from '@/lib/messages/schemas';

/**
 * What the content script accepts from the lens. The page can forge these events, so everything is
 * re-validated and bounded here; facts can only describe people and posts, never ask for anything.
 */
const Text = (max: number) => z.string().check(z.maxLength(max));

export const UserFact = z.object({
  id: XId,
  handle: Handle,
  name: z.optional(Text(200)),
  bio: z.optional(Text(1000)),
  avatar: z.optional(Text(500)),
  followsMe: z.optional(z.boolean()),
  iFollow: z.optional(z.boolean()),
});
export type UserFact = z.infer<typeof UserFact>;

export const PostFact = z.object({
  id: XId,
  author: XId,
  at: z.optional(z.number()),
  replyTo: z.optional(XId),
  replyToUser: z.optional(XId),
  conversation: z.optional(XId),
  quoted: z.optional(XId),
  quotedAuthor: z.optional(XId),
  mentions: z.optional(z.array(XId).check(z.maxLength(50))),
});
export type PostFact = z.infer<typeof PostFact>;

export const LensBatch = z.object({
  users: z.array(UserFact).check(z.maxLength(5000)),
  posts: z.array(PostFact).check(z.maxLength(5000)),
  /** Each response read: its operation, whether its shape was known, how many people it held and
   * whether it was asked with a cursor (a later page of a list). */
  seen: z
    .array(
      z.object({
        op: Text(60),
        known: z.boolean(),
        users: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(5000))),
        next: z.optional(z.boolean()),
      }),
    )
    .check(z.maxLength(200)),
});
export type LensBatch = z.infer<typeof LensBatch>;
