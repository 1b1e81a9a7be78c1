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
          { key: 'coach_affiliate', params: [{ list: affiliate }] },
          { key: 'coach_affiliate_tip' },
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
          { key: 'coach_tracking', params: [{ list: [...campaign, ...other] }] },
          { key: 'coach_tracking_tip' },
          where,
        ),
      );
    }
  }
};
