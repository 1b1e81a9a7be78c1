import { LEXICON } from '../lexicon';
import { hit, type LinkInfo, type Rule, span } from '../prepare';
import { hostIn } from '../url';

function funnelReason(link: LinkInfo): string | null {
  const u = link.parsed;
  if (!u) return null;
  if (hostIn(u.host, LEXICON.neutralHosts)) return null;
  if (hostIn(u.host, LEXICON.funnelHosts)) return `a ${link.domain} page`;
  const hostPath = `${u.host}${u.path.toLowerCase()}`;
  for (const hp of LEXICON.funnelHostPaths) {
    if (hostPath === hp || hostPath.startsWith(`${hp}/`) || hostPath.startsWith(`${hp}?`))
      return `a storefront (${hp})`;
  }
  const tld = u.host.slice(u.host.lastIndexOf('.') + 1);
  if (LEXICON.funnelTlds.has(tld)) return 'a shop';
  if (u.host !== link.domain) {
    const first = u.host.slice(0, u.host.indexOf('.'));
    if (LEXICON.funnelSubdomains.has(first)) return `a ${first}. page`;
  }
  const segs = u.path.toLowerCase().split('/').filter(Boolean).slice(0, 2);
  for (const s of segs) if (LEXICON.funnelPathSegments.has(s)) return `a /${s} page`;
  for (const [k] of u.params) if (k.toLowerCase() === 'sub_confirmation') return 'a subscribe prompt';
  return null;
}

/** Landing pages, link-in-bio hubs and shorteners. */
export const funnelRule: Rule = (p, hits) => {
  for (const link of p.links) {
    const u = link.parsed;
    if (!u) continue;
    const where = { span: span(p.text, link.start, link.end), link: link.raw };
    if (hostIn(u.host, LEXICON.linkHubs)) {
      hits.push(
        hit(
          'link-hub',
          50,
          `${u.host} is a link-in-bio page: it sends people to your offers.`,
          'Share the one thing you want to talk about, in words, instead of a page of links.',
          where,
        ),
      );
      continue;
    }
    if (u.host === 't.co') continue; // X's own wrapper: every link becomes t.co, it hides nothing on purpose.
    if (hostIn(u.host, LEXICON.shorteners)) {
      hits.push(
        hit(
          'hidden-link',
          20,
          `${u.host} hides where the link goes.`,
          'Paste the full link so people can see where it leads, or say in words what it is.',
          where,
        ),
      );
      continue;
    }
    const reason = funnelReason(link);
    if (reason) {
      hits.push(
        hit(
          'funnel-link',
          45,
          `This link goes to ${reason}: a sign-up, sales or booking page.`,
          'Lead with something useful people can read here; offer the page in a reply if someone asks.',
          where,
        ),
      );
    }
  }
};

/** X shows link posts to fewer people (observed, not coded policy). Advice only: adds nothing to the score. */
export const linkInPostRule: Rule = (p, hits) => {
  if ((p.kind !== 'post' && p.kind !== 'quote') || p.links.length === 0) return;
  const first = p.links.find((l) => l.parsed && l.parsed.host !== 't.co');
  if (!first) return;
  hits.push(
    hit(
      'link-in-post',
      0,
      'Posts with a link in the main text reach fewer people on X.',
      'Put the context in the post and the link in a reply.',
      { span: span(p.text, first.start, first.end), link: first.raw },
    ),
  );
};
