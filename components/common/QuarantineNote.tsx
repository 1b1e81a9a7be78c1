import { formatDateTime } from '@/lib/i18n/format';
import { t, tp } from '@/lib/i18n/t';
import type { Output } from '@/lib/messages/protocol';

type Quarantine = NonNullable<Output<'status.get'>['quarantine']>;

/**
 * Events Dinner Table saw but could not store (each was checked on its own, so the rest of its
 * batch was kept): how many, and why, so a changed X page that breaks a reader does not go unseen.
 */
export function QuarantineNote({ quarantine, account }: { quarantine?: Quarantine; account?: string }) {
  const mine = quarantine?.find((q) => q.account === account);
  if (!mine || mine.count === 0) return null;
  return (
    <div class="notice" data-testid="dt-quarantine">
      <p>{tp('quarantineEvents', mine.count, { when: formatDateTime(mine.lastAt) })}</p>
      <ul>
        {mine.reasons.map((r) => {
          const reason = reasonWords(r);
          return (
            <li key={`${r.code}|${r.type}|${r.field ?? ''}|${r.detail ?? ''}`} data-code={r.code}>
              {r.count > 1 ? t('quarantineReasonTimes', { reason, count: r.count }) : reason}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A reason's code in the interface's words; the field and error name are the code's own tokens. */
function reasonWords(r: Quarantine[number]['reasons'][number]): string {
  switch (r.code) {
    case 'not-an-event':
      return t('quarantineNotAnEvent');
    case 'unknown-type':
      return t('quarantineUnknownType');
    case 'bad-field':
      return r.field
        ? t('quarantineBadField', { what: whatWasIt(r.type), field: r.field })
        : t('quarantineBadEvent', { what: whatWasIt(r.type) });
    case 'store-failed':
      return t('quarantineStoreFailed', { what: whatWasIt(r.type), detail: r.detail ?? 'Error' });
  }
}

/** What the event was about, as a person would say it (the type names are the code's, not words). */
function whatWasIt(type: string): string {
  switch (type) {
    case 'interaction':
      return t('quarantineWhatInteraction');
    case 'post':
      return t('quarantineWhatPost');
    case 'edge':
      return t('quarantineWhatEdge');
    case 'profile':
      return t('quarantineWhatProfile');
    case 'nudge':
      return t('quarantineWhatNudge');
    case 'list-end':
      return t('quarantineWhatListEnd');
    default:
      return t('quarantineWhatOther');
  }
}
