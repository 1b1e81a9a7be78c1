import { LEXICON } from '../lexicon';
import type { Message } from '../messages';
import { hiddenLinkHit, hit, type LinkInfo, type Rule, span } from '../prepare';
import { hostIn } from '../url';

function funnelReason(link: LinkInfo): Message | null {
  const u = link.parsed;
  if (!u) return null;
  if (hostIn(u.host, LEXICON.neutralHosts)) return null;
  if (hostIn(u.host, LEXICON.funnelHosts)) return { key: 'coach_funnel_host', params: [link.domain] };
  const hostPath = `${u.host}${u.path.toLowerCase()}`;
  for (const hp of LEXICON.funnelHostPaths) {
    if (hostPath === hp || hostPath.startsWith(`${hp}/`) || hostPath.startsWith(`${hp}?`))
      return { key: 'coach_funnel_storefront', params: [hp] };
  }
  const tld = u.host.slice(u.host.lastIndexOf('.') + 1);
  if (LEXICON.funnelTlds.has(tld)) return { key: 'coach_funnel_shop' };
  if (u.host !== link.domain) {
    const first = u.host.slice(0, u.host.indexOf('.'));
    // The whole host names it: "a shop.example.com page".
    if (LEXICON.funnelSubdomains.has(first)) return { key: 'coach_funnel_host', params: [u.host] };
  }
  const segs = u.path.toLowerCase().split('/').filter(Boolean).slice(0, 2);
  for (const s of segs)
    if (LEXICON.funnelPathSegments.has(s)) return { key: 'coach_funnel_path', params: [s] };
  for (const [k] of u.params)
    if (k.toLowerCase() === 'sub_confirmation') return { key: 'coach_funnel_subscribe' };
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
          { key: 'coach_link_hub', params: [u.host] },
          { key: 'coach_link_hub_tip' },
          where,
        ),
      );
      continue;
    }
    if (u.host === 't.co') continue; // X's own wrapper: every link becomes t.co, it hides nothing on purpose.
    if (hostIn(u.host, LEXICON.shorteners)) {
      hits.push(hiddenLinkHit(u.host, where));
      continue;
    }
    const reason = funnelReason(link);
    if (reason) {
      hits.push(
        hit('funnel-link', 45, { key: 'coach_funnel', params: [reason] }, { key: 'coach_funnel_tip' }, where),
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
      { key: 'coach_link_in_post' },
      { key: 'coach_link_in_post_tip' },
      { span: span(p.text, first.start, first.end), link: first.raw },
    ),
  );
};
