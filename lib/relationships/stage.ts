import type { InteractionKind } from '@/lib/messages/schemas';
import { stageOfSummary, summarize } from './summary';

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

export interface InteractionLike {
  kind: InteractionKind;
  at: number;
}

/**
 * The stage from a person's interactions:
 * - `stranger`: nothing recorded;
 * - `noticed`: only passive things (likes, reposts, visits, a follow), or they talked and you never answered;
 * - `talked`: you replied, mentioned, quoted or wrote to them; no answer yet;
 * - `conversing`: both of you talked;
 * - `friend`: both talked, on at least 3 distinct days, or you met in person.
 */
export function stageOf(interactions: readonly InteractionLike[], metInPerson = false): Stage {
  return stageOfSummary(summarize(interactions), metInPerson);
}

export const isWarm = (stage: Stage) => stage === 'conversing' || stage === 'friend';
export const isUnmetStage = (stage: Stage) => stage === 'stranger' || stage === 'noticed';
