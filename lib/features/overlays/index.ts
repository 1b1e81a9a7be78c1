import type { Feature } from '../types';

/** The overlays on X (timeline badges, profile card, list marks), one feature each. */
export const OVERLAY_FEATURES: readonly Feature[] = [];
