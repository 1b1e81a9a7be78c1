import { STAGE_LEVEL } from '@/lib/features/overlays/describe';
import type { Stage } from '@/lib/relationships/stage';

/**
 * A ring that fills one quarter per stage: empty for a stranger, full for a friend. One element
 * (a conic gradient), because a timeline shows hundreds of them.
 */
export function StageMark({ stage, size = 12 }: { stage: Stage | 'loading'; size?: number }) {
  const level = stage === 'loading' ? 0 : STAGE_LEVEL[stage];
  return (
    <span
      class={`dt-mark dt-stage-${stage}`}
      style={`--dt-fill:${level * 25}%;width:${size}px;height:${size}px`}
      aria-hidden="true"
    />
  );
}

/** "Follows you": a small arrow pointing at you. */
export function FollowsMark() {
  return (
    <span class="dt-follows" aria-hidden="true">
      ←
    </span>
  );
}
