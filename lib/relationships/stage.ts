/** Where you stand with a person (design.md, "Relationship stages"). Ordered from cold to warm. */
export const STAGES = ['stranger', 'noticed', 'talked', 'conversing', 'friend'] as const;
export type Stage = (typeof STAGES)[number];
