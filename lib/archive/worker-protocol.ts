import { z } from 'zod';
import { ARCHIVE_ERROR_CODES } from './errors';

/** Messages between the options page and the archive worker. Validate on both sides with `.safeParse`. */

const blob = z.custom<Blob>((v) => typeof Blob !== 'undefined' && v instanceof Blob, {
  message: 'expected a Blob/File',
});
const id = z.string().regex(/^\d+$/);

export const archiveFileInputSchema = z.object({ path: z.string().min(1), file: blob });

// ---- page → worker -----------------------------------------------------------------------------------------
export const startMessageSchema = z.union([
  z.object({
    type: z.literal('start'),
    requestId: z.string(),
    file: blob,
    expectedAccountId: id.optional(),
  }),
  z.object({
    type: z.literal('start'),
    requestId: z.string(),
    files: z.array(archiveFileInputSchema).min(1),
    expectedAccountId: id.optional(),
  }),
]);
export const cancelMessageSchema = z.object({ type: z.literal('cancel'), requestId: z.string() });
export const toWorkerMessageSchema = z.union([startMessageSchema, cancelMessageSchema]);

// ---- data shapes -------------------------------------------------------------------------------------------
export const archiveAccountSchema = z.object({
  id,
  handle: z.string(),
  name: z.string().optional(),
  createdAt: z.number().optional(),
});
export const archivePostSchema = z.object({
  id,
  text: z.string(),
  createdAt: z.number(),
  kind: z.enum(['post', 'reply', 'quote']),
  inReplyToTweetId: id.optional(),
  inReplyToUserId: id.optional(),
  inReplyToHandle: z.string().optional(),
  mentions: z.array(z.object({ id: id.optional(), handle: z.string() })),
  urls: z.array(z.string()),
  quotedTweetId: id.optional(),
  isRetweet: z.boolean(),
});
export const archiveDmSchema = z.object({
  conversationId: z.string(),
  messageId: id,
  senderId: id,
  recipientId: id.optional(),
  participants: z.array(id),
  text: z.string(),
  createdAt: z.number(),
  group: z.boolean(),
});
export const archiveLikeSchema = z.object({ tweetId: id, text: z.string().optional() });
export const archiveContentsSchema = z.object({
  version: z.literal(1),
  account: archiveAccountSchema,
  followers: z.array(id),
  following: z.array(id),
  posts: z.array(archivePostSchema),
  dms: z.array(archiveDmSchema),
  likes: z.array(archiveLikeSchema),
  meta: z.object({
    generation: z.enum(['grailbird', 'root-level', 'data-folder']),
    generatedAt: z.number().optional(),
    files: z.array(z.string()),
    missingFiles: z.array(z.string()),
    skippedRows: z.array(z.object({ file: z.string(), rows: z.number().int() })).optional(),
  }),
});
export const archiveSummarySchema = z.object({
  accountId: id,
  handle: z.string(),
  followers: z.number().int(),
  following: z.number().int(),
  posts: z.number().int(),
  dms: z.number().int(),
  dmConversations: z.number().int(),
  likes: z.number().int(),
});
export const archiveProgressSchema = z.object({
  phase: z.enum(['scan', 'read', 'parse', 'done']),
  kind: z.enum([
    'archive',
    'manifest',
    'account',
    'followers',
    'following',
    'posts',
    'dms',
    'dms-group',
    'likes',
  ]),
  file: z.string().optional(),
  done: z.number(),
  total: z.number(),
  bytesRead: z.number(),
  bytesTotal: z.number(),
  records: z.number().optional(),
});

// ---- worker → page -----------------------------------------------------------------------------------------
export const progressMessageSchema = z.object({
  type: z.literal('progress'),
  requestId: z.string(),
  progress: archiveProgressSchema,
});
export const doneMessageSchema = z.object({
  type: z.literal('done'),
  requestId: z.string(),
  summary: archiveSummarySchema,
  data: archiveContentsSchema,
});
export const errorMessageSchema = z.object({
  type: z.literal('error'),
  requestId: z.string(),
  code: z.enum(ARCHIVE_ERROR_CODES as [string, ...string[]]),
  message: z.string(),
  file: z.string().optional(),
});
export const fromWorkerMessageSchema = z.discriminatedUnion('type', [
  progressMessageSchema,
  doneMessageSchema,
  errorMessageSchema,
]);

export type ToWorkerMessage = z.infer<typeof toWorkerMessageSchema>;
export type StartMessage = z.infer<typeof startMessageSchema>;
export type FromWorkerMessage = z.infer<typeof fromWorkerMessageSchema>;
export type ArchiveErrorMessage = z.infer<typeof errorMessageSchema>;
