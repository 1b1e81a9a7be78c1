import type { z } from 'zod';
import { analyze } from '@/lib/coach';
import { clip as clipTo, LIMITS } from '@/lib/messages/limits';
import type { ImportCounts as ImportCountsSchema } from '@/lib/messages/protocol-archive';
import { HANDLE_RE, HANDLE_SOURCE } from '@/lib/text/handle';
import type { ArchiveContents, ArchivePost } from './types';

/** One shape for what an import counts: the message's schema (a type import costs the worker nothing). */
export type ImportCounts = z.infer<typeof ImportCountsSchema>;

/**
 * What one X archive becomes in Dinner Table's database, before it is written: plain rows keyed
 * deterministically, so importing the same archive twice (or a newer one) stores each thing once.
 *
 * Keys:
 * - a post: `tweet:<tweetId>`; its reply/quote/mention interactions use the page's suffixes
 *   (`<postKey>:reply_out`, `<postKey>:quote_out`, `<postKey>:mention_out:<handle>`);
 * - a retweet: `tweet:<tweetId>:repost_out` toward the retweeted author (not a post of yours);
 * - a DM: `dm:<messageId>` (1:1, and every message received), `dm:<messageId>:<partnerId>` for a
 *   message you sent to a group (one per other participant);
 * - a like: `like_out:<tweetId>`, the very key the page records a like with, so a like seen on the
 *   page and in the archive is stored once.
 *
 * Likes: the archive names the liked tweet but not its author, and a person is never invented. So a
 * like is stored as a `like_out` interaction with no contact (`person` undefined → contact ''):
 * counted and exported, visible to no one's stage, until the page sees the same like with its author.
 */

export const MAX_TEXT = 25_000;

export interface ImportAccount {
  id: string;
  handle: string;
  name?: string;
}

export type ImportInteractionKind =
  | 'reply_out'
  | 'mention_out'
  | 'quote_out'
  | 'repost_out'
  | 'dm_out'
  | 'dm_in';

export interface ImportInteraction {
  key: string;
  kind: ImportInteractionKind;
  /** The other person's numeric id. */
  person: string;
  at: number;
  tweetId?: string;
  text?: string;
}

export interface ImportPost {
  key: string;
  at: number;
  kind: 'post' | 'reply' | 'quote';
  text: string;
  links: string[];
  mentions: string[];
  verdict: 'promotional' | 'broadcast' | 'conversational';
  replyToTweetId?: string;
  replyToContact?: string;
  quoteOfTweetId?: string;
}

export interface ImportLike {
  tweetId: string;
  text?: string;
}

export interface ArchiveImport {
  account: ImportAccount;
  /** When the archive was made (else the import time): the follower lists are true as of then. */
  seenAt: number;
  followers: string[];
  following: string[];
  /** Handles the archive shows for ids (reply targets, mentions), newest post's first. */
  handles: Record<string, string>;
  posts: ImportPost[];
  interactions: ImportInteraction[];
  likes: ImportLike[];
  /** What the user is told was imported. */
  counts: ImportCounts;
  /**
   * The manifest lists follower files the archive lacks: the follower list is not whole, so the
   * import marks no one as having unfollowed (they may be in the missing part).
   */
  followersPartial?: true;
}

export interface ToImportOptions {
  now?: number;
  /** Called every few hundred posts while classifying (0..posts). */
  onClassify?: (done: number, total: number) => void;
}

const HANDLE = HANDLE_RE;
const RETWEET_OF_RE = new RegExp(`^RT @(${HANDLE_SOURCE}):`);
const POST_URL_RE = new RegExp(`//(?:www\\.|mobile\\.)?(?:x|twitter)\\.com/(${HANDLE_SOURCE})/status/`, 'i');
const clip = (text: string) => clipTo(text, MAX_TEXT);
/** follower.js, follower-part2.js (the reader's own classifier lives with zip.js, which this module never loads). */
const FOLLOWER_FILE_RE = /(?:^|\/)follower(?:-part\d+)?\.js$/;
/** Links are clipped like the page's (LIMITS.link): one long tracking link must not refuse the chunk it travels in. */
const clipLinks = (urls: string[]) => urls.slice(0, LIMITS.linksPerPost).map((u) => clipTo(u, LIMITS.link));

/** A post as mapped, before the coach has judged it (its verdict comes from `classifyPosts`). */
export type UnclassifiedPost = Omit<ImportPost, 'verdict'> & { verdict?: ImportPost['verdict'] };

