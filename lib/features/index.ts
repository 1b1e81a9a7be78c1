import { coachFeature } from './coach';
import { healthFeature } from './health';
import type { Feature } from './types';

/** Every content-script feature, in the order they start. */
export const FEATURES: readonly Feature[] = [healthFeature, coachFeature];
