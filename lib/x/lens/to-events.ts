import type { PageEvent, Person } from '@/lib/messages/schemas';
import type { LensBatch } from './facts';

/**
 * Turns validated lens facts into the same page events the DOM readers send, so both sources land
 * on one record with one key per act (`reply_in:<tweetId>` is also what the notifications reader
 * uses). Follow state is always relative to the signed-in viewer in X's responses.
 */
export function lensEvents(batch: LensBatch, me: string, at: number): PageEvent[] {
  const events: PageEvent[] = [];
  const people = new Map<string, Person>();
  for (const u of batch.users) {
    if (u.id === me) continue;
    const person: Person = {
      id: u.id,
      handle: u.handle,
      ...(u.name !== undefined && { name: u.name }),
      ...(u.bio !== undefined && { bio: u.bio }),
      ...(u.followsMe !== undefined && { followsMe: u.followsMe }),
      ...(u.iFollow !== undefined && { iFollow: u.iFollow }),
    };
    people.set(u.id, person);
    if (u.followsMe) events.push({ type: 'edge', list: 'followers', person, at });
    if (u.iFollow) events.push({ type: 'edge', list: 'following', person, at });
    if (!u.followsMe && !u.iFollow) events.push({ type: 'profile', person, at });
  }
  for (const p of batch.posts) {
    if (p.author === me) continue;
    const kind =
      p.replyToUser === me
        ? 'reply_in'
        : p.quotedAuthor === me
          ? 'quote_in'
          : p.mentions?.includes(me)
            ? 'mention_in'
            : undefined;
    if (!kind) continue;
    events.push({
      type: 'interaction',
      key: `${kind}:${p.id}`,
      kind,
      person: people.get(p.author) ?? { id: p.author },
      at: p.at ?? at,
      tweetId: p.id,
    });
  }
  return events;
}
