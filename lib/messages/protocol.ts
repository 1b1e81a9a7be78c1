import { z } from 'zod/mini';
import { STAGES } from '@/lib/relationships/stage';
import { Account, HealthReport, PageEvent, PostKind, Verdict, XId } from './schemas';

/**
 * The one protocol between the extension's parts. Each message has an input and an output schema
 * and says who may send it:
 * - `content`: the content script on an X page (and extension pages, which are trusted more);
 * - `page`: only the extension's own pages (popup, options). Export, import and wipe are here,
 *   so a compromised or confused X page can never read or erase the user's data.
 */
export type Sender = 'content' | 'page';

interface MessageSpec<I extends z.ZodMiniType, O extends z.ZodMiniType> {
  input: I;
  output: O;
  from: Sender;
}
const message = <I extends z.ZodMiniType, O extends z.ZodMiniType>(from: Sender, input: I, output: O) =>
  ({ from, input, output }) satisfies MessageSpec<I, O>;

const Empty = z.object({});
const AccountId = z.object({ account: XId });

export const StorageProblem = z.object({ at: z.number(), message: z.string() });

export const PROTOCOL = {
  ping: message('content', Empty, z.object({ at: z.number() })),
  'account.seen': message('content', Account, Empty),
  'health.report': message('content', z.object({ account: z.optional(XId), report: HealthReport }), Empty),
  'events.record': message(
    'content',
    z.object({
      account: Account,
      batchId: z.string().check(z.maxLength(100)),
      events: z.array(PageEvent).check(z.minLength(1), z.maxLength(500)),
    }),
    z.object({ stored: z.number(), duplicates: z.number() }),
  ),
  'coach.context': message(
    'content',
    z.object({ account: XId, people: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(50)) }),
    z.object({
      stages: z.record(z.string(), z.enum(STAGES)),
      recentPosts: z.array(
        z.object({ at: z.number(), verdict: Verdict, links: z.array(z.string()), kind: PostKind }),
      ),
    }),
  ),
  'status.get': message(
    'page',
    Empty,
    z.object({
      accounts: z.array(z.object({ id: XId, handle: z.string(), name: z.optional(z.string()), lastSeen: z.number() })),
      health: z.array(z.object({ account: z.optional(XId), report: HealthReport })),
      storageProblem: z.optional(StorageProblem),
      counts: z.record(z.string(), z.number()),
    }),
  ),
  'data.export': message('page', AccountId, z.object({ json: z.string() })),
  'data.import': message('page', z.object({ json: z.string() }), z.object({ imported: z.record(z.string(), z.number()) })),
  'data.wipe': message('page', AccountId, z.object({ deleted: z.number() })),
} as const;

export type MessageType = keyof typeof PROTOCOL;
export type Input<T extends MessageType> = z.input<(typeof PROTOCOL)[T]['input']>;
export type Output<T extends MessageType> = z.output<(typeof PROTOCOL)[T]['output']>;

/** The envelope every message travels in, and every answer. */
export const Envelope = z.object({ dt: z.literal(1), type: z.string(), input: z.unknown() });
export type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };
export type ErrorCode = 'malformed' | 'unknown-type' | 'forbidden' | 'storage-full' | 'failed';

export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
