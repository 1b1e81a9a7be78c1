import { z } from 'zod/mini';
import { HANDLE_RE } from '@/lib/text/handle';
import { LIMITS } from './limits';

// Extension pages and workers forbid eval (MV3 CSP): keep zod from probing `new Function`.
z.config({ jitless: true });

/** X ids are decimal strings: 64-bit numbers do not survive JavaScript numbers. */
export const XId = z.string().check(z.regex(/^\d{1,20}$/));
export const Handle = z.string().check(z.regex(HANDLE_RE));
const Text = (max: number) => z.string().check(z.maxLength(max));
/**
 * When something happened, in ms since 1970: never before it, never past the latest date a JavaScript
 * Date holds (the export's own range, lib/db/export-rows.ts, so what is stored can be exported again).
 */
const Time = z.number().check(z.gte(0), z.lte(8.64e15));

export const Account = z.object({ id: XId, handle: Handle, name: z.optional(Text(LIMITS.accountName)) });
export type Account = z.infer<typeof Account>;

/** A person as the page shows them. At least an id or a handle. */
export const Person = z
  .object({
    id: z.optional(XId),
    handle: z.optional(Handle),
    name: z.optional(Text(LIMITS.name)),
    bio: z.optional(Text(LIMITS.bio)),
    url: z.optional(Text(LIMITS.url)),
    followsMe: z.optional(z.boolean()),
    iFollow: z.optional(z.boolean()),
  })
  .check(z.refine((p) => Boolean(p.id || p.handle), 'a person needs an id or a handle'));
export type Person = z.infer<typeof Person>;

export const INTERACTION_KINDS = [
  'reply_out',
  'mention_out',
  'quote_out',
  'like_out',
  'repost_out',
  'dm_out',
  'visit',
  'reply_in',
  'mention_in',
  'quote_in',
  'like_in',
  'repost_in',
  'follow_in',
  'dm_in',
] as const;
export const InteractionKind = z.enum(INTERACTION_KINDS);
export type InteractionKind = z.infer<typeof InteractionKind>;

export const Verdict = z.enum(['promotional', 'broadcast', 'conversational']);
export type VerdictName = z.infer<typeof Verdict>;

export const PostKind = z.enum(['post', 'reply', 'quote', 'dm']);

/**
 * What the content script saw. Every event carries `key`, a deterministic id built from what X
 * shows (tweet ids, user ids, message ids): a re-render, a recycled cell, a second tab or a
 * retried batch produces the same key, and the background stores each key once.
 */
export const PageEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('interaction'),
    key: Text(200),
    kind: InteractionKind,
    person: Person,
    at: Time,
    tweetId: z.optional(XId),
    text: z.optional(Text(LIMITS.text)),
    /** The DM conversation (or thread) id, when the page shows one: "Open" links back to it. */
    thread: z.optional(Text(100)),
  }),
  z.object({
    type: z.literal('post'),
    key: Text(200),
    at: Time,
    kind: PostKind,
    text: Text(LIMITS.text),
    links: z.array(Text(LIMITS.link)).check(z.maxLength(LIMITS.linksPerPost)),
    mentions: z.array(Handle).check(z.maxLength(LIMITS.mentionsPerPost)),
    verdict: z.optional(Verdict),
    replyTo: z.optional(z.object({ tweetId: z.optional(XId), person: z.optional(Person) })),
    quoteOf: z.optional(z.object({ tweetId: z.optional(XId), person: z.optional(Person) })),
  }),
  z.object({
    type: z.literal('edge'),
    list: z.enum(['followers', 'following']),
    person: Person,
    at: Time,
  }),
  z.object({ type: z.literal('profile'), person: Person, at: Time }),
  /**
   * Your followers list was scrolled from its top to its real end in one visit that began at
   * `since`: `listed` is everyone seen in it. A follower not listed has unfollowed, unless something
   * saw them following since the visit began.
   */
  z.object({
    type: z.literal('list-end'),
    list: z.literal('followers'),
    at: Time,
    since: z.number(),
    listed: z.array(XId).check(z.maxLength(LIMITS.listedFollowers)),
  }),
  z.object({
    type: z.literal('nudge'),
    key: Text(200),
    at: Time,
    outcome: z.enum(['shown', 'revised', 'posted_anyway', 'cancelled', 'edited']),
    verdict: Verdict,
    rules: z.array(Text(LIMITS.rule)).check(z.maxLength(LIMITS.rulesPerNudge)),
  }),
]);
export type PageEvent = z.infer<typeof PageEvent>;

export const HealthReport = z.object({
  route: Text(40),
  path: Text(500),
  at: z.number(),
  found: z.array(Text(60)),
  missing: z.array(Text(60)),
});
export type HealthReport = z.infer<typeof HealthReport>;
