import { z } from 'zod/mini';
import type { MessageSpec } from './define';
import { ContactView, message } from './define';
import { ContactKey } from './protocol-popup';
import { XId } from './schemas';

export const CadenceName = z.enum(['off', '1w', '2w', '1m', '3m']);

const Said = z.object({ at: z.number(), text: z.optional(z.string()) });

export const DueRow = z.object({
  contact: ContactView,
  reason: z.enum(['reply-back', 'going-cold']),
  /** Why, in words: "replied to you 3 days ago", "last talked 24 days ago, about “the pilot”". */
  why: z.string(),
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
});
export type DueView = z.infer<typeof DueView>;

/** Keep talking: reply-backs and conversations going cold (lib/relationships/due.ts). */
export const DUE_MESSAGES = {
  'due.get': message('page', z.object({ account: z.optional(XId) }), DueView),
  'due.act': message(
    'page',
    z.object({ account: XId, key: ContactKey, action: z.enum(['done', 'snooze', 'stop']) }),
    DueView,
  ),
  'due.cadence': message(
    'content',
    z.object({ account: XId, key: ContactKey, keepEvery: CadenceName }),
    z.object({ keepEvery: CadenceName }),
  ),
} satisfies Record<string, MessageSpec<z.ZodMiniType, z.ZodMiniType>>;
