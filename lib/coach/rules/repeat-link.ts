import type { Message } from '../messages';
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
    const when: Message =
      days === 0
        ? { key: 'coach_when_today' }
        : days === 1
          ? { key: 'coach_when_yesterday' }
          : { key: 'coach_when_days', params: [String(days)] };
    hits.push(
      hit(
        'same-link',
        30,
        { key: 'coach_same_link', params: [when] },
        { key: 'coach_same_link_tip' },
        { span: span(p.text, link.start, link.end), link: link.raw },
      ),
    );
  }
};
