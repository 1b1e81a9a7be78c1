import type { DBSchema } from 'idb';
import type { PartCounts } from '@/lib/archive/chunks';
import type { InteractionKind, VerdictName } from '@/lib/messages/schemas';
import type { Cadence, DueReason } from '@/lib/relationships/due';
import type { Stage } from '@/lib/relationships/stage';
import type { ContactSummary, UnmetFlag } from '@/lib/relationships/summary';
import type { TalkFact } from '@/lib/relationships/week-tally';

/**
 * Rows of Dinner Table's IndexedDB. Every store is partitioned by the logged-in account: keys start
 * with the account's numeric id, so one account's rows are one key range and never mix.
 */
export interface AccountRow {
  id: string;
  handle: string;
  name?: string;
  firstSeen: number;
  lastSeen: number;
  /**
   * How many unmet followers (contacts with unmet = 1) the account has, kept up to date by every
   * write that changes a contact; absent when unknown (then the next list counts once and stores it).
   * Counting 100k index entries takes ~400 ms, reading this takes one.
   */
  unmetCount?: number;
  /**
   * Archive imports under way (or interrupted) for this account: their journals, each written in
   * the same transaction as each of its chunks' rows, so it always says exactly what is stored. An
   * import's journal goes when it finishes. Usually one; two pages may import at once.
   */
  archiveImports?: ArchiveImportJournal[];
  /** The last finished import: journals it supersedes (older, of an archive no newer) are not reported. */
  archiveFinished?: { startedAt: number; seenAt: number };
}

export interface ArchiveImportJournal {
  id: string;
  /** When the archive was made: the follower lists are true as of then. */
  seenAt: number;
  startedAt: number;
  /** Items of each part the import has, and how many of them (from the start of each list) are stored. */
  totals: PartCounts;
  done: PartCounts;
  /** Rows this import added so far (a resent chunk adds nothing: its keys are there). */
  added: { contacts: number; posts: number; interactions: number };
  /** What the user is told was imported (the archive's counts). */
  counts: {
    followers: number;
    following: number;
    posts: number;
    reposts: number;
    dms: number;
    likes: number;
  };
  /** The archive lacked some of its follower files: finishing marks nobody unfollowed. */
  followersPartial?: true;
}

/**
 * A person, per account. `key` is the numeric X id when known, else `@<handle lowercased>` until the
 * id is learned (then the row merges into the id-keyed one).
 */
export interface ContactRow {
  account: string;
  key: string;
  id?: string;
  handle?: string;
  /** Lowercased handle, for lookups: X handles are case-insensitive. */
  handleLower?: string;
  name?: string;
  bio?: string;
  url?: string;
  followsMe?: boolean;
  iFollow?: boolean;
  followerFirstSeen?: number;
  followerLastSeen?: number;
  followingFirstSeen?: number;
  followingLastSeen?: number;
  /**
   * When they were found to have stopped following you (missing from a newer archive or from a
   * followers list scrolled to its end); cleared when seen following again.
   */
  unfollowedAt?: number;
  metInPerson?: boolean;
  hiddenAt?: number;
  snoozedUntil?: number;
  notes?: string;
  tags?: string[];
  firstSeen: number;
  lastSeen: number;
  // Since v2: the history's summary and what lists sort and filter by (see lib/relationships/summary).
  summary?: ContactSummary;
  stage?: Stage;
  /** 1 for a follower you have not met (stranger or noticed) and not hidden, 2 while snoozed, else 0. */
  unmet?: UnmetFlag;
  engagedMe?: number;
  // Since v3 (keep talking; see lib/relationships/due): the user's choices, and `dueAt`/`dueReason`
  // derived from them and the summary. `byDue` indexes dueAt, so the due list is one index range.
  keepEvery?: Cadence;
  dueDoneAt?: number;
  dueSnoozedUntil?: number;
  dueStopped?: boolean;
  dueAt?: number;
  dueReason?: DueReason;
}

export interface InteractionRow {
  account: string;
  /** Deterministic event key: the same thing seen twice is stored once. */
  key: string;
  contact: string;
  kind: InteractionKind;
  at: number;
  tweetId?: string;
  text?: string;
  /** Since v3: the DM conversation (or thread) id, when the page gave one. */
  thread?: string;
}

export interface PostRow {
  account: string;
  key: string;
  at: number;
  kind: 'post' | 'reply' | 'quote' | 'dm';
  text: string;
  links: string[];
  mentions: string[];
  verdict?: VerdictName;
  replyToTweetId?: string;
  replyToContact?: string;
  quoteOfTweetId?: string;
  source: 'page' | 'archive';
}

export interface NudgeRow {
  account: string;
  key: string;
  at: number;
  outcome: 'shown' | 'revised' | 'posted_anyway' | 'cancelled' | 'edited';
  verdict: VerdictName;
  rules: string[];
}

/**
 * Since v4: the week's tally, one row per thing you said to someone, keyed by its interaction's
 * key (see lib/relationships/week-tally). Derived: written in the same transaction as the
 * interactions it comes from, never exported.
 */
export interface TalkRow extends TalkFact {
  account: string;
}

export interface DinnerTableDB extends DBSchema {
  accounts: { key: string; value: AccountRow };
  contacts: {
    key: [string, string];
    value: ContactRow;
    indexes: {
      byHandle: [string, string];
      byUnmet: [string, number, number];
      byDue: [string, number];
    };
  };
  interactions: {
    key: [string, string];
    value: InteractionRow;
    indexes: { byContact: [string, string, number]; byAccountAt: [string, number] };
  };
  posts: { key: [string, string]; value: PostRow; indexes: { byAccountAt: [string, number] } };
  nudges: { key: [string, string]; value: NudgeRow; indexes: { byAccountAt: [string, number] } };
  talk: { key: [string, string]; value: TalkRow; indexes: { byAccountAt: [string, number] } };
}

export type StoreName = 'accounts' | 'contacts' | 'interactions' | 'posts' | 'nudges' | 'talk';
export const STORE_NAMES: StoreName[] = ['accounts', 'contacts', 'interactions', 'posts', 'nudges', 'talk'];
