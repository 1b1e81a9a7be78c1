import { snowflakeMs } from '@/lib/text/snowflake';
import { unwrapRecord } from './parse-ytd';
import {
  ARCHIVE_CONTENTS_VERSION,
  type ArchiveAccount,
  type ArchiveContents,
  type ArchiveDm,
  type ArchiveLike,
  type ArchiveMeta,
  type ArchivePost,
} from './types';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Normalises an id to a decimal string. Strings of digits pass through; numbers are accepted only when
 * they are exact (safe integers) — unsafe numbers would already be rounded, so they are rejected.
 * (parse-ytd quotes unsafe integer literals before JSON.parse, so they arrive here as strings.)
 */
export function toId(v: unknown): string | undefined {
  if (typeof v === 'string') {
    const s = v.trim();
    return /^\d+$/.test(s) ? s : undefined;
  }
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? String(v) : undefined;
  if (typeof v === 'bigint') return v >= 0n ? v.toString() : undefined;
  return undefined;
}

/** Prefer `<field>_str`, then `<field>`. */
const idField = (o: Obj, field: string): string | undefined => toId(o[`${field}_str`]) ?? toId(o[field]);

const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

function offsetMs(sign: string, hhmm: string): number {
  const h = Number(hhmm.slice(0, 2));
  const m = Number(hhmm.slice(2, 4));
  return (sign === '-' ? -1 : 1) * (h * 60 + m) * 60_000;
}

/**
 * Parses every timestamp format found in archives, engine-independently, to epoch ms:
 *  - "Wed Oct 10 20:19:24 +0000 2018"          (tweets, tweet headers)
 *  - "2015-01-04 13:59:37 +0000"               (Grailbird)
 *  - "2020-06-13T15:12:04.979Z" / any ISO-8601  (2019+ account, DMs)
 *  - "1534138567670" epoch-ms strings (2018 DMs/account), "1534138567" epoch seconds (2018 changedAt)
 *  - numbers (ms, or seconds when < 1e11)
 * Returns undefined when unparseable.
 */
export function parseTimestamp(v: unknown): number | undefined {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return undefined;
    return Math.abs(v) < 1e11 ? v * 1000 : v;
  }
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    return n < 1e11 ? n * 1000 : n;
  }
  let m = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d\d):(\d\d):(\d\d) ([+-])(\d{4}) (\d{4})$/.exec(s);
  if (m) {
    const mon = MONTHS.indexOf(m[1] as string);
    if (mon < 0 || mon % 3) return undefined;
    const t = Date.UTC(Number(m[8]), mon / 3, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
    return t - offsetMs(m[6] as string, m[7] as string);
  }
  m = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))? ?(?:(Z)|([+-])(\d\d):?(\d\d))?$/.exec(
    s,
  );
  if (m) {
    const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
    const t = Date.UTC(
      Number(m[1]),
      Number(m[2]) - 1,
      Number(m[3]),
      Number(m[4]),
      Number(m[5]),
      Number(m[6]),
      ms,
    );
    if (m[9]) return t - offsetMs(m[9], `${m[10]}${m[11]}`);
    return t; // "Z" or no zone: archives are UTC
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : t;
}

/** Archives escape only & < > — decode exactly those, once. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(/&(amp|lt|gt);/g, (_, e: string) => (e === 'amp' ? '&' : e === 'lt' ? '<' : '>'));
}

const compareIds = (a: string, b: string): number =>
  a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;

const STATUS_URL =
  /^https?:\/\/(?:www\.|mobile\.|m\.)?(?:twitter|x)\.com\/(?:#!\/)?(?:[A-Za-z0-9_]{1,20}|i\/web|i)\/status(?:es)?\/(\d+)/i;

/** Tweet id of a status permalink (`https://twitter.com/<h>/status/<id>`, x.com, i/web), else undefined. */
export function statusIdFromUrl(url: string): string | undefined {
  return STATUS_URL.exec(url)?.[1];
}

// ---------------------------------------------------------------------------------------------------------------
// Account

