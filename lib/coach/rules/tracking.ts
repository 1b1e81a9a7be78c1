import { LEXICON } from '../lexicon';
import { hit, type Rule, span } from '../prepare';
import { isAffiliateParam } from '../url';

/** utm_* and other tracking parameters; referral, affiliate and coupon parameters. */
export const trackingRule: Rule = (p, hits) => {
  for (const link of p.links) {
    const u = link.parsed;
    if (!u) continue;
    const campaign: string[] = [];
    const other: string[] = [];
    const affiliate: string[] = [];
    for (const [k] of u.params) {
      const n = k.toLowerCase();
      if (isAffiliateParam(n, u.host)) affiliate.push(k);
      else if (LEXICON.trackingParamPrefixes.some((pre) => n.startsWith(pre))) campaign.push(k);
      else if (LEXICON.trackingParams.has(n)) other.push(k);
    }
    const where = { span: span(p.text, link.start, link.end), link: link.raw };
    if (affiliate.length) {
      hits.push(
        hit(
          'affiliate-link',
          35,
          `This link carries a referral or affiliate code (${affiliate.join(', ')}).`,
          'If you earn from this link, say so plainly; otherwise remove the code.',
          where,
        ),
      );
    }
    if (campaign.length || other.length) {
      const weight = campaign.length ? 25 : 5;
      hits.push(
        hit(
          'tracking-params',
          weight,
          `This link carries tracking parameters (${[...campaign, ...other].join(', ')}).`,
          'Remove the tracking part of the link; it reads like a campaign, not a conversation.',
          where,
        ),
      );
    }
  }
};
