import { hit, type Rule } from '../prepare';

/** Three or more hashtags; many @mentions in a post that is not a reply. */
export const stuffingRule: Rule = (p, hits) => {
  if (p.kind === 'dm') return;
  const tags = p.hashtags;
  if (tags.length >= 3) {
    const first = tags[0];
    const last = tags[tags.length - 1];
    if (first && last) {
      const weight = tags.length >= 5 ? 50 : 30;
      hits.push(
        hit(
          'hashtag-stuffing',
          weight,
          { key: 'coach_hashtags', params: [String(tags.length)] },
          { key: 'coach_hashtags_tip' },
          { span: { start: first.start, end: last.end, text: p.text.slice(first.start, last.end) } },
        ),
      );
    }
  }
  if (p.kind !== 'reply') {
    const ms = p.mentions;
    if (ms.length >= 5) {
      const first = ms[0];
      const last = ms[ms.length - 1];
      if (first && last) {
        hits.push(
          hit(
            'mention-stuffing',
            ms.length >= 8 ? 50 : 30,
            { key: 'coach_mentions', params: [String(ms.length)] },
            { key: 'coach_mentions_tip' },
            { span: { start: first.start, end: last.end, text: p.text.slice(first.start, last.end) } },
          ),
        );
      }
    }
  }
};
