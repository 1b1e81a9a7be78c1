import { stageLabel } from '@/lib/features/overlays/describe';
import { t } from '@/lib/i18n/t';
import type { Stage } from '@/lib/relationships/stage';
import { FollowsMark, StageMark } from './StageMark';

const STAGES: Stage[] = ['stranger', 'noticed', 'talked', 'conversing', 'friend'];

/**
 * What the marks beside names mean, shown in the details until the person says "Got it" (once,
 * remembered): the ring fills as you get closer, the arrow means they follow you.
 */
export function MarksLegend({ onDone }: { onDone(): void }) {
  return (
    <div class="dt-legend" data-testid="dt-legend">
      <p class="dt-legend-title">{t('marksLegendTitle')}</p>
      <ul>
        {STAGES.map((stage) => (
          <li key={stage}>
            <StageMark stage={stage} />
            {stageLabel(stage)}
          </li>
        ))}
        <li>
          <FollowsMark />
          {t('followsYou')}
        </li>
        <li>
          <span class="dt-due-dot" data-reason="reply-back" aria-hidden="true" />
          {t('dueOweReply')}
        </li>
      </ul>
      <button type="button" class="dt-button" data-testid="dt-legend-done" onClick={onDone}>
        {t('marksLegendDone')}
      </button>
    </div>
  );
}
