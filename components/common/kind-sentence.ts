import { type MessageKey, t } from '@/lib/i18n/t';
import type { InteractionKind } from '@/lib/messages/schemas';

/**
 * What happened, one sentence per interaction kind ("You replied to them", "They liked your post"),
 * in the interface language. For every surface that lists a history: the overlays on X and the
 * popup's person view.
 */
const KIND_KEY: Record<InteractionKind, MessageKey> = {
  reply_out: 'kindReplyOut',
  mention_out: 'kindMentionOut',
  quote_out: 'kindQuoteOut',
  like_out: 'kindLikeOut',
  repost_out: 'kindRepostOut',
  dm_out: 'kindDmOut',
  visit: 'kindVisit',
  reply_in: 'kindReplyIn',
  mention_in: 'kindMentionIn',
  quote_in: 'kindQuoteIn',
  like_in: 'kindLikeIn',
  repost_in: 'kindRepostIn',
  follow_in: 'kindFollowIn',
  dm_in: 'kindDmIn',
};

/** A kind this version does not know (a newer record) shows as its name rather than nothing. */
export function kindSentence(kind: string): string {
  const key = KIND_KEY[kind as InteractionKind];
  return key ? t(key) : kind;
}
