import { z } from 'zod/mini';
import { clip, LIMITS } from '@/lib/messages/limits';
import { INTERACTION_KINDS, Verdict, XId } from '@/lib/messages/schemas';
import { CADENCES } from '@/lib/relationships/due';
import { HANDLE_RE } from '@/lib/text/handle';
import type { TransferStore } from '@/lib/transfer/stores';
import type { ContactRow, InteractionRow, NudgeRow, PostRow } from './schema';

/**
 * What one exported row may hold, store by store, checked one row at a time on import: a bad row is
 * refused with its reason and the rest go on. Over-long text is clipped to the same limits as the
 * page's events (lib/messages/limits), never refused. Derived fields (summary, stage, unmet, due)
 * are not read: the import recomputes them from the history it stores.
 */
export { TRANSFER_STORES, type TransferStore } from '@/lib/transfer/stores';
export interface TransferRows {
  contacts: ContactRow;
  interactions: InteractionRow;
  posts: PostRow;
  nudges: NudgeRow;
}

export const NOTES_MAX = 10_000;
const TAG_MAX = 40;
const TAGS_MAX = 30;
/**
 * An event's key is at most 200 characters (lib/messages/schemas.ts) and the record derives longer
 * ones from it ("<post key>:mention_out:<handle>", 228 at most): every key stored can be imported.
 */
const KEY_MAX = 240;

const time = z.number().check(z.gte(0), z.lte(8.64e15));
const key = z.string().check(z.minLength(1), z.maxLength(KEY_MAX));
/** A contact's key: the numeric id, or `@handle` until the id is known. */
const contactKey = z.string().check(z.regex(/^(\d{1,20}|@[a-z0-9_]{1,15})$/));
const text = z.string();
const opt = z.optional;

const Contact = z.object({
  account: XId,
  key: contactKey,
  id: opt(XId),
  handle: opt(z.string().check(z.regex(HANDLE_RE))),
  name: opt(text),
  bio: opt(text),
  url: opt(text),
  followsMe: opt(z.boolean()),
  iFollow: opt(z.boolean()),
  followerFirstSeen: opt(time),
  followerLastSeen: opt(time),
  followingFirstSeen: opt(time),
  followingLastSeen: opt(time),
  unfollowedAt: opt(time),
  metInPerson: opt(z.boolean()),
  hiddenAt: opt(time),
  snoozedUntil: opt(time),
  notes: opt(text),
  tags: opt(z.array(text)),
  firstSeen: time,
  lastSeen: time,
  keepEvery: opt(z.enum(CADENCES)),
  dueDoneAt: opt(time),
  dueSnoozedUntil: opt(time),
  dueStopped: opt(z.boolean()),
});

const Interaction = z.object({
  account: XId,
  key,
  /** '' for a like whose author the archive does not name. */
  contact: z.union([z.literal(''), contactKey]),
  kind: z.enum(INTERACTION_KINDS),
  at: time,
  tweetId: opt(XId),
  text: opt(text),
  thread: opt(z.string().check(z.maxLength(KEY_MAX))),
});

const Post = z.object({
  account: XId,
  key,
  at: time,
  kind: z.enum(['post', 'reply', 'quote', 'dm']),
  text,
  links: z.array(text),
  mentions: z.array(text),
  verdict: opt(Verdict),
  replyToTweetId: opt(XId),
  replyToContact: opt(contactKey),
  quoteOfTweetId: opt(XId),
  source: z.enum(['page', 'archive']),
});

const Nudge = z.object({
  account: XId,
  key,
  at: time,
  outcome: z.enum(['shown', 'revised', 'posted_anyway', 'cancelled', 'edited']),
  verdict: Verdict,
  rules: z.array(text),
});

const SCHEMAS = { contacts: Contact, interactions: Interaction, posts: Post, nudges: Nudge } as const;

const clipOpt = (value: string | undefined, max: number) => (value === undefined ? value : clip(value, max));
const dropUndefined = <T extends object>(row: T): T =>
  Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as T;

const CLIP: { [S in TransferStore]: (row: TransferRows[S]) => TransferRows[S] } = {
  contacts: (r) => ({
    ...r,
    ...(r.handle && { handleLower: r.handle.toLowerCase() }),
    name: clipOpt(r.name, LIMITS.name),
    bio: clipOpt(r.bio, LIMITS.bio),
    url: clipOpt(r.url, LIMITS.url),
    notes: clipOpt(r.notes, NOTES_MAX),
    tags:
      r.tags && [...new Set(r.tags.map((t) => clip(t.trim(), TAG_MAX)).filter(Boolean))].slice(0, TAGS_MAX),
  }),
  interactions: (r) => ({ ...r, text: clipOpt(r.text, LIMITS.text) }),
  posts: (r) => ({
    ...r,
    text: clip(r.text, LIMITS.text),
    links: r.links.slice(0, LIMITS.linksPerPost).map((l) => clip(l, LIMITS.link)),
    mentions: r.mentions.slice(0, LIMITS.mentionsPerPost).map((m) => clip(m, 15)),
  }),
  nudges: (r) => ({
    ...r,
    rules: r.rules.slice(0, LIMITS.rulesPerNudge).map((rule) => clip(rule, LIMITS.rule)),
  }),
};

export type Checked<S extends TransferStore> = { row: TransferRows[S] } | { reason: string };

/** One row of an export, checked and clipped, or the reason it cannot be stored. */
export function checkRow<S extends TransferStore>(store: S, raw: unknown, account: string): Checked<S> {
  const parsed = SCHEMAS[store].safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'row';
    return { reason: `${where}: ${describeIssue(issue)}` };
  }
  const row = parsed.data as TransferRows[S];
  if (row.account !== account) return { reason: `belongs to another account (${row.account})` };
  if (store === 'contacts') {
    const c = row as ContactRow;
    if (/^\d/.test(c.key) && c.id !== undefined && c.id !== c.key) return { reason: 'key and id differ' };
  }
  return { row: dropUndefined(CLIP[store](row)) };
}

/** A zod issue in words a person can act on. */
function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'not a row';
  if (issue.code === 'invalid_value') return 'a value this version does not know';
  // zod/mini carries no message text: say what was expected (a missing field reads the same).
  if (issue.code === 'invalid_type')
    return `should be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
  if (issue.code === 'invalid_format' || issue.code === 'invalid_union') return 'not in the right form';
  if (issue.code === 'too_small' || issue.code === 'too_big') return 'out of range';
  return issue.message;
}
