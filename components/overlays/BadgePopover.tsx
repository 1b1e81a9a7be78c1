import {
  countsByDirection,
  dueLine,
  firstLine,
  lastInteraction,
  nextStep,
  stageLabel,
  stepSentence,
} from '@/lib/features/overlays/describe';
import { t } from '@/lib/i18n/t';
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
  const step = nextStep(contact, now);
  // With a Reply button the sentence leaves the question to the button.
  const replyStep = Boolean(onReply) && step.reply;
  const action = replyStep ? onReply : onOpenProfile;
  return (
    <div
      class="dt-popover"
      role="dialog"
      aria-label={t('youAndHandle', { handle })}
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
          {shownName ? (
            <span class="dt-pop-name" dir="auto">
              {shownName}
            </span>
          ) : null}
          <span class="dt-soft">@{handle}</span>
        </div>
      </div>
      {contact === undefined ? (
        <p class="dt-soft">{t('loading')}</p>
      ) : (
        <>
          <p class="dt-pop-stage">
            <strong>{stageLabel(stage)}</strong>
            {followsMe ? (
              <span class="dt-chip dt-chip-follows">
                <FollowsMark /> {t('followsYou')}
              </span>
            ) : null}
            {contact?.metInPerson ? <span class="dt-chip">{t('metInPerson')}</span> : null}
          </p>
          {due ? (
            <p class="dt-due" data-testid="dt-badge-due" data-reason={due.reason}>
              {due.text}
            </p>
          ) : null}
          <p data-testid="dt-badge-last">{last ?? t('noInteractionYet')}</p>
          {note ? (
            <p class="dt-pop-note" data-testid="dt-badge-note">
              <span class="dt-soft">{t('yourNote')}</span>
              <bdi>{note}</bdi>
            </p>
          ) : null}
          <CountsList you={you} them={them} />
          <div class="dt-next dt-next-row" data-testid="dt-next-step">
            <span>{replyStep ? step.text : stepSentence(step)}</span>
            {action ? (
              <button type="button" class="dt-button" data-testid="dt-next-action" onClick={action}>
                {replyStep ? t('stepReply') : t('stepOpenProfile')}
              </button>
            ) : null}
          </div>
        </>
      )}
      {legend && onLegendDone ? <MarksLegend onDone={onLegendDone} /> : null}
    </div>
  );
}
