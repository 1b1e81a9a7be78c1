import { z } from 'zod/mini';
import { ContactView, Empty, InteractionView, message, PersonKey, StageName } from './define';
import { ARCHIVE_MESSAGES } from './protocol-archive';
import { DUE_MESSAGES } from './protocol-due';
import { POPUP_MESSAGES } from './protocol-popup';
import { TRANSFER_MESSAGES } from './protocol-transfer';
import { Account, Handle, HealthReport, PostKind, Verdict, XId } from './schemas';
import { QUARANTINE_CODES } from './validate-events';

export type { Sender } from './define';
export { ContactView, InteractionView } from './define';

const AccountId = z.object({ account: XId });

/** Events the background could not store, per account: how many, and the latest reasons. */
const QuarantineReason = z.object({
  code: z.enum(QUARANTINE_CODES),
  type: z.string().check(z.maxLength(30)),
  field: z.optional(z.string().check(z.maxLength(60))),
  detail: z.optional(z.string().check(z.maxLength(40))),
  count: z.number(),
});
export const QuarantineEntry = z.object({
  account: XId,
  count: z.number(),
  lastAt: z.number(),
  reasons: z.array(QuarantineReason),
});
/**
 * A quarantine entry as storage.local may hold it: versions before the codes stored English
 * reasons, read here as reasons of unknown type and code `bad-field` (their count is kept).
 */
export const StoredQuarantineEntry = z.pipe(
  z.object({
    account: XId,
    count: z.number(),
    lastAt: z.number(),
    reasons: z.array(z.union([QuarantineReason, z.object({ reason: z.string(), count: z.number() })])),
  }),
  z.transform((entry) => ({
    ...entry,
    reasons: entry.reasons.map((r) =>
      'code' in r ? r : { code: 'bad-field' as const, type: 'unknown', count: r.count },
    ),
  })),
);
export type QuarantineEntry = z.infer<typeof QuarantineEntry>;

export const StorageProblem = z.object({ at: z.number(), message: z.string() });

export const PROTOCOL = {
  ping: message('content', Empty, z.object({ at: z.number() })),
  /** Injects a part loaded when first needed (lib/features/engine-files.ts) into the asking frame's content-script world. */
  'engine.load': message('content', z.object({ name: z.enum(['coach', 'card']) }), Empty),
  'account.seen': message('content', Account, Empty),
  'health.report': message('content', z.object({ account: z.optional(XId), report: HealthReport }), Empty),
  'events.record': message(
    'content',
    z.object({
      // The account's name is clipped by the background, not refused.
      account: z.object({ id: XId, handle: Handle, name: z.optional(z.string()) }),
      batchId: z.string().check(z.maxLength(100)),
      // Each event is validated on its own by the background (lib/messages/validate-events.ts):
      // one bad event is quarantined, the rest of the batch is stored.
      events: z.array(z.unknown()).check(z.minLength(1), z.maxLength(500)),
    }),
    z.object({ stored: z.number(), duplicates: z.number(), quarantined: z.number() }),
  ),
  'coach.context': message(
    'content',
    z.object({ account: XId, people: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(50)) }),
    z.object({
      stages: z.record(z.string(), StageName),
      recentPosts: z.array(
        z.object({ at: z.number(), verdict: Verdict, links: z.array(z.string()), kind: PostKind }),
      ),
    }),
  ),
  'contacts.lookup': message(
    'content',
    z.object({ account: XId, people: z.array(PersonKey).check(z.maxLength(200)) }),
    z.object({ contacts: z.record(z.string(), z.nullable(ContactView)) }),
  ),
  'contact.get': message(
    'content',
    z.object({ account: XId, person: PersonKey, historyLimit: z.optional(z.number().check(z.lte(1000))) }),
    z.object({ contact: z.nullable(ContactView), history: z.array(InteractionView) }),
  ),
  'contact.update': message(
    'content',
    z.object({
      account: XId,
      person: PersonKey,
      /** Who the person is, when the contact may not exist yet (notes on a first visit). */
      handle: z.optional(Handle),
      patch: z.object({
        notes: z.optional(z.string().check(z.maxLength(10_000))),
        tags: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(30))),
        metInPerson: z.optional(z.boolean()),
        hidden: z.optional(z.boolean()),
        snoozedUntil: z.optional(z.nullable(z.number().check(z.gte(0), z.lte(8.64e15)))),
      }),
    }),
    z.object({ contact: ContactView }),
  ),
  'contacts.list': message(
    'page',
    z.object({
      account: XId,
      unmetOnly: z.optional(z.boolean()),
      stages: z.optional(z.array(StageName)),
      followsMe: z.optional(z.boolean()),
      iFollow: z.optional(z.boolean()),
      engagedMe: z.optional(z.boolean()),
      search: z.optional(z.string().check(z.maxLength(100))),
      sort: z.optional(z.enum(['newest', 'engaged', 'longest', 'recent'])),
      offset: z.optional(z.number().check(z.gte(0))),
      limit: z.optional(z.number().check(z.gte(1), z.lte(500))),
    }),
    z.object({ total: z.number(), rows: z.array(ContactView) }),
  ),
  'status.get': message(
    'page',
    Empty,
    z.object({
      accounts: z.array(
        z.object({ id: XId, handle: z.string(), name: z.optional(z.string()), lastSeen: z.number() }),
      ),
      health: z.array(z.object({ account: z.optional(XId), report: HealthReport })),
      storageProblem: z.optional(StorageProblem),
      quarantine: z.optional(z.array(QuarantineEntry)),
    }),
  ),
  'data.wipe': message('page', AccountId, z.object({ deleted: z.number() })),
  ...POPUP_MESSAGES,
  ...DUE_MESSAGES,
  ...ARCHIVE_MESSAGES,
  ...TRANSFER_MESSAGES,
} as const;

export type MessageType = keyof typeof PROTOCOL;
export type Input<T extends MessageType> = z.input<(typeof PROTOCOL)[T]['input']>;
export type Output<T extends MessageType> = z.output<(typeof PROTOCOL)[T]['output']>;

/** The envelope every message travels in, and every answer. */
export const Envelope = z.object({ dt: z.literal(1), type: z.string(), input: z.unknown() });
export { type ErrorCode, type ErrorReason, MessageError, type Reply } from './errors';
