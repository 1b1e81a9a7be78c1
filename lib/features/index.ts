import { coachLoaderFeature } from './coach-loader';
import { healthFeature } from './health';
import { lensFactsFeature } from './lens-facts';
import { OVERLAY_FEATURES } from './overlays';
import { chatFeature } from './record-chat';
import { listsFeature } from './record-lists';
import { notificationsFeature } from './record-notifications';
import { profileFeature } from './record-profile';
import { reactionsFeature } from './record-reactions';
import type { Feature } from './types';

/** Every content-script feature, in the order they start. */
export const FEATURES: readonly Feature[] = [
  // First: it pulls what the lens saw before this page's features started.
  lensFactsFeature,
  healthFeature,
  coachLoaderFeature,
  reactionsFeature,
  profileFeature,
  listsFeature,
  notificationsFeature,
  chatFeature,
  ...OVERLAY_FEATURES,
];
