import { hit, type Rule, span } from '../prepare';
import { parseUrl } from '../url';

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
