import type { InteractionKind } from '@/lib/messages/schemas';

/** Where you stand with a person (design.md, "Relationship stages"). Ordered from cold to warm. */
export const STAGES = ['stranger', 'noticed', 'talked', 'conversing', 'friend'] as const;
export type Stage = (typeof STAGES)[number];

/** You started or joined a conversation with them. */
export const ACTIVE_OUT: ReadonlySet<InteractionKind> = new Set([
  'reply_out',
  'mention_out',
  'quote_out',
  'dm_out',
]);
/** They talked to you. */
export const ACTIVE_IN: ReadonlySet<InteractionKind> = new Set([
  'reply_in',
  'mention_in',
  'quote_in',
  'dm_in',
]);

export const isUnmetStage = (stage: Stage) => stage === 'stranger' || stage === 'noticed';
