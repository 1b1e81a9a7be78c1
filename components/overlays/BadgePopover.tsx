import { countsByDirection, lastInteraction, nextStep, STAGE_LABEL } from '@/lib/features/overlays/describe';
import type { ContactView } from '@/lib/messages/protocol';
import { CountsList } from './CountsList';
import { FollowsMark, StageMark } from './StageMark';

export interface BadgePopoverProps {
  handle: string;
  name?: string;
  contact: ContactView | null | undefined;
  followsMe: boolean;
  now?: number;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

/** What opens from a badge: where you stand, the last interaction, counts, one next step. */
export function BadgePopover({
  handle,
  name,
  contact,
  followsMe,
  now = Date.now(),
  onPointerEnter,
  onPointerLeave,
}: BadgePopoverProps) {
  const stage = contact?.stage ?? 'stranger';
  const last = lastInteraction(contact, now);
  const { you, them } = countsByDirection(contact?.counts ?? {});
  const shownName = contact?.name ?? name;
  return (
    <div
      class="dt-popover"
      role="tooltip"
      data-testid="dt-badge-details"
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
    >
      <div class="dt-pop-head">
        <StageMark stage={contact === undefined ? 'loading' : stage} size={16} />
        <div class="dt-pop-who">
          {shownName ? <span class="dt-pop-name">{shownName}</span> : null}
          <span class="dt-soft">@{handle}</span>
        </div>
      </div>
      {contact === undefined ? (
        <p class="dt-soft">Loading…</p>
      ) : (
        <>
          <p class="dt-pop-stage">
            <strong>{STAGE_LABEL[stage]}</strong>
            {followsMe ? (
              <span class="dt-chip dt-chip-follows">
                <FollowsMark /> Follows you
              </span>
            ) : null}
            {contact?.metInPerson ? <span class="dt-chip">Met in person</span> : null}
          </p>
          <p data-testid="dt-badge-last">{last ?? 'No interaction recorded yet.'}</p>
          <CountsList you={you} them={them} />
          <p class="dt-next" data-testid="dt-next-step">
            {nextStep(contact, 'timeline', now)}
          </p>
        </>
      )}
    </div>
  );
}