/** An archive mapped to rows with its posts not yet classified: everything else can be stored already. */
export interface MappedArchive extends Omit<ArchiveImport, 'posts'> {
  posts: UnclassifiedPost[];
}

/** What the coach reads of each post, in `posts` order (oldest first), and as whom. */
export interface PostsToClassify {
  drafts: { text: string; kind: ImportPost['kind']; at: number; urls: string[] }[];
  own: { ownHandle: string; ownName?: string };
}

/**
 * Maps what the reader found to rows and classifies the posts: `mapArchive` then `classifyPosts`.
 * Pure apart from the clock (options.now).
 */
export function toArchiveImport(c: ArchiveContents, options: ToImportOptions = {}): ArchiveImport {
  const { data, toClassify } = mapArchive(c, options);
  const verdicts = classifyPosts(toClassify, options.onClassify);
  data.posts.forEach((post, i) => {
    post.verdict = verdicts[i];
  });
  return data as ArchiveImport;
}

/**
 * Maps what the reader found to rows, all but the posts' verdicts: those take the coach about a
 * tenth of a millisecond per post, one after another (its history rules read earlier verdicts), so
 * the archive worker hands the rest over first and classifies while it is being stored.
 */
export function mapArchive(
  c: ArchiveContents,
  options: Pick<ToImportOptions, 'now'> = {},
): { data: MappedArchive; toClassify: PostsToClassify } {
  const now = options.now ?? Date.now();
  const me = c.account.id;
  const seenAt = Math.min(c.meta.generatedAt ?? now, now);
  const notMe = (id: string) => id !== me;
  const followers = c.followers.filter(notMe);
  const following = c.following.filter(notMe);

  const handles: Record<string, string> = {};
  // Posts are walked oldest first: a later post's handle replaces an earlier one, so a person who
  // was renamed is stored under the handle they have now, not one someone else may wear today.
  const learn = (id: string | undefined, handle: string | undefined) => {
    if (id && handle && id !== me && HANDLE.test(handle)) handles[id] = handle;
  };

  const posts: UnclassifiedPost[] = [];
  const drafts: PostsToClassify['drafts'] = [];
  const interactions: ImportInteraction[] = [];
  // Oldest first, so the coach's history rules (streaks, promo ratio) see what came before each post.
  const ordered = [...c.posts].sort((a, b) => a.createdAt - b.createdAt);
  let reposts = 0;
  for (const p of ordered) {
    for (const m of p.mentions) learn(m.id, m.handle);
    learn(p.inReplyToUserId, p.inReplyToHandle);
    const key = `tweet:${p.id}`;
    if (p.isRetweet) {
      const author = retweetedAuthor(p);
      if (author && author !== me) {
        interactions.push({
          key: `${key}:repost_out`,
          kind: 'repost_out',
          person: author,
          at: p.createdAt,
          tweetId: p.id,
        });
        reposts++;
      }
      continue;
    }
    const text = clip(p.text);
    drafts.push({ text, kind: p.kind, at: p.createdAt, urls: p.urls });
    posts.push({
      key,
      at: p.createdAt,
      kind: p.kind,
      text,
      links: clipLinks(p.urls),
      mentions: [...new Set(p.mentions.map((m) => m.handle).filter((h) => HANDLE.test(h)))].slice(0, 50),
      ...(p.inReplyToTweetId && { replyToTweetId: p.inReplyToTweetId }),
      ...(p.inReplyToUserId && { replyToContact: p.inReplyToUserId }),
      ...(p.quotedTweetId && { quoteOfTweetId: p.quotedTweetId }),
    });
    const base = { at: p.createdAt, tweetId: p.id, text };
    const replyTo = p.kind === 'reply' ? p.inReplyToUserId : undefined;
    if (replyTo && replyTo !== me)
      interactions.push({ ...base, key: `${key}:reply_out`, kind: 'reply_out', person: replyTo });
    const quoted = p.quotedTweetId ? quotedAuthor(p) : undefined;
    if (quoted && quoted !== me)
      interactions.push({ ...base, key: `${key}:quote_out`, kind: 'quote_out', person: quoted });
    const seen = new Set<string>();
    for (const m of p.mentions) {
      // Deleted accounts have no id: nobody to record. The reply target is not also "mentioned".
      if (!m.id || m.id === me || m.id === replyTo || seen.has(m.id)) continue;
      seen.add(m.id);
      interactions.push({
        ...base,
        key: `${key}:mention_out:${m.handle.toLowerCase()}`,
        kind: 'mention_out',
        person: m.id,
      });
    }
  }

  let dms = 0;
  for (const d of c.dms) {
    const text = clip(d.text);
    const base = { at: d.createdAt, text };
    if (d.senderId === me) {
      const partners = d.group
        ? d.participants.filter(notMe)
        : [d.recipientId ?? d.participants.find(notMe)].filter((x): x is string => Boolean(x && x !== me));
      partners.forEach((partner) => {
        interactions.push({
          ...base,
          key: d.group ? `dm:${d.messageId}:${partner}` : `dm:${d.messageId}`,
          kind: 'dm_out',
          person: partner,
        });
      });
      if (partners.length) dms++;
    } else {
      interactions.push({ ...base, key: `dm:${d.messageId}`, kind: 'dm_in', person: d.senderId });
      dms++;
    }
  }

  const likes = c.likes.map((l) => ({ tweetId: l.tweetId, ...(l.text && { text: clip(l.text) }) }));
  // The archive's owner, as the composer knows the signed-in account: a link under their handle or
  // name is their own work elsewhere, on import as when they post.
  const own = { ownHandle: c.account.handle, ...(c.account.name && { ownName: c.account.name }) };
  return {
    data: {
      account: {
        id: me,
        handle: c.account.handle,
        ...(c.account.name && { name: c.account.name.slice(0, 100) }),
      },
      seenAt,
      followers,
      following,
      ...(c.meta.missingFiles.some((f) => FOLLOWER_FILE_RE.test(f)) && { followersPartial: true }),
      handles,
      posts,
      interactions,
      likes,
      counts: {
        followers: followers.length,
        following: following.length,
        posts: posts.length,
        reposts,
        dms,
        likes: likes.length,
      },
    },
    toClassify: { drafts, own },
  };
}

