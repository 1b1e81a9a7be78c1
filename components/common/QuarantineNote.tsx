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
      <p>
        {mine.count === 1 ? '1 event' : `${mine.count} events`} from X could not be stored (the rest were
        kept). Last on {new Date(mine.lastAt).toLocaleString()}.
      </p>
      <ul>
        {mine.reasons.map((r) => (
          <li key={r.reason}>
            {r.reason}
            {r.count > 1 ? ` (${r.count}×)` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
