import type { InteractionKind } from '@/lib/messages/schemas';

/** A sentence per kind: "You replied", "They liked your post". */
/** Shared by the popup's person view and the overlays on X. */
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