/**
 * The coach's verdict on each post, oldest first, each read with the verdicts of the 50 before it
 * (as the composer reads a draft with your recent posts). `onBatch` gets them as they come, in
 * order, every `batch` posts and at the end: a listener can store the first ones while the rest
 * are judged.
 */
export function classifyPosts(
  { drafts, own }: PostsToClassify,
  onClassify?: (done: number, total: number) => void,
  onBatch?: (from: number, verdicts: ImportPost['verdict'][]) => void,
  batch = 500,
): ImportPost['verdict'][] {
  const verdicts: ImportPost['verdict'][] = [];
  const recent: { at: number; verdict: ImportPost['verdict']; links: string[]; kind: ImportPost['kind'] }[] =
    [];
  let sent = 0;
  drafts.forEach((d, i) => {
    if (i % batch === 0) {
      if (i > sent) onBatch?.(sent, verdicts.slice(sent, i));
      sent = i;
      onClassify?.(i, drafts.length);
    }
    const verdict = analyze(
      { text: d.text, kind: d.kind },
      { now: d.at, recentPosts: recent.slice(-50).reverse(), ...own },
    ).verdict;
    verdicts.push(verdict);
    recent.push({ at: d.at, verdict, links: d.urls, kind: d.kind });
    if (recent.length > 200) recent.splice(0, 100);
  });
  if (drafts.length > sent) onBatch?.(sent, verdicts.slice(sent));
  onClassify?.(drafts.length, drafts.length);
  return verdicts;
}

/** "RT @name: …": the first mention is the retweeted author. */
function retweetedAuthor(p: ArchivePost): string | undefined {
  const handle = RETWEET_OF_RE.exec(p.text)?.[1]?.toLowerCase();
  const m = p.mentions.find((x) => x.handle.toLowerCase() === handle) ?? p.mentions[0];
  return m?.id;
}

/**
 * The quoted post's author, when the archive shows it: the quoted URL's handle is among the post's
 * mentions with an id. Otherwise unknown, and no one is invented.
 */
function quotedAuthor(p: ArchivePost): string | undefined {
  const url = p.urls.find((u) => u.includes(`/status/${p.quotedTweetId}`));
  const handle = url ? POST_URL_RE.exec(url)?.[1] : undefined;
  if (!handle) return undefined;
  return p.mentions.find((m) => m.handle.toLowerCase() === handle.toLowerCase())?.id;
}
