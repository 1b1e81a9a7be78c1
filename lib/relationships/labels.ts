import { type MessageKey, t } from '@/lib/i18n/t';
import type { InteractionKind } from '@/lib/messages/schemas';

/** A sentence per kind, as a message key: "You replied to them", "They liked your post". */
export const KIND_KEY: Record<InteractionKind, MessageKey> = {
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

/**
 * What happened, in the interface language; shared by the popup's person view and the overlays on X.
 * A kind this version does not know (a newer record) shows as its name rather than nothing.
 */
export function kindSentence(kind: string): string {
  const key = KIND_KEY[kind as InteractionKind];
  return key ? t(key) : kind;
}

/**
 * English sentences per kind, still read by the popup's person view until it moves to `kindSentence`
 * (components/popup is converted by its own engineers; issue 16).
 */
export const KIND_SENTENCE: Record<InteractionKind, string> = {
  reply_out: 'You replied to them',
  mention_out: 'You mentioned them',
  quote_out: 'You quoted them',
  like_out: 'You liked their post',
  repost_out: 'You reposted them',
  dm_out: 'You messaged them',
  visit: 'You visited their profile',
  reply_in: 'They replied to you',
  mention_in: 'They mentioned you',
  quote_in: 'They quoted you',
  like_in: 'They liked your post',
  repost_in: 'They reposted you',
  follow_in: 'They followed you',
  dm_in: 'They messaged you',
};
