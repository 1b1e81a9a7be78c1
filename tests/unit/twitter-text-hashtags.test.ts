// extractHashtagsOutsideUrls reuses the links already extracted instead of extracting them again: it must
// return what twitter-text's extractHashtagsWithIndices returns, hashtags inside links dropped the same way.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  extractHashtagsOutsideUrls,
  extractHashtagsWithIndices,
  extractUrlsWithIndices,
} from '@/lib/text/twitter-text';

const CORPUS = path.resolve(__dirname, '../coach-corpus');
const texts = ['drafts.jsonl', 'es.jsonl', 'pt.jsonl', 'ja.jsonl', 'fresh.train.jsonl', 'synthetic.jsonl']
  .flatMap((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8').split('\n'))
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text?: string }).text)
  .filter((t): t is string => typeof t === 'string' && t.includes('#'));

const same = (text: string) =>
  expect(extractHashtagsOutsideUrls(text, extractUrlsWithIndices(text))).toEqual(
    extractHashtagsWithIndices(text),
  );

describe('extractHashtagsOutsideUrls', () => {
  it('has corpus drafts with hashtags and links', () => {
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter((t) => extractUrlsWithIndices(t).length > 0).length).toBeGreaterThan(10);
  });

  it('finds the hashtags extractHashtagsWithIndices finds in every corpus draft', () => {
    for (const t of texts) same(t);
  });

  it.each([
    'see https://example.com/#section and #launch',
    'example.com/page#anchor #real #tags',
    '#first https://x.com/a#b #second example.org #third',
    'https://site.dev/#/route#x',
    '#only #tags #here',
    'no tags at https://example.com',
    'a #tag inside a link: https://example.com/#tag, then #tag again',
    '＃fullwidth https://t.co/abc#frag #end',
  ])('finds the same hashtags in %j', (text) => same(text));
});
