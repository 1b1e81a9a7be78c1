import type { CoachContext } from '../types';
import type { ParsedUrl } from '../url';

/**
 * Whether a link goes to your own work on another platform: your own tweets and threads, your GitHub repos
 * and gists, your Dribbble, Behance, YouTube, Substack or Medium page, found by your handle or display name in
 * the link's path or host ("github.com/dana-w/...", "dana_w.substack.com", "youtube.com/@DanaW"). The
 * comparison ignores case and separators, so "Dana W", "dana_w", "dana-w" and "danaw" are one name. Pure:
 * the handle and name come in through CoachContext (the content script knows the signed-in account).
 */

/** The X hosts: a link to x.com/<you>/status/... is one of your own posts. */
const X_HOSTS = new Set(['x.com', 'twitter.com', 'mobile.twitter.com', 'mobile.x.com']);
/** First host labels that name a kind of page rather than a person. */
const GENERIC_LABELS = new Set(['www', 'm', 'mobile', 'blog', 'docs', 'app', 'api', 'shop', 'store']);
/** A name shorter than this is too common to be read as yours inside another word or address. */
const MIN_NAME = 4;

export type OwnWorkKind = 'own-post' | 'own-page';

/** "Dana_W" / "dana-w" / "Dana W." -> "danaw": letters and digits only, lowercased. */
export function squash(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

let lastHandle: string | undefined;
let lastName: string | undefined;
let lastNames: readonly string[] | undefined;

/**
 * The squashed names you go by: your handle and your display name (emoji and decorations dropped). Kept for
 * the last handle and name (hot path: every keystroke brings the same ones).
 */
export function ownNames(ctx: Pick<CoachContext, 'ownHandle' | 'ownName'>): readonly string[] {
  if (lastNames && ctx.ownHandle === lastHandle && ctx.ownName === lastName) return lastNames;
  lastHandle = ctx.ownHandle;
  lastName = ctx.ownName;
  lastNames = namesOf(ctx);
  return lastNames;
}

function namesOf(ctx: Pick<CoachContext, 'ownHandle' | 'ownName'>): string[] {
  const names = new Set<string>();
  const handle = squash((ctx.ownHandle ?? '').replace(/^@/, ''));
  if (handle.length >= MIN_NAME) names.add(handle);
  const name = squash(ctx.ownName ?? '');
  if (name.length >= MIN_NAME && name.length <= 40) names.add(name);
  return [...names];
}

/** A name this long is yours inside a slightly longer word too ("benhartleydev", "cogdogblog"). */
const MIN_INSIDE = 6;
const MAX_EXTRA = 8;

/** Whether a path segment or host label is one of your names (after squashing; a long name may be inside it). */
const isName = (piece: string, names: readonly string[]): boolean => {
  const s = squash(piece.replace(/^@/, ''));
  if (s.length < MIN_NAME) return false;
  return names.some(
    (n) => s === n || (n.length >= MIN_INSIDE && s.length <= n.length + MAX_EXTRA && s.includes(n)),
  );
};

/**
 * What kind of own work a link is, if any. On X itself only a post of yours counts (a link to your own
 * profile is not promotion of something new; a link to someone else's post is a share). Elsewhere the
 * first two path segments ("github.com/you/repo", "medium.com/@you/post", "youtube.com/c/you") or a
 * subdomain ("you.substack.com", "you.github.io") carry your name.
 */
export function ownWorkOf(u: ParsedUrl, names: readonly string[]): OwnWorkKind | undefined {
  if (names.length === 0) return undefined;
  const segs = u.path.split('/').filter(Boolean);
  if (X_HOSTS.has(u.host)) {
    // ".../status/1/photo/1" is the post's own picture, which an export leaves in its text, not a link typed.
    const own = segs[1] === 'status' && !segs[3] && isName(segs[0] ?? '', names);
    return own ? 'own-post' : undefined;
  }
  const labels = u.host.split('.');
  // Every label but the ending: "you.github.io", "blog.you.dev", "you.com" itself.
  for (const l of labels.slice(0, -1)) if (!GENERIC_LABELS.has(l) && isName(l, names)) return 'own-page';
  for (const s of segs.slice(0, 2)) if (isName(s, names)) return 'own-page';
  return undefined;
}