/** From `account.js` record (wrapped or not). */
export function mapAccountRecord(rec: unknown): ArchiveAccount | undefined {
  const a = unwrapRecord(rec, 'account');
  if (!a) return undefined;
  const id = toId(a.accountId);
  const handle = str(a.username);
  if (!id || !handle) return undefined;
  const out: ArchiveAccount = { id, handle };
  const name = str(a.accountDisplayName);
  if (name) out.name = name;
  const createdAt = parseTimestamp(a.createdAt);
  if (createdAt !== undefined) out.createdAt = createdAt;
  return out;
}

/** From `manifest.js` `userInfo`. */
export function mapManifestUser(manifest: unknown): ArchiveAccount | undefined {
  if (!isObj(manifest) || !isObj(manifest.userInfo)) return undefined;
  const u = manifest.userInfo;
  const id = toId(u.accountId);
  const handle = str(u.userName);
  if (!id || !handle) return undefined;
  const out: ArchiveAccount = { id, handle };
  const name = str(u.displayName);
  if (name) out.name = name;
  return out;
}

/** From legacy Grailbird `data/js/user_details.js`. */
export function mapGrailbirdUser(details: unknown): ArchiveAccount | undefined {
  if (!isObj(details)) return undefined;
  const id = idField(details, 'id');
  const handle = str(details.screen_name);
  if (!id || !handle) return undefined;
  const out: ArchiveAccount = { id, handle };
  const name = str(details.full_name) ?? str(details.name);
  if (name) out.name = name;
  const createdAt = parseTimestamp(details.created_at);
  if (createdAt !== undefined) out.createdAt = createdAt;
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Tweets

export interface MappedPost extends ArchivePost {
  /** Edit group (`edit_info.initial.editTweetIds` / `edit.editControlInitial.editTweetIds`), internal. */
  editIds?: string[];
}

function editIdsOf(t: Obj): string[] | undefined {
  const ei = t.edit_info;
  if (!isObj(ei)) return undefined;
  const holder = isObj(ei.initial) ? ei.initial : isObj(ei.edit) ? ei.edit.editControlInitial : undefined;
  if (!isObj(holder) || !Array.isArray(holder.editTweetIds)) return undefined;
  const ids = holder.editTweetIds.map(toId).filter((x): x is string => !!x);
  return ids.length > 1 ? ids : undefined;
}

/**
 * The text as its author typed it: each t.co link back to the address it stands for, and the links X
 * appends for attached photos and videos removed. The coach judges this text (it is what the composer
 * saw, and what its own domain and link-page cues read), and the history shows it.
 */
function asTyped(text: string, entities: Obj, extended: unknown): string {
  let out = text;
  const media = [
    ...(Array.isArray(entities.media) ? entities.media : []),
    ...(isObj(extended) && Array.isArray(extended.media) ? extended.media : []),
  ];
  for (const m of media) {
    const short = isObj(m) ? str(m.url) : undefined;
    if (short) out = out.split(short).join('');
  }
  for (const u of Array.isArray(entities.urls) ? entities.urls : []) {
    const short = isObj(u) ? str(u.url) : undefined;
    const long = isObj(u) ? str(u.expanded_url) : undefined;
    if (short && long) out = out.split(short).join(long);
  }
  return out === text ? text : out.trim();
}

/** Maps one tweet record (`{tweet:{…}}`, unwrapped 2019 record, or Grailbird API v1.1 tweet). */
export function mapTweet(rec: unknown): MappedPost | undefined {
  const t = unwrapRecord(rec, 'tweet');
  if (!t) return undefined;
  const id = idField(t, 'id');
  if (!id) return undefined;
  const rawText = str(t.full_text) ?? str(t.text) ?? '';
  const createdAt = parseTimestamp(t.created_at) ?? snowflakeMs(id) ?? 0;

  const entities = isObj(t.entities) ? t.entities : {};
  const mentions: { id?: string; handle: string }[] = [];
  if (Array.isArray(entities.user_mentions)) {
    for (const um of entities.user_mentions) {
      if (!isObj(um)) continue;
      const handle = str(um.screen_name);
      if (!handle) continue;
      const mid = idField(um, 'id');
      mentions.push(mid && mid !== '0' ? { id: mid, handle } : { handle });
    }
  }
  const urls: string[] = [];
  if (Array.isArray(entities.urls)) {
    for (const u of entities.urls) {
      if (!isObj(u)) continue;
      const url = str(u.expanded_url) ?? str(u.url);
      if (url) urls.push(url);
    }
  }

  const text = decodeEntities(asTyped(rawText, entities, t.extended_entities));
  const isRetweet = /^RT @\w+:?/.test(rawText) || isObj(t.retweeted_status);

  const inReplyToTweetId = idField(t, 'in_reply_to_status_id');
  const inReplyToUserId = idField(t, 'in_reply_to_user_id');
  const inReplyToHandle = str(t.in_reply_to_screen_name);

  let quotedTweetId = idField(t, 'quoted_status_id');
  if (!quotedTweetId && isObj(t.quoted_status)) quotedTweetId = idField(t.quoted_status, 'id');
  if (!quotedTweetId && !isRetweet) {
    for (const u of urls) {
      const q = statusIdFromUrl(u);
      if (q && q !== id) {
        quotedTweetId = q;
        break;
      }
    }
  }

  const isReply = !!(inReplyToTweetId || inReplyToUserId);
  const post: MappedPost = {
    id,
    text,
    createdAt,
    kind: isReply ? 'reply' : quotedTweetId && !isRetweet ? 'quote' : 'post',
    mentions,
    urls,
    isRetweet,
  };
  if (inReplyToTweetId) post.inReplyToTweetId = inReplyToTweetId;
  if (inReplyToUserId) post.inReplyToUserId = inReplyToUserId;
  if (inReplyToHandle) post.inReplyToHandle = inReplyToHandle;
  if (quotedTweetId && !isRetweet) post.quotedTweetId = quotedTweetId;
  const editIds = editIdsOf(t);
  if (editIds) post.editIds = editIds;
  return post;
}

// ---------------------------------------------------------------------------------------------------------------
// Followers / following / likes

/** `accountId` of `{follower:{accountId}}` / `{following:{…}}` (any wrapper). */
export function mapFollowRecord(rec: unknown, key: 'follower' | 'following'): string | undefined {
  const r = unwrapRecord(rec, key);
  return r ? toId(r.accountId) : undefined;
}

export function mapLike(rec: unknown): ArchiveLike | undefined {
  const r = unwrapRecord(rec, 'like');
  if (!r) return undefined;
  const tweetId = toId(r.tweetId);
  if (!tweetId) return undefined;
  const text = str(r.fullText);
  return text === undefined ? { tweetId } : { tweetId, text: decodeEntities(text) };
}

// ---------------------------------------------------------------------------------------------------------------
// Builder: accumulates records of several files/parts, then merges, de-duplicates and sorts.

interface PendingDm {
  conversationId: string;
  messageId: string;
  senderId: string;
  recipientId?: string;
  text: string;
  createdAt: number;
  group: boolean;
}

export class ArchiveBuilder {
  account: ArchiveAccount | undefined;
  private followers = new Set<string>();
  private following = new Set<string>();
  private posts = new Map<string, MappedPost>();
  private likes = new Map<string, ArchiveLike>();
  private dms = new Map<string, PendingDm>();
  private convParticipants = new Map<string, Set<string>>();
  private groupConvs = new Set<string>();

  /** Returns how many records were accepted. */
  addFollowers(records: unknown[], key: 'follower' | 'following'): number {
    const target = key === 'follower' ? this.followers : this.following;
    let n = 0;
    for (const r of records) {
      const id = mapFollowRecord(r, key);
      if (id) {
        target.add(id);
        n++;
      }
    }
    return n;
  }

  addTweets(records: unknown[]): number {
    let n = 0;
    for (const r of records) {
      const p = mapTweet(r);
      if (p) {
        this.posts.set(p.id, p);
        n++;
      }
    }
    return n;
  }

  addLikes(records: unknown[]): number {
    let n = 0;
    for (const r of records) {
      const l = mapLike(r);
      if (!l) continue;
      n++;
      const prev = this.likes.get(l.tweetId);
      if (!prev || (prev.text === undefined && l.text !== undefined)) this.likes.set(l.tweetId, l);
    }
    return n;
  }

  /** `{dmConversation:{conversationId, messages:[…]}}` records from direct-message(s)[-group][-partN].js. */
  addDmConversations(records: unknown[], fromGroupFile: boolean): number {
    let n = 0;
    for (const rec of records) {
      const conv = unwrapRecord(rec, 'dmConversation');
      if (!conv) continue;
      const conversationId = str(conv.conversationId)?.trim();
      if (!conversationId) continue;
      const group = fromGroupFile || !conversationId.includes('-');
      if (group) this.groupConvs.add(conversationId);
      let people = this.convParticipants.get(conversationId);
      if (!people) {
        people = new Set();
        this.convParticipants.set(conversationId, people);
      }
      if (!group) for (const part of conversationId.split('-')) if (toId(part)) people.add(part);
      if (!Array.isArray(conv.messages)) continue;
      for (const ev of conv.messages) {
        if (!isObj(ev)) continue;
        for (const [type, body] of Object.entries(ev)) {
          if (!isObj(body)) continue;
          const add = (v: unknown) => {
            const id = toId(v);
            if (id && id !== '0') people.add(id);
          };
          add(body.senderId);
          add(body.recipientId);
          add(body.initiatingUserId);
          for (const listKey of ['participantsSnapshot', 'userIds']) {
            const list = body[listKey];
            if (Array.isArray(list)) list.forEach(add);
          }
          if (type !== 'messageCreate' && type !== 'welcomeMessageCreate') continue;
          const messageId = toId(body.id);
          const senderId = toId(body.senderId);
          if (!messageId || !senderId) continue;
          n++;
          const dm: PendingDm = {
            conversationId,
            messageId,
            senderId,
            text: decodeEntities(str(body.text) ?? ''),
            createdAt: parseTimestamp(body.createdAt) ?? snowflakeMs(messageId) ?? 0,
            group,
          };
          const recipientId = toId(body.recipientId);
          if (recipientId && recipientId !== '0') dm.recipientId = recipientId;
          this.dms.set(messageId, dm);
        }
      }
    }
    return n;
  }

  get counts() {
    return {
      followers: this.followers.size,
      following: this.following.size,
      posts: this.posts.size,
      dms: this.dms.size,
      likes: this.likes.size,
    };
  }

  finish(meta: ArchiveMeta): ArchiveContents {
    const account = this.account;
    if (!account) throw new Error('ArchiveBuilder.finish() without an account');

    // Edited tweets: every version is its own record; keep only the latest version present.
    const posts: ArchivePost[] = [];
    for (const p of this.posts.values()) {
      const { editIds, ...post } = p;
      if (editIds) {
        let latest: string | undefined;
        for (const e of editIds) if (this.posts.has(e) && (!latest || compareIds(e, latest) > 0)) latest = e;
        if (latest && latest !== p.id) continue;
      }
      posts.push(post);
    }
    posts.sort((a, b) => b.createdAt - a.createdAt || compareIds(b.id, a.id));

    const participantsCache = new Map<string, string[]>();
    const participantsOf = (conv: string): string[] => {
      let list = participantsCache.get(conv);
      if (!list) {
        const set = new Set(this.convParticipants.get(conv) ?? []);
        set.add(account.id);
        list = [...set].sort(compareIds);
        participantsCache.set(conv, list);
      }
      return list;
    };
    const dms: ArchiveDm[] = [];
    for (const d of this.dms.values()) {
      const dm: ArchiveDm = {
        conversationId: d.conversationId,
        messageId: d.messageId,
        senderId: d.senderId,
        participants: participantsOf(d.conversationId),
        text: d.text,
        createdAt: d.createdAt,
        group: d.group || this.groupConvs.has(d.conversationId),
      };
      if (d.recipientId) dm.recipientId = d.recipientId;
      dms.push(dm);
    }
    dms.sort((a, b) => b.createdAt - a.createdAt || compareIds(b.messageId, a.messageId));

    return {
      version: ARCHIVE_CONTENTS_VERSION,
      account,
      followers: [...this.followers],
      following: [...this.following],
      posts,
      dms,
      likes: [...this.likes.values()],
      meta,
    };
  }
}
