import type { RouteName } from '@/lib/x/routes';

/**
 * Which of X's responses the lens saw on the current page, for the health view: the DOM anchors
 * and the lens are two sources, and the popup says which one went dark.
 */
const seen = new Map<RouteName, { ops: Set<string>; unknown: Set<string> }>();

export function noteLensSeen(route: RouteName, op: string, known: boolean) {
  const entry = seen.get(route) ?? { ops: new Set<string>(), unknown: new Set<string>() };
  seen.set(route, entry);
  (known ? entry.ops : entry.unknown).add(op);
}

/** Routes whose page loads X responses the lens reads (compose and chat do not). */
export const LENS_ROUTES: ReadonlySet<RouteName> = new Set<RouteName>([
  'home',
  'status',
  'profile',
  'followers',
  'following',
  'notifications',
]);

/**
 * The health report's token when the lens saw none of X's responses on a page (the views say it in
 * the interface's language: components/common/HealthList).
 */
export const LENS_MISSING = 'no-lens-data';

/** Health labels: `lens:<Op>` for every response read, "unreadable <Op> response" for a changed shape. */
export function lensHealth(route: RouteName): { found: string[]; unknown: string[] } {
  const entry = seen.get(route);
  return {
    found: [...(entry?.ops ?? [])].map((op) => `lens:${op}`),
    unknown: [...(entry?.unknown ?? [])].map((op) => `unreadable ${op} response`),
  };
}

/** Whether a health label is about the lens rather than a DOM anchor. */
export function isLensProblem(label: string): boolean {
  return label === LENS_MISSING || label.startsWith('unreadable ');
}
