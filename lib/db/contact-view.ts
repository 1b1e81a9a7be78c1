import type { ContactView, InteractionView } from '@/lib/messages/protocol';
import { lastTalkAt, owedOf } from '@/lib/relationships/due';
import type { ContactRow, InteractionRow } from './schema';

/** A contact row as the UIs see it: no storage fields, derived fields filled in. */
export function toContactView(row: ContactRow): ContactView {
  const s = row.summary;
  return {
    key: row.key,
    stage: row.stage ?? 'stranger',
    counts: s?.counts ?? {},
    engagedMe: row.engagedMe ?? 0,
    ...(row.id && { id: row.id }),
    ...(row.handle && { handle: row.handle }),
    ...(row.name && { name: row.name }),
    ...(row.bio && { bio: row.bio }),
    ...(row.url && { url: row.url }),
    ...(row.followsMe !== undefined && { followsMe: row.followsMe }),
    ...(row.iFollow !== undefined && { iFollow: row.iFollow }),
    ...(row.followerFirstSeen !== undefined && { followerSince: row.followerFirstSeen }),
    ...(s?.lastAt !== undefined && { lastAt: s.lastAt }),
    ...(s?.lastKind && { lastKind: s.lastKind }),
    ...(s?.lastOutAt !== undefined && { lastOutAt: s.lastOutAt }),
    ...(s?.lastInAt !== undefined && { lastInAt: s.lastInAt }),
    ...(row.metInPerson && { metInPerson: true }),
    ...(row.notes && { notes: row.notes }),
    ...(row.tags?.length && { tags: row.tags }),
    ...(row.snoozedUntil && { snoozedUntil: row.snoozedUntil }),
    ...(row.hiddenAt && { hidden: true }),
    ...(row.keepEvery && { keepEvery: row.keepEvery }),
    ...dueOf(row),
  };
}

/** What the overlays say about keeping talking ("you owe a reply", "last talked 24 days ago"). */
function dueOf(row: ContactRow): Pick<ContactView, 'due'> {
  if (row.dueAt === undefined || !row.dueReason) return {};
  const since = row.dueReason === 'reply-back' ? owedOf(row)?.at : lastTalkAt(row);
  return since === undefined ? {} : { due: { reason: row.dueReason, at: row.dueAt, since } };
}

export function toInteractionView(row: InteractionRow): InteractionView {
  return {
    key: row.key,
    kind: row.kind,
    at: row.at,
    ...(row.tweetId && { tweetId: row.tweetId }),
    ...(row.text && { text: row.text }),
  };
}
