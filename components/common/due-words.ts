import { ago } from '@/lib/i18n/format';
import { type MessageKey, t } from '@/lib/i18n/t';
import type { Cadence, DueWhy, DueWhyKind } from '@/lib/relationships/due';

/**
 * The words for keeping talking, shared by the popup and the overlays: the background sends why a
 * person is due as data (lib/relationships/due.ts, DueWhy), and each surface words it here, in the
 * interface's language.
 */

const WHY: Record<DueWhyKind, { plain: MessageKey; about: MessageKey }> = {
  replied: { plain: 'dueWhyReplied', about: 'dueWhyRepliedAbout' },
  mentioned: { plain: 'dueWhyMentioned', about: 'dueWhyMentionedAbout' },
  quoted: { plain: 'dueWhyQuoted', about: 'dueWhyQuotedAbout' },
  wrote: { plain: 'dueWhyWrote', about: 'dueWhyWroteAbout' },
  'talked-to-you': { plain: 'dueWhyTalkedToYou', about: 'dueWhyTalkedToYouAbout' },
  'last-talked': { plain: 'dueWhyLastTalked', about: 'dueWhyLastTalkedAbout' },
};

/** "Replied to you 3 days ago, about “Postgres SKIP LOCKED…”", "Last talked 24 days ago". */
export function dueWhyText(why: DueWhy, now = Date.now()): string {
  const when = why.at === undefined ? t('dueAWhileAgo') : ago(why.at, now);
  const keys = WHY[why.kind];
  return why.about ? t(keys.about, { when, about: why.about }) : t(keys.plain, { when });
}

const CADENCE: Record<Cadence, MessageKey> = {
  off: 'cadenceOff',
  '1w': 'cadence1w',
  '2w': 'cadence2w',
  '1m': 'cadence1m',
  '3m': 'cadence3m',
};

/** "every 2 weeks", "off". */
export const cadenceLabel = (cadence: Cadence) => t(CADENCE[cadence]);
