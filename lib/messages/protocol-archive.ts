import { z } from 'zod/mini';
import { type MessageSpec, message } from './define';
import { Account, Handle, Verdict, XId } from './schemas';

/**
 * Messages of the X archive import (options page to background); merged in lib/messages/protocol.ts.
 * An archive is tens of MB of rows, too much for one runtime message: the page sends `begin`, then
 * chunks under the import's id, each stored at once in its own transaction with the import's
 * journal (lib/db/import-archive.ts), then `commit`, which finishes what needs the whole archive.
 * An import cut short is reported by `status` and finished by sending the archive again. Only the
 * extension's own pages may send them.
 */

const ImportId = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/));
const Text = z.string().check(z.maxLength(25_000));

export const ImportCounts = z.object({
  followers: z.number(),
  following: z.number(),
  posts: z.number(),
  reposts: z.number(),
  dms: z.number(),
  likes: z.number(),
});

export const ImportPostInput = z.object({
  key: z.string().check(z.maxLength(200)),
  at: z.number(),
  kind: z.enum(['post', 'reply', 'quote']),
  text: Text,
  links: z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(50)),
  mentions: z.array(Handle).check(z.maxLength(50)),
  verdict: Verdict,
  replyToTweetId: z.optional(XId),
  replyToContact: z.optional(XId),
  quoteOfTweetId: z.optional(XId),
});

export const ImportInteractionInput = z.object({
  key: z.string().check(z.maxLength(200)),
  kind: z.enum(['reply_out', 'mention_out', 'quote_out', 'repost_out', 'dm_out', 'dm_in']),
  person: XId,
  at: z.number(),
  tweetId: z.optional(XId),
  text: z.optional(Text),
});

export const ImportLikeInput = z.object({ tweetId: XId, text: z.optional(Text) });

/** Most items of each kind one chunk may carry (a chunk stays at a few MB). */
export const CHUNK_LIMITS = {
  followers: 50_000,
  following: 50_000,
  posts: 2_000,
  interactions: 5_000,
  likes: 10_000,
  handles: 20_000,
} as const;

export const ARCHIVE_MESSAGES = {
  'archive.import.begin': message(
    'page',
    z.object({
      account: Account,
      seenAt: z.number(),
      /** How many items of each part the chunks will carry: commit checks that all arrived. */
      totals: z.object({
        followers: z.number(),
        following: z.number(),
        posts: z.number(),
        interactions: z.number(),
        likes: z.number(),
        handles: z.number(),
      }),
      counts: ImportCounts,
      /** The archive lacks some of its follower files: nobody is marked as having unfollowed. */
      followersPartial: z.optional(z.literal(true)),
    }),
    z.object({ importId: ImportId }),
  ),
  'archive.import.chunk': message(
    'page',
    z.object({
      importId: ImportId,
      /** Position in its list of the chunk's first item (one part per chunk). */
      offset: z.number().check(z.gte(0)),
      followers: z.optional(z.array(XId).check(z.maxLength(CHUNK_LIMITS.followers))),
      following: z.optional(z.array(XId).check(z.maxLength(CHUNK_LIMITS.following))),
      posts: z.optional(z.array(ImportPostInput).check(z.maxLength(CHUNK_LIMITS.posts))),
      interactions: z.optional(z.array(ImportInteractionInput).check(z.maxLength(CHUNK_LIMITS.interactions))),
      likes: z.optional(z.array(ImportLikeInput).check(z.maxLength(CHUNK_LIMITS.likes))),
      handles: z.optional(z.array(z.tuple([XId, Handle])).check(z.maxLength(CHUNK_LIMITS.handles))),
    }),
    z.object({ received: z.number(), fraction: z.number() }),
  ),
  'archive.import.commit': message(
    'page',
    z.object({ importId: ImportId }),
    z.object({
      account: z.object({ id: XId, handle: z.string() }),
      imported: ImportCounts,
      added: z.object({ contacts: z.number(), posts: z.number(), interactions: z.number() }),
    }),
  ),
  /** Imports started and never finished: how far each got (0..1), to say so and offer to finish. */
  'archive.import.status': message(
    'page',
    z.object({}),
    z.object({
      interrupted: z.array(
        z.object({ account: XId, handle: z.string(), fraction: z.number(), startedAt: z.number() }),
      ),
    }),
  ),
} satisfies Record<string, MessageSpec<z.ZodMiniType, z.ZodMiniType>>;
