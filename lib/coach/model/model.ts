import { bucketOf, type Feature, type FeatureParts, HASH_BITS, wordFeature } from './features';
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
    /** Hand rule score a cold message's learned pitch needs (analyze.ts learnedPitch); without it, the English `evidence`. */
    evidence?: number;
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
  /**
   * weight(b) for every bucket, as `table[b & mask]`, precomputed. The hot path reads it inline: a call to
   * weight() returns a fresh heap number each time, which was a tenth of analyze()'s garbage.
   */
  table: Float64Array;
  mask: number;
  /** The table for Japanese, Spanish and Portuguese drafts (ModelData.thin), when the model has one. */
  thin?: LoadedModel;
}

export function loadModel(data: ModelData): LoadedModel {
  if (data.hashBits !== HASH_BITS) throw new Error(`model has ${data.hashBits} hash bits, code ${HASH_BITS}`);
  const model = tableModel(data, decodeWeights(data.weights, 1 << data.hashBits), data.scale, data.hashBits);
  const t = data.thin;
  if (t) {
    if (t.hashBits > HASH_BITS) throw new Error(`thin table has ${t.hashBits} hash bits, code ${HASH_BITS}`);
    model.thin = tableModel(data, decodeWeights(t.weights, 1 << t.hashBits), t.scale, t.hashBits);
  }
  return model;
}

/** A table of `bits` bits read by any bucket folded to it (the int8 weight times the scale, once per bucket). */
function tableModel(data: ModelData, q: Int8Array, scale: number, bits: number): LoadedModel {
  const mask = (1 << bits) - 1;
  const table = new Float64Array(1 << bits);
  for (let b = 0; b < table.length; b++) table[b] = (q[b] ?? 0) * scale;
  return { data, table, mask, weight: (b) => table[b & mask] as number };
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
  const { table, mask } = model;
  for (const f of feats) logit += (table[f.bucket & mask] as number) * f.value;
  return { logit, probability: sigmoid(logit) };
}

/** score(model, allFeatures(parts)), summed in the same order, without building the features. */
export function scoreParts(model: LoadedModel, parts: FeatureParts): Scored {
  let logit = model.data.bias;
  const { table, mask } = model;
  for (const f of parts.feats) logit += (table[f.bucket & mask] as number) * f.value;
  for (const b of parts.words) logit += (table[b & mask] as number) * parts.wordValue;
  for (const b of parts.trigrams) logit += (table[b & mask] as number) * parts.trigramValue;
  return { logit, probability: sigmoid(logit) };
}

/** What one named feature adds to the log-odds (0 when absent). */
export function weightOfKey(model: LoadedModel, feats: readonly Feature[], key: string): number {
  const b = bucketOf(key) & model.mask;
  let w = 0;
  for (const f of feats) if (f.key === key) w += (model.table[b] as number) * f.value;
  return w;
}

/**
 * Per feature key (first occurrence keeps the span), strongest push toward promotional first. For explanations.
 * With `keep`, only the features it keeps that push toward promotional: an explanation that reads a few keys
 * need not group and sort the hundreds it never shows.
 */
export function contributions(
  model: LoadedModel,
  feats: readonly Feature[],
  keep?: (f: Feature) => boolean,
): Contribution[] {
  const byKey = new Map<string, Contribution>();
  for (const f of feats) addContribution(byKey, model, f, keep);
  return ranked(byKey);
}

/**
 * contributions(model, allFeatures(parts), keep) for a `keep` (required here): a word gram's feature is built
 * only when it pushes toward promotional, the trigrams never (they have no key to name).
 */
export function partContributions(
  model: LoadedModel,
  parts: FeatureParts,
  keep: (f: Feature) => boolean,
): Contribution[] {
  const byKey = new Map<string, Contribution>();
  const { table, mask } = model;
  for (const f of parts.feats) addContribution(byKey, model, f, keep);
  for (let j = 0; j < parts.words.length; j++)
    if ((table[(parts.words[j] as number) & mask] as number) * parts.wordValue > 0)
      addContribution(byKey, model, wordFeature(parts, j), keep);
  return ranked(byKey);
}

function addContribution(
  byKey: Map<string, Contribution>,
  model: LoadedModel,
  f: Feature,
  keep?: (f: Feature) => boolean,
): void {
  if (f.key === 'c' || (keep && !keep(f))) return;
  const w = (model.table[f.bucket & model.mask] as number) * f.value;
  // Every occurrence of a key has its bucket and a positive value, so all push the same way: with `keep`,
  // a key that pushes away from promotional is left out whole.
  if (keep && !(w > 0)) return;
  const prev = byKey.get(f.key);
  if (prev) prev.weight += w;
  // Hot path: written out, not `{ ...f, weight: w }` (a spread of features of mixed shapes took V8's slow
  // path, some 600 bytes each); start and end are undefined for a feature without a span either way.
  else
    byKey.set(f.key, { bucket: f.bucket, key: f.key, value: f.value, start: f.start, end: f.end, weight: w });
}

/** Strongest first, compared rather than subtracted: the same order (finite weights; a stable sort), without a heap number each. */
const ranked = (byKey: Map<string, Contribution>): Contribution[] =>
  [...byKey.values()].sort((a, b) => (b.weight > a.weight ? 1 : b.weight < a.weight ? -1 : 0));
