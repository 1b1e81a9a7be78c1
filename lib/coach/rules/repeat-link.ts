import { hit, type Rule, span } from '../prepare';
import { normalizeUrl } from '../url';

export const SAME_LINK_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;

/** The same (normalized) link posted within the last 14 days. */
export const repeatLinkRule: Rule = (p, hits) => {
  const recent = p.ctx.recentPosts;
  if (!recent || recent.length === 0 || p.links.length === 0) return;
  const since = p.ctx.now - SAME_LINK_WINDOW_MS;
  const lastSeen = new Map<string, number>();
  for (const post of recent) {
    if (post.at < since || post.at > p.ctx.now) continue;
    for (const l of post.links) {
      const n = normalizeUrl(l);
      if ((lastSeen.get(n) ?? 0) < post.at) lastSeen.set(n, post.at);
    }
  }
  if (lastSeen.size === 0) return;
  const reported = new Set<string>();
  for (const link of p.links) {
    const at = lastSeen.get(link.normalized);
    if (at === undefined || reported.has(link.normalized)) continue;
    reported.add(link.normalized);
    const days = Math.floor((p.ctx.now - at) / (24 * 60 * 60 * 1000));
    const when = days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
    hits.push(
      hit(
        'same-link',
        30,
        `You posted this link ${when}.`,
        'Posting the same link again reads as spam; reply to the people who answered last time instead.',
        { span: span(p.text, link.start, link.end), link: link.raw },
      ),
    );
  }
};
