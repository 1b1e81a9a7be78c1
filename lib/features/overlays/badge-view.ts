import { t } from '@/lib/i18n/t';
import type { ContactView } from '@/lib/messages/protocol';
import type { Stage } from '@/lib/relationships/stage';
import { badgeLabel, dueLine, stageLabel } from './describe';

/**
 * The compact mark beside an author: the stage ring and, when they follow you, an arrow; a dot
 * while a reply is due. It is a button (focusable, named for screen readers) that opens the details
 * on hover or focus. Built with plain DOM, not a component: a long timeline mounts one per post,
 * and each changes at most once or twice (loading, then the answer). Same markup and classes as
 * the marks in the details (components/overlays/StageMark.tsx), styled by overlays.css.
 */

/** Everything the badge shows, as plain values: a badge is repainted only when one changed. */
export interface BadgeLook {
  stage: Stage | 'loading';
  follows: boolean;
  unmet: boolean;
  due?: 'reply-back' | 'going-cold';
  /** The accessible name. */
  label: string;
  /** The tooltip: the stage's name and what is due; none while loading. */
  title?: string;
  /** Lists say "Unmet" in words. */
  unmetLabel: boolean;
}

export function badgeLook(
  handle: string,
  contact: ContactView | null | undefined,
  follows: boolean,
  unmet: boolean,
  variant: 'timeline' | 'list',
  now = Date.now(),
): BadgeLook {
  if (contact === undefined)
    return {
      stage: 'loading',
      follows,
      unmet,
      label: t('badgeAriaLoading', { handle }),
      unmetLabel: variant === 'list' && unmet,
    };
  const stage = contact?.stage ?? 'stranger';
  const due = dueLine(contact, now);
  return {
    stage,
    follows,
    unmet,
    ...(due && { due: due.reason }),
    label: badgeLabel(handle, contact, follows, unmet, now),
    title: due ? `${stageLabel(stage)} · ${due.text}` : stageLabel(stage),
    unmetLabel: variant === 'list' && unmet,
  };
}

const same = (a: BadgeLook | undefined, b: BadgeLook) =>
  a !== undefined &&
  a.stage === b.stage &&
  a.follows === b.follows &&
  a.unmet === b.unmet &&
  a.due === b.due &&
  a.label === b.label &&
  a.title === b.title &&
  a.unmetLabel === b.unmetLabel;

export interface BadgeHandlers {
  onOpen(button: HTMLElement, how: 'hover' | 'focus'): void;
  /** `to`: where focus went on blur (the details' own host keeps them open). */
  onClose(how: 'hover' | 'blur' | 'escape', to?: EventTarget | null): void;
}

export interface BadgeView {
  button: HTMLButtonElement;
  paint(look: BadgeLook): void;
}

const span = (className: string) => {
  const el = document.createElement('span');
  el.className = className;
  el.setAttribute('aria-hidden', 'true');
  return el;
};

/** Builds the button in `container` (a closed shadow root's `.dt-root`). */
export function createBadgeView(container: HTMLElement, handlers: BadgeHandlers): BadgeView {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'dt-badge';
  button.setAttribute('data-testid', 'dt-badge');
  button.addEventListener('mouseenter', () => handlers.onOpen(button, 'hover'));
  button.addEventListener('mouseleave', () => handlers.onClose('hover'));
  button.addEventListener('focus', () => handlers.onOpen(button, 'focus'));
  button.addEventListener('blur', (e) => handlers.onClose('blur', e.relatedTarget));
  button.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') handlers.onClose('escape');
  });
  button.addEventListener('click', (e) => {
    // A click inside a post would open the post: keep it ours.
    e.preventDefault();
    e.stopPropagation();
    handlers.onOpen(button, 'focus');
  });
  const mark = span('dt-mark');
  button.append(mark);
  container.append(button);

  let follows: HTMLElement | undefined;
  let dot: HTMLElement | undefined;
  let words: HTMLElement | undefined;
  let shown: BadgeLook | undefined;

  return {
    button,
    paint(look) {
      if (same(shown, look)) return;
      const before = shown;
      shown = look;
      button.className = look.unmet ? 'dt-badge dt-unmet' : 'dt-badge';
      button.setAttribute('aria-label', look.label);
      if (look.title === undefined) button.removeAttribute('title');
      else button.title = look.title;
      // The fill and size come with the class (overlays.css): no inline style to parse per badge.
      if (before?.stage !== look.stage) mark.className = `dt-mark dt-stage-${look.stage}`;
      if (look.follows && !follows) {
        follows = span('dt-follows');
        // "Follows you": a small arrow pointing at you (as in StageMark.tsx's FollowsMark).
        follows.textContent = '←';
      }
      if (look.due && !dot) dot = span('dt-due-dot');
      if (look.due && dot) dot.setAttribute('data-reason', look.due);
      if (look.unmetLabel && !words) {
        words = document.createElement('span');
        words.className = 'dt-unmet-label';
      }
      if (look.unmetLabel && words) words.textContent = t('badgeUnmet');
      const parts: HTMLElement[] = [mark];
      if (look.follows && follows) parts.push(follows);
      if (look.due && dot) parts.push(dot);
      if (look.unmetLabel && words) parts.push(words);
      // Children change only when one appears or goes: the common repaint touches attributes only.
      if (parts.length !== button.childElementCount || parts.some((part, i) => button.children[i] !== part))
        button.replaceChildren(...parts);
    },
  };
}
