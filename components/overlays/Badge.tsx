import { badgeLabel, dueLine, stageLabel } from '@/lib/features/overlays/describe';
import { t } from '@/lib/i18n/t';
import type { ContactView } from '@/lib/messages/protocol';
import { FollowsMark, StageMark } from './StageMark';

export interface BadgeProps {
  handle: string;
  /** undefined while the lookup is on its way; null for someone never recorded. */
  contact: ContactView | null | undefined;
  followsMe: boolean;
  unmet?: boolean;
  variant?: 'timeline' | 'list';
  onOpen(button: HTMLElement, how: 'hover' | 'focus'): void;
  /** `to`: where focus went on blur (the details' own host keeps them open). */
  onClose(how: 'hover' | 'blur' | 'escape', to?: EventTarget | null): void;
}

/**
 * The compact mark beside an author: the stage ring and, when they follow you, an arrow. It is a
 * button (focusable, named for screen readers) that opens the details on hover or focus.
 */
export function Badge({
  handle,
  contact,
  followsMe,
  unmet,
  variant = 'timeline',
  onOpen,
  onClose,
}: BadgeProps) {
  const stage = contact === undefined ? 'loading' : (contact?.stage ?? 'stranger');
  const due = dueLine(contact);
  const label =
    contact === undefined ? t('badgeAriaLoading', { handle }) : badgeLabel(handle, contact, followsMe, unmet);
  return (
    <button
      type="button"
      class={`dt-badge${unmet ? ' dt-unmet' : ''}`}
      data-testid="dt-badge"
      aria-label={label}
      title={
        contact === undefined
          ? undefined
          : [stageLabel(contact?.stage ?? 'stranger'), due?.text].filter(Boolean).join(' · ')
      }
      onMouseEnter={(e) => onOpen(e.currentTarget as HTMLElement, 'hover')}
      onMouseLeave={() => onClose('hover')}
      onFocus={(e) => onOpen(e.currentTarget as HTMLElement, 'focus')}
      onBlur={(e) => onClose('blur', e.relatedTarget)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose('escape');
      }}
      onClick={(e) => {
        // A click inside a post would open the post: keep it ours.
        e.preventDefault();
        e.stopPropagation();
        onOpen(e.currentTarget as HTMLElement, 'focus');
      }}
    >
      <StageMark stage={stage} />
      {followsMe ? <FollowsMark /> : null}
      {due ? <span class="dt-due-dot" data-reason={due.reason} aria-hidden="true" /> : null}
      {variant === 'list' && unmet ? <span class="dt-unmet-label">{t('badgeUnmet')}</span> : null}
    </button>
  );
}
