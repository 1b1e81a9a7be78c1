import { NudgeCard } from '@/components/coach/NudgeCard';
import nudgeCss from '@/components/coach/nudge.css?inline';
import type { Audience } from '@/components/coach/reasons';
import type { Verdict } from '@/lib/coach/types';
import { mountShadow, type ShadowMount } from '@/lib/ui/shadow';
import { themeOf } from '@/lib/x/theme';
import { placeBeside } from './composers';
import { isVisible, revealAndCheck } from './visible';

/** One composer's nudge: what it last read, and how its card is open. */
export interface Nudge {
  composer: HTMLElement;
  mount: ShadowMount;
  verdict?: Verdict;
  audience?: Audience;
  /** The text the verdict is for; '' when the composer is empty (nothing shown). */
  text: string;
  expanded: boolean;
  showAll: boolean;
  /** A hold was shown for this draft: an improved verdict before posting counts as "revised". */
  heldVerdict?: Verdict['verdict'];
  timer?: ReturnType<typeof setTimeout>;
}

export interface NudgeHandlers {
  onPostAnyway(nudge: Nudge): void;
  onNotNow(nudge: Nudge): void;
}

export function mountNudge(composer: HTMLElement): Nudge {
  const mount = mountShadow('dinner-table-coach', nudgeCss, (host) => placeBeside(composer, host));
  return { composer, mount, text: '', expanded: false, showAll: false };
}

/** Renders a nudge: the pill, the card when open, the two choices when `held`. */
export function renderNudge(nudge: Nudge, held: boolean, handlers: NudgeHandlers) {
  if (!nudge.verdict) return;
  nudge.mount.root.querySelector('.dt-root')?.setAttribute('data-theme', themeOf());
  const rerender = () => renderNudge(nudge, held, handlers);
  nudge.mount.update(
    <NudgeCard
      verdict={nudge.verdict}
      text={nudge.text}
      expanded={nudge.expanded}
      showAll={nudge.showAll}
      {...(nudge.audience && { audience: nudge.audience })}
      onToggle={() => {
        nudge.expanded = !nudge.expanded;
        rerender();
      }}
      onShowAll={() => {
        nudge.showAll = true;
        rerender();
      }}
      onClose={() => {
        nudge.expanded = false;
        rerender();
        nudge.composer.focus();
      }}
      {...(held && {
        hold: { onPostAnyway: () => handlers.onPostAnyway(nudge), onNotNow: () => handlers.onNotNow(nudge) },
      })}
    />,
  );
}

const heldButtons = (nudge: Nudge) => nudge.mount.root.querySelector('.held .actions');

/** After rendering a hold: is its card, with the way through, on screen? (Scrolls it into view.) */
export function heldCardVisible(nudge: Nudge): boolean {
  const actions = heldButtons(nudge);
  return Boolean(actions && revealAndCheck(actions));
}

/** While held: can the card still be seen? (No scrolling: the page is the user's.) */
export function heldCardStillVisible(nudge: Nudge): boolean {
  const actions = heldButtons(nudge);
  return Boolean(actions && isVisible(actions));
}

export function focusNotNow(nudge: Nudge) {
  nudge.mount.root.querySelector<HTMLElement>('.held .actions .primary')?.focus();
}

/** Where "Not now" puts the caret: the end of the first flagged phrase in the text, else undefined (the end). */
export function firstFlaggedOffset(verdict: Verdict | undefined, text: string): number | undefined {
  const spans = (verdict?.findings ?? [])
    .map((f) => f.span)
    .filter((s): s is NonNullable<typeof s> => Boolean(s && s.end <= text.length));
  if (!spans.length) return undefined;
  return spans.reduce((first, s) => (s.start < first.start ? s : first)).end;
}
