import { ago } from '@/lib/i18n/format';
import { t, tp } from '@/lib/i18n/t';
import type { PickReason as Reason } from '@/lib/messages/protocol-popup';

const SAID_KEYS = {
  reply: 'reasonReplied',
  mention: 'reasonMentioned',
  quote: 'reasonQuoted',
} as const;

/** The facts of a reason as short phrases, in the interface's language, most telling first. */
export function reasonPhrases(reason: Reason, now = Date.now()): string[] {
  const when = (at: number | undefined) => (at === undefined ? [] : [ago(at, now)]);
  switch (reason.kind) {
    case 'wrote-to-you':
      return [
        tp('reasonMessaged', reason.count),
        ...when(reason.at),
        ...(reason.answered ? [] : [t('reasonNotAnswered')]),
      ];
    case 'latest-post':
      return [
        tp(SAID_KEYS[reason.via], reason.count),
        ...when(reason.at),
        ...(reason.answered ? [] : [t('reasonNotAnswered')]),
      ];
    case 'liked':
      return [
        ...(reason.likes ? [tp('reasonLiked', reason.likes)] : []),
        ...(reason.reposts ? [tp('reasonReposted', reason.reposts)] : []),
      ];
    case 'bio':
    case 'followed':
      // "You follow each other" already says they follow you; the date, when known, says more.
      if (reason.at !== undefined)
        return [
          ...(reason.mutual ? [t('reasonMutual')] : []),
          t('reasonFollowedAgo', { ago: ago(reason.at, now) }),
        ];
      return [reason.mutual ? t('reasonMutual') : t('reasonFollows')];
  }
}

/** Their words that back the reason: what they wrote to you, or their bio. */
const quoteOf = (reason: Reason) =>
  reason.kind === 'bio' ? reason.bio : 'snippet' in reason ? reason.snippet : undefined;

/**
 * Why this person, said specifically: "Replied to you · 2 days ago · not answered yet “Great thread…”",
 * "Followed you 3 weeks ago “Builds databases in Rust”". Their words keep their own direction.
 */
export function PickReason({ reason, now }: { reason: Reason; now?: number }) {
  const quote = quoteOf(reason);
  return (
    <p class="reason" data-testid="dt-pick-reason" data-kind={reason.kind}>
      {/* One inline run, so both browsers clamp it to two lines (Firefox clamps per block child). */}
      <span class="reason-run">
        <span class="visually-hidden">{t('whyThem')}</span>
        <span class="reason-facts">{reasonPhrases(reason, now).join(' · ')}</span>
        {quote && (
          <>
            {' '}
            <span class="visually-hidden">
              {reason.kind === 'bio' ? t('reasonBioLabel') : t('reasonSaidLabel')}{' '}
            </span>
            <q class={reason.kind === 'bio' ? 'snippet snippet-bio' : 'snippet'} dir="auto">
              {quote}
            </q>
          </>
        )}
      </span>
    </p>
  );
}
