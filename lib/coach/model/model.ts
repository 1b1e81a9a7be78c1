import { bucketOf, type Feature, HASH_BITS } from './features';
import { decodeWeights } from './weight-text';
import { MODEL } from './weights';

/** The English bars: the model's, the hand rules', and a cold message's pitch bar. */
export interface Bars {
  /** The model decides alone at or above this probability... */
  alone: number;
  /** ...or at or above this one with at least `evidence` of hand rule score. */
  withEvidence: number;
  evidence: number;
  /** Hand rule score that decides alone. */
  rules: number;
  /** A cold DM or reply without an offer phrase or pitchy finding is a pitch at this probability. */
  pitch: number;
}

/**
 * Where the verdict falls, as probabilities of the model and hand rule scores (0..100). Chosen by train.ts on
 * out-of-fold predictions of the training rows (never the locked test split) and shipped with the weights, so
 * a retrain moves the bars with the model they belong to.
 */
export interface Gate extends Bars {
  /** Japanese, Spanish and Portuguese, whose word lists are shorter: the same bars, set apart. */
  thin: {
    alone: number;
    withRules: number;
    rules: number;
    pitch: number;
    /** Hand rule score that decides alone; without it, the English `rules`. */
    rulesAlone?: number;
  };
  /**
   * English direct messages: the same bars, set apart. A DM never reaches a public timeline, so its bars move
   * no false alarm on one, and cold outreach by DM (issue 12's most missed kind) can be read with a bar of its
   * own. Without it DMs meet the bars above.
   */
  dm?: Bars;
}

/**
 * The weights Japanese, Spanish and Portuguese drafts are read with: trained on every row (English included, for
 * links, rules and shared words), in a smaller table (a feature's bucket is folded to `hashBits`). Kept apart
 * from the English table so that work on those languages never moves an English verdict.
 */
export interface ThinWeights {
  hashBits: number;
  scale: number;
  weights: string;
}

/** The trained weights as shipped: int8 per bucket (weight-text.ts), one scale, a bias and the verdict's gate. */
export interface ModelData {
  /** Weights for ja/es/pt drafts; without them those drafts are read with the English table. */
  thin?: ThinWeights;
  version: number;
  hashBits: number;
  scale: number;
  bias: number;
  gate: Gate;
  weights: string;
  trainedOn: { rows: number; files: string[] };
}

export interface LoadedModel {
  data: ModelData;
  weight(bucket: number): number;
  /** The table for Japanese, Spanish and Portuguese drafts (ModelData.thin), when the model has one. */
  thin?: LoadedModel;
}

export function loadModel(data: ModelData): LoadedModel {
  if (data.hashBits !== HASH_BITS) throw new Error(`model has ${data.hashBits} hash bits, code ${HASH_BITS}`);
  const q = decodeWeights(data.weights, 1 << data.hashBits);
  const model: LoadedModel = { data, weight: (b) => (q[b] ?? 0) * data.scale };
  const t = data.thin;
  if (t) {
    if (t.hashBits > HASH_BITS) throw new Error(`thin table has ${t.hashBits} hash bits, code ${HASH_BITS}`);
    const tq = decodeWeights(t.weights, 1 << t.hashBits);
    const mask = (1 << t.hashBits) - 1;
    model.thin = { data, weight: (b) => (tq[b & mask] ?? 0) * t.scale };
  }
  return model;
}

/** Decoded once, on first use. */
let shipped: LoadedModel | undefined;
export function shippedModel(): LoadedModel {
  shipped ??= loadModel(MODEL as ModelData);
  return shipped;
}

export interface Contribution extends Feature {
  /** value x weight: what this feature added to the log-odds. */
  weight: number;
}

export interface Scored {
  logit: number;
  probability: number;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The log-odds and probability: one pass, no allocation (this runs on every keystroke). */
export function score(model: LoadedModel, feats: readonly Feature[]): Scored {
  let logit = model.data.bias;
  for (const f of feats) logit += model.weight(f.bucket) * f.value;
  return { logit, probability: sigmoid(logit) };
}

/** What one named feature adds to the log-odds (0 when absent). */
export function weightOfKey(model: LoadedModel, feats: readonly Feature[], key: string): number {
  const b = bucketOf(key);
  let w = 0;
  for (const f of feats) if (f.key === key) w += model.weight(b) * f.value;
  return w;
}

/** Per feature key (first occurrence keeps the span), strongest push toward promotional first. For explanations. */
export function contributions(model: LoadedModel, feats: readonly Feature[]): Contribution[] {
  const byKey = new Map<string, Contribution>();
  for (const f of feats) {
    if (f.key === 'c') continue;
    const w = model.weight(f.bucket) * f.value;
    const prev = byKey.get(f.key);
    if (prev) prev.weight += w;
    else byKey.set(f.key, { ...f, weight: w });
  }
  return [...byKey.values()].sort((a, b) => b.weight - a.weight);
}
