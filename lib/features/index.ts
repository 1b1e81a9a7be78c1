import { coachFeature } from './coach';
import { healthFeature } from './health';
import { OVERLAY_FEATURES } from './overlays';
import { chatFeature } from './record-chat';
import { listsFeature } from './record-lists';
import { notificationsFeature } from './record-notifications';
import { profileFeature } from './record-profile';
import { reactionsFeature } from './record-reactions';
import type { Feature } from './types';

/** Every content-script feature, in the order they start. */
export const FEATURES: readonly Feature[] = [
  healthFeature,
  coachFeature,
  reactionsFeature,
  profileFeature,
  listsFeature,
  notificationsFeature,
  chatFeature,
  ...OVERLAY_FEATURES,
];
