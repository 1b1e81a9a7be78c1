import type { Feature } from '../types';
import { badgesFeature } from './badges';
import { listMarksFeature } from './list-marks';
import { profileCardFeature } from './profile-card-loader';

/** The overlays on X (timeline badges, profile card, list marks), one feature each. */
export const OVERLAY_FEATURES: readonly Feature[] = [badgesFeature, profileCardFeature, listMarksFeature];
