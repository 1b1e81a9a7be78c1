import { formatNumber, type MessageKey, t } from '@/lib/i18n/t';
import type { ContactView } from '@/lib/messages/protocol';
import type { Stage } from '@/lib/relationships/stage';

/** Small helpers the popup's views share: names, links, stage words. */

const STAGE_KEYS: Record<Stage, MessageKey> = {
  stranger: 'stageStranger',
  noticed: 'stageNoticed',
  talked: 'stageTalkedLong',
  conversing: 'stageConversingLong',
  friend: 'stageFriend',
};
export const stageLabel = (stage: Stage) => t(STAGE_KEYS[stage]);

export const displayName = (c: ContactView) =>
  c.name || (c.handle ? `@${c.handle}` : t('xUser', { id: c.id ?? c.key }));

/** Their profile on X: by handle when known, else by numeric id (X redirects `i/user/<id>`). */
export function profileUrl(c: Pick<ContactView, 'handle' | 'id' | 'key'>): string {
  if (c.handle) return `https://x.com/${c.handle}`;
  return `https://x.com/i/user/${c.id ?? c.key}`;
}

/** The `person` field of contact.get / contact.update: `id:<n>` or a handle. */
export const personKey = (c: Pick<ContactView, 'handle' | 'id' | 'key'>) =>
  c.id ? `id:${c.id}` : c.handle ? c.handle : c.key.startsWith('@') ? c.key.slice(1) : `id:${c.key}`;

export const initial = (c: ContactView) => (c.name || c.handle || '?').trim().charAt(0).toUpperCase() || '?';

export { formatDate } from '@/lib/i18n/format';

export const number = formatNumber;

/**
 * Where what the popup shows came from: the first screen kept by the background (current), the last
 * one built before a write (shown marked as updating), or the live answer.
 */
export type ContentSource = 'snapshot' | 'previous' | 'live';

/**
 * Marks the first moment the popup shows `name`'s real content (the benchmark reads it), and where
 * it came from.
 */
export function markContent(name: string, source?: ContentSource) {
  if (typeof performance === 'undefined' || performance.getEntriesByName(name).length) return;
  performance.mark(name, { detail: { source: source ?? 'live' } });
}

/** Today's list or an empty state is on screen. */
export const markFirstContent = (source?: ContentSource) => markContent('dt-first-content', source);
