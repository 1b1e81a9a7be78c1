import { HealthList } from '@/components/common/HealthList';
import { t } from '@/lib/i18n/t';
import type { Output } from '@/lib/messages/protocol';

type Health = Output<'status.get'>['health'];

/**
 * How each X page looked to Dinner Table for one account: one line when all is well (the list is
 * behind it), the whole list, open, when X changed something.
 */
export function HealthSummary({ health, account }: { health: Health; account: string }) {
  const mine = health.filter((h) => !h.account || h.account === account);
  const broken = mine.filter((h) => h.report.missing.length > 0).length;
  if (mine.length === 0 || broken > 0) return <HealthList health={health} account={account} />;
  return (
    <details class="health-summary" data-testid="dt-health-summary">
      <summary>
        <span aria-hidden="true">✓ </span>
        {mine.length === 1 ? t('healthSummaryOne') : t('healthSummaryAll', { count: mine.length })}
      </summary>
      <HealthList health={health} account={account} />
    </details>
  );
}
