import { LEXICON } from '../lexicon';
import type { Rule } from '../prepare';
import { phraseFindings } from './phrases';

/** "Like and RT", "reply X and I'll DM you", "follow for more", "tag a friend". */
export const baitRule: Rule = (p, hits) => {
  phraseFindings(
    p,
    hits,
    'engagement-bait',
    LEXICON.bait,
    70,
    (s) => `"${s}" asks for engagement instead of conversation.`,
    'Drop the ask; end with a real question people want to answer.',
  );
};
