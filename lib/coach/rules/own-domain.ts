import { hiddenLinkHit, hit, type Rule, span } from '../prepare';
import { isShortCodePath, parseUrl } from '../url';

interface OwnEntry {
  host: string;
  /** Lowercased path prefix, "" for the whole host. */
  path: string;
}

function parseOwn(entry: string): OwnEntry | null {
  const p = parseUrl(entry.trim());
  if (!p) return null;
  let path = p.path.toLowerCase();
  while (path.endsWith('/')) path = path.slice(0, -1);
  return { host: p.host, path };
}

/** A link to one of your own domains (or URL prefixes, e.g. "youtube.com/@me"). */
export const ownDomainRule: Rule = (p, hits) => {
  const own = p.ctx.ownDomains;
  if (!own || own.length === 0 || p.links.length === 0) return;
  const entries = own.map(parseOwn).filter((e): e is OwnEntry => e !== null);
  for (const link of p.links) {
    const u = link.parsed;
    if (!u) continue;
    const path = u.path.toLowerCase();
    const match = entries.find(
      (e) =>
        (u.host === e.host || u.host.endsWith(`.${e.host}`)) &&
        (e.path === '' || path === e.path || path.startsWith(`${e.path}/`)),
    );
    if (!match) continue;
    if (isShortCodePath(u.path)) {
      // Your own shortener (2.example.com/Ab3x9): it hides where the link goes, and it is as often someone
      // else's page as yours, so it reads as a hidden link rather than as your own site.
      hits.push(hiddenLinkHit(u.host, { span: span(p.text, link.start, link.end), link: link.raw }));
      continue;
    }
    hits.push(
      hit(
        'own-domain',
        50,
        { key: 'coach_own_domain', params: [`${match.host}${match.path}`] },
        { key: 'coach_own_domain_tip' },
        { span: span(p.text, link.start, link.end), link: link.raw },
      ),
    );
  }
};
