/**
 * twitter-text, one function at a time. Its package index is a single object of every function
 * (auto-linking, HTML helpers, ...) that no bundler can trim; importing the functions we use from
 * their own modules keeps the content script small.
 */
import type * as TwitterText from 'twitter-text';
import extractHashtagsWithIndicesImpl from 'twitter-text/dist/esm/extractHashtagsWithIndices';
import extractMentionsImpl from 'twitter-text/dist/esm/extractMentions';
import extractMentionsWithIndicesImpl from 'twitter-text/dist/esm/extractMentionsWithIndices';
import extractUrlsImpl from 'twitter-text/dist/esm/extractUrls';
import extractUrlsWithIndicesImpl from 'twitter-text/dist/esm/extractUrlsWithIndices';
import parseTweetImpl from 'twitter-text/dist/esm/parseTweet';
import removeOverlappingEntitiesImpl from 'twitter-text/dist/esm/removeOverlappingEntities';

export const parseTweet = parseTweetImpl as typeof TwitterText.parseTweet;
export const extractUrls = extractUrlsImpl as typeof TwitterText.extractUrls;
export const extractUrlsWithIndices = extractUrlsWithIndicesImpl as typeof TwitterText.extractUrlsWithIndices;
export const extractMentions = extractMentionsImpl as typeof TwitterText.extractMentions;
export const extractMentionsWithIndices =
  extractMentionsWithIndicesImpl as typeof TwitterText.extractMentionsWithIndices;
export const extractHashtagsWithIndices =
  extractHashtagsWithIndicesImpl as typeof TwitterText.extractHashtagsWithIndices;

type HashtagWithIndices = ReturnType<typeof TwitterText.extractHashtagsWithIndices>[number];
type UrlWithIndices = ReturnType<typeof TwitterText.extractUrlsWithIndices>[number];
/** Sorts entities by start and drops each that overlaps the one kept before it (in place). */
const removeOverlappingEntities = removeOverlappingEntitiesImpl as (
  entities: { indices: [number, number] }[],
) => void;
const hashtagsOnly = extractHashtagsWithIndicesImpl as (
  text: string,
  options: { checkUrlOverlap: boolean },
) => HashtagWithIndices[];

/**
 * extractHashtagsWithIndices(text) for a text whose links `urls` = extractUrlsWithIndices(text) are known: the
 * same hashtags, less those overlapping a link as its own check drops them, without extracting the links a
 * second time (the coach reads both on every keystroke).
 */
export function extractHashtagsOutsideUrls(
  text: string,
  urls: readonly UrlWithIndices[],
): HashtagWithIndices[] {
  const tags = hashtagsOnly(text, { checkUrlOverlap: false });
  if (urls.length === 0) return tags;
  const entities: (HashtagWithIndices | UrlWithIndices)[] = [...tags, ...urls];
  removeOverlappingEntities(entities);
  return entities.filter((e): e is HashtagWithIndices => 'hashtag' in e && Boolean(e.hashtag));
}
