/** Neutral, versioned shape of everything the extension imports from an X archive. Ids are ALWAYS strings. */

export const ARCHIVE_CONTENTS_VERSION = 1 as const;

export interface ArchiveAccount {
  id: string;
  handle: string;
  name?: string;
  /** Account creation time, epoch ms. */
  createdAt?: number;
}

export interface ArchivePost {
  id: string;
  /** HTML entities (&amp; &lt; &gt;) decoded. Retweets keep the "RT @x: " prefix. */
  text: string;
  /** Epoch ms. */
  createdAt: number;
  kind: 'post' | 'reply' | 'quote';
  inReplyToTweetId?: string;
  inReplyToUserId?: string;
  inReplyToHandle?: string;
  /** `id` is omitted for deleted accounts (archive id "-1"). */
  mentions: { id?: string; handle: string }[];
  /** Expanded URLs (t.co resolved). */
  urls: string[];
  quotedTweetId?: string;
  isRetweet: boolean;
}

export interface ArchiveDm {
  conversationId: string;
  messageId: string;
  senderId: string;
  recipientId?: string;
  /** Every account id seen in the conversation (incl. the archive owner), sorted numerically. */
  participants: string[];
  text: string;
  /** Epoch ms. */
  createdAt: number;
  group: boolean;
}

export interface ArchiveLike {
  tweetId: string;
  text?: string;
}

export type ArchiveGeneration = 'grailbird' | 'root-level' | 'data-folder';

export interface ArchiveMeta {
  generation: ArchiveGeneration;
  /** From manifest.archiveInfo.generationDate (epoch ms), when present. */
  generatedAt?: number;
  /** Archive-relative paths of the data files that were read. */
  files: string[];
  /** Files the manifest lists for an imported type that were not in the archive (edited/partial archive). */
  missingFiles: string[];
  /** Rows of a data file that could not be read (no id, wrong shape): skipped, counted per file. */
  skippedRows?: { file: string; rows: number }[];
}

export interface ArchiveContents {
  version: typeof ARCHIVE_CONTENTS_VERSION;
  account: ArchiveAccount;
  /** Account ids, archive order (newest follow first), de-duplicated. */
  followers: string[];
  following: string[];
  /** Newest first, de-duplicated by id; superseded edit versions dropped. */
  posts: ArchivePost[];
  /** One entry per message (messageCreate / welcomeMessageCreate), newest first, de-duplicated by id. */
  dms: ArchiveDm[];
  /** Archive order (most recent like first), de-duplicated by tweetId. */
  likes: ArchiveLike[];
  meta: ArchiveMeta;
}

export interface ArchiveSummary {
  accountId: string;
  handle: string;
  followers: number;
  following: number;
  posts: number;
  dms: number;
  dmConversations: number;
  likes: number;
}

export function summarizeArchive(c: ArchiveContents): ArchiveSummary {
  return {
    accountId: c.account.id,
    handle: c.account.handle,
    followers: c.followers.length,
    following: c.following.length,
    posts: c.posts.length,
    dms: c.dms.length,
    dmConversations: new Set(c.dms.map((d) => d.conversationId)).size,
    likes: c.likes.length,
  };
}
