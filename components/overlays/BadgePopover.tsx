import {
  countsByDirection,
  dueLine,
  firstLine,
  lastInteraction,
  nextStep,
  STAGE_LABEL,
} from '@/lib/features/overlays/describe';
import type { ContactView } from '@/lib/messages/protocol';
import { CountsList } from './CountsList';
import { MarksLegend } from './MarksLegend';
import { FollowsMark, StageMark } from './StageMark';

export interface BadgePopoverProps {
  handle: string;
  name?: string;
  contact: ContactView | null | undefined;
  followsMe: boolean;
  now?: number;
  /** What the next step's button does: reply to the post at hand, or open their profile. */
  onReply?: () => void;
  onOpenProfile?: () => void;
  /** The one-time legend of the marks, until "Got it". */
  legend?: boolean;
  onLegendDone?: () => void;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** Focus left the details (Tab away, a click elsewhere) or Escape was pressed in them. */
  onLeave?: () => void;
}

/** What opens from a badge: where you stand, the last interaction, counts, one next step. */
export function BadgePopover({
  handle,
  name,
  contact,
  followsMe,
  now = Date.now(),
  onReply,
  onOpenProfile,
  legend,
  onLegendDone,
  onPointerEnter,
  onPointerLeave,
  onLeave,
}: BadgePopoverProps) {
  const stage = contact?.stage ?? 'stranger';
  const last = lastInteraction(contact, now);
  const { you, them } = countsByDirection(contact?.counts ?? {});
  const shownName = contact?.name ?? name;
  const due = dueLine(contact, now);
  const note = firstLine(contact?.notes);
  const step = nextStep(contact, 'timeline', now);
  // With a Reply button the sentence leaves the question to the button.
  const replyStep = Boolean(onReply) && / reply to this\?$/.test(step);
  const action = replyStep ? onReply : onOpenProfile;
  return (
    <div
      class="dt-popover"
      role="dialog"
      aria-label={`Dinner Table: you and @${handle}`}
      data-testid="dt-badge-details"
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
      onFocusOut={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onLeave?.();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onLeave?.();
      }}
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
          {due ? (
            <p class="dt-due" data-testid="dt-badge-due" data-reason={due.reason}>
              {due.text}
            </p>
          ) : null}
          <p data-testid="dt-badge-last">{last ?? 'No interaction recorded yet.'}</p>
          {note ? (
            <p class="dt-pop-note" data-testid="dt-badge-note">
              <span class="dt-soft">Your note: </span>
              {note}
            </p>
          ) : null}
          <CountsList you={you} them={them} />
          <div class="dt-next dt-next-row" data-testid="dt-next-step">
            <span>{replyStep ? step.replace(/ reply to this\?$/, '') : step}</span>
            {action ? (
              <button type="button" class="dt-button" data-testid="dt-next-action" onClick={action}>
                {replyStep ? 'Reply' : 'Open profile'}
              </button>
            ) : null}
          </div>
        </>
      )}
      {legend && onLegendDone ? <MarksLegend onDone={onLegendDone} /> : null}
    </div>
  );
}
