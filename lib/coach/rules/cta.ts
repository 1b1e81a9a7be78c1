import type { Rule } from '../prepare';
import { phraseFindings } from './phrases';

/** Sales calls to action, discounts, and announcements of your own product or content. */
export const ctaRule: Rule = (p, hits) => {
  phraseFindings(p, hits, 'sales-cta', p.lex.salesCta, 70, 'coach_sales_cta', 'coach_sales_cta_tip');
  phraseFindings(p, hits, 'discount', p.lex.discount, 50, 'coach_discount', 'coach_discount_tip');
  phraseFindings(
    p,
    hits,
    'self-announcement',
    p.lex.selfAnnouncement,
    40,
    'coach_announce',
    'coach_announce_tip',
  );
};
