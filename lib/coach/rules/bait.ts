import type { Rule } from '../prepare';
import { phraseFindings } from './phrases';

/** "Like and RT", "reply X and I'll DM you", "follow for more", "tag a friend". */
export const baitRule: Rule = (p, hits) => {
  phraseFindings(p, hits, 'engagement-bait', p.lex.bait, 70, 'coach_bait', 'coach_bait_tip');
};
