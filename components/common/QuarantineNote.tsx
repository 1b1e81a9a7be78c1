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
        {mine.reasons.map((r) => (
          <li key={r.reason}>
            {r.count > 1 ? t('quarantineReasonTimes', { reason: r.reason, count: r.count }) : r.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
