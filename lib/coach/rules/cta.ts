import { LEXICON } from '../lexicon';
import type { Rule } from '../prepare';
import { phraseFindings } from './phrases';

/** Sales calls to action, discounts, and announcements of your own product or content. */
export const ctaRule: Rule = (p, hits) => {
  phraseFindings(
    p,
    hits,
    'sales-cta',
    LEXICON.salesCta,
    70,
    (s) => `"${s}" is a sales call to action.`,
    'Ask a question or share what you learned instead; people who are interested will ask.',
  );
  phraseFindings(
    p,
    hits,
    'discount',
    LEXICON.discount,
    50,
    (s) => `"${s}" is a discount offer.`,
    'Keep offers for the people who asked; here, talk about the problem you solve.',
  );
  phraseFindings(
    p,
    hits,
    'self-announcement',
    LEXICON.selfAnnouncement,
    40,
    (s) => `"${s}" announces your own thing.`,
    'Tell the story behind it or ask for feedback on one specific part.',
  );
};
