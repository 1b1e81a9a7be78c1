import type { RouteName } from './routes';
import { type SelectorName, X } from './selectors';

/**
 * The anchors each page must have for Dinner Table to work there. A missing anchor means X changed
 * that page: the feature that needs it pauses and the popup says so, by the anchor's label.
 */
export const EXPECTED_ANCHORS: Partial<Record<RouteName, SelectorName[]>> = {
  home: ['primaryColumn', 'profileLink', 'composer', 'postButton', 'tweet'],
  compose: ['dialog', 'composer', 'postButton'],
  status: ['primaryColumn', 'tweet', 'composer'],
  profile: ['primaryColumn', 'profileUserName', 'profileSchema'],
  followers: ['primaryColumn', 'userCell'],
  following: ['primaryColumn', 'userCell'],
  notifications: ['primaryColumn', 'cell'],
  chat: ['chatTextarea', 'chatSend'],
};

export interface AnchorCheck {
  found: SelectorName[];
  missing: SelectorName[];
}

export function checkAnchors(route: RouteName, root: ParentNode = document): AnchorCheck {
  const expected = EXPECTED_ANCHORS[route] ?? [];
  const found: SelectorName[] = [];
  const missing: SelectorName[] = [];
  for (const name of expected) (root.querySelector(X[name].css) ? found : missing).push(name);
  return { found, missing };
}
