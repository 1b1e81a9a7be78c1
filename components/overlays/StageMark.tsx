import { STAGE_LEVEL } from '@/lib/features/overlays/describe';
import type { Stage } from '@/lib/relationships/stage';

/** A ring that fills one quarter per stage: empty for a stranger, full for a friend. */
export function StageMark({ stage, size = 14 }: { stage: Stage | 'loading'; size?: number }) {
  const level = stage === 'loading' ? 0 : STAGE_LEVEL[stage];
  const r = 5;
  const c = 7;
  let fill = null;
  if (level === 4) fill = <circle cx={c} cy={c} r={r} class="dt-mark-fill" />;
  else if (level > 0) {
    const angle = (level / 4) * 2 * Math.PI;
    const x = c + r * Math.sin(angle);
    const y = c - r * Math.cos(angle);
    const large = level > 2 ? 1 : 0;
    fill = (
      <path
        d={`M${c} ${c}L${c} ${c - r}A${r} ${r} 0 ${large} 1 ${x.toFixed(2)} ${y.toFixed(2)}Z`}
        class="dt-mark-fill"
      />
    );
  }
  return (
    <svg
      class={`dt-mark dt-stage-${stage}`}
      width={size}
      height={size}
      viewBox="0 0 14 14"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx={c} cy={c} r={r} class="dt-mark-ring" />
      {fill}
    </svg>
  );
}

/** "Follows you": a small arrow pointing at you. */
export function FollowsMark() {
  return (
    <svg class="dt-follows" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M10.5 6H2.5M5.5 3L2.5 6l3 3" />
    </svg>
  );
}
