import type { Account, PageEvent, Person } from '@/lib/messages/schemas';
import { addToSummary, emptySummary } from '@/lib/relationships/summary';
import { upsertContact, withDerived } from './contacts';
import type { Database } from './open';
import type { InteractionRow } from './schema';

export interface RecordResult {
  stored: number;
  duplicates: number;
}

/**
 * Writes one batch of page events in a single transaction: all of it lands or none of it does
 * (a full disk aborts the transaction and the content script sends the batch again later).
 * Keys make it idempotent: an event whose key is already stored is counted as a duplicate.
 */
export async function recordEvents(db: Database, account: Account, events: PageEvent[], now = Date.now()) {
  const tx = db.transaction(['accounts', 'contacts', 'interactions', 'posts', 'nudges'], 'readwrite');
  const result: RecordResult = { stored: 0, duplicates: 0 };
  const a = account.id;

  const existing = await tx.objectStore('accounts').get(a);
  await tx.objectStore('accounts').put({
    id: a,
    handle: account.handle,
    name: account.name ?? existing?.name,
    firstSeen: existing?.firstSeen ?? now,
    lastSeen: now,
  });

  /**
   * Adds the interaction unless its key is stored; true when it was new to the contact. A row that
   * came from the archive without its person (a like: the archive does not name the liked post's
   * author) is claimed by the first page event that knows who it was.
   */
  const addInteraction = async (row: InteractionRow) => {
    const store = tx.objectStore('interactions');
    const existing = await store.get([a, row.key]);
    if (existing?.contact) {
      result.duplicates++;
      return false;
    }
    await store.put(existing ? { ...existing, contact: row.contact } : row);
    result.stored++;
    return true;
  };
  const interactWith = async (person: Person, row: Omit<InteractionRow, 'account' | 'contact'>) => {
    if (isMe(person, account)) return;
    const contact = await upsertContact(tx, a, person, row.at);
    if (await addInteraction({ ...row, account: a, contact: contact.key })) {
      const summary = addToSummary(contact.summary ?? emptySummary(), row);
      await tx.objectStore('contacts').put(withDerived({ ...contact, summary }));
    }
  };

  for (const event of events) {
    switch (event.type) {
      case 'interaction':
        await interactWith(event.person, {
          key: event.key,
          kind: event.kind,
          at: event.at,
          ...(event.tweetId && { tweetId: event.tweetId }),
          ...(event.text && { text: event.text }),
        });
        break;
      case 'profile':
        if (!isMe(event.person, account)) await upsertContact(tx, a, event.person, event.at);
        break;
      case 'edge': {
        if (isMe(event.person, account)) break;
        const contact = await upsertContact(tx, a, event.person, event.at);
        const first = event.list === 'followers' ? 'followerFirstSeen' : 'followingFirstSeen';
        const last = event.list === 'followers' ? 'followerLastSeen' : 'followingLastSeen';
        await tx.objectStore('contacts').put(
          withDerived({
            ...contact,
            ...(event.list === 'followers' ? { followsMe: true } : { iFollow: true }),
            [first]: Math.min(contact[first] ?? event.at, event.at),
            [last]: Math.max(contact[last] ?? event.at, event.at),
          }),
        );
        break;
      }
      case 'post': {
        const posts = tx.objectStore('posts');
        if (await posts.getKey([a, event.key])) {
          result.duplicates++;
          break;
        }
        const replyTo = event.replyTo?.person;
        const quoteOf = event.quoteOf?.person;
        await posts.add({
          account: a,
          key: event.key,
          at: event.at,
          kind: event.kind,
          text: event.text,
          links: event.links,
          mentions: event.mentions,
          source: 'page',
          ...(event.verdict && { verdict: event.verdict }),
          ...(event.replyTo?.tweetId && { replyToTweetId: event.replyTo.tweetId }),
          ...(replyTo?.id && { replyToContact: replyTo.id }),
          ...(event.quoteOf?.tweetId && { quoteOfTweetId: event.quoteOf.tweetId }),
        });
        result.stored++;
        const base = { at: event.at, text: event.text };
        if (replyTo)
          await interactWith(replyTo, { ...base, key: `${event.key}:reply_out`, kind: 'reply_out' });
        if (quoteOf)
          await interactWith(quoteOf, { ...base, key: `${event.key}:quote_out`, kind: 'quote_out' });
        const replyHandle = replyTo?.handle?.toLowerCase();
        const mentioned = new Map(event.mentions.map((h) => [h.toLowerCase(), h]));
        for (const [lower, handle] of mentioned) {
          if (lower === replyHandle) continue;
          await interactWith(
            { handle },
            { ...base, key: `${event.key}:mention_out:${lower}`, kind: 'mention_out' },
          );
        }
        break;
      }
      case 'nudge': {
        const nudges = tx.objectStore('nudges');
        if (await nudges.getKey([a, event.key])) {
          result.duplicates++;
          break;
        }
        await nudges.add({
          account: a,
          key: event.key,
          at: event.at,
          outcome: event.outcome,
          verdict: event.verdict,
          rules: event.rules,
        });
        result.stored++;
        break;
      }
    }
  }
  await tx.done;
  return result;
}

function isMe(person: Person, account: Account): boolean {
  return person.id === account.id || person.handle?.toLowerCase() === account.handle.toLowerCase();
}
