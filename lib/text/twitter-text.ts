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

export const parseTweet = parseTweetImpl as typeof TwitterText.parseTweet;
export const extractUrls = extractUrlsImpl as typeof TwitterText.extractUrls;
export const extractUrlsWithIndices = extractUrlsWithIndicesImpl as typeof TwitterText.extractUrlsWithIndices;
export const extractMentions = extractMentionsImpl as typeof TwitterText.extractMentions;
export const extractMentionsWithIndices =
  extractMentionsWithIndicesImpl as typeof TwitterText.extractMentionsWithIndices;
export const extractHashtagsWithIndices =
  extractHashtagsWithIndicesImpl as typeof TwitterText.extractHashtagsWithIndices;
