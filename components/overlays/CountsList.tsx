import type { CountLine } from '@/lib/features/overlays/describe';
import { t } from '@/lib/i18n/t';

/** "You 2 replies · 1 like / Them 1 reply": the counts by direction, shared by badge and card. */
export function CountsList({ you, them, testid }: { you: CountLine[]; them: CountLine[]; testid?: string }) {
  if (!you.length && !them.length) return null;
  return (
    <dl class="dt-counts" data-testid={testid}>
      {you.length ? (
        <>
          <dt>{t('countsYou')}</dt>
          <dd>{you.map((c) => c.text).join(' · ')}</dd>
        </>
      ) : null}
      {them.length ? (
        <>
          <dt>{t('countsThem')}</dt>
          <dd>{them.map((c) => c.text).join(' · ')}</dd>
        </>
      ) : null}
    </dl>
  );
}
