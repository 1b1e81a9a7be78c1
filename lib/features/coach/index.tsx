import { analyze } from '@/lib/coach';
import type { Verdict } from '@/lib/coach/types';
import { loadSettings, onSettingsChanged } from '@/lib/settings/settings';
import { composerContext, readComposerText } from '@/lib/x/composer';
import type { Feature } from '../types';
import { placeCaret } from './caret';
import { composerScanner, keySendOf, sendButtonFor, sendTargetOf } from './composers';
import { createContextCache } from './context-cache';
import { HoldGate } from './hold';
import {
  firstFlaggedOffset,
  focusNotNow,
  heldCardStillVisible,
  heldCardVisible,
  mountNudge,
  type Nudge,
  renderNudge,
} from './nudge-view';
import { recordOutcome } from './outcomes';
import { reportSent } from './sent';
import { rememberPostedAnyway } from './settings-writes';

const DEBOUNCE_MS = 120;
/** After a send goes through, look again at these delays: X empties the box when the post is out. */
const SETTLE_CHECKS_MS = [60, 400, 1500, 4000];

/**
 * Compose-time coaching: a pill beside every composer that reads the draft as it is written, and
 * one held Post click for a promotional draft or a pitch to a stranger, with Post anyway always
 * one click away. Any error lets the click through: X must work as if we were not there.
 */
export const coachFeature: Feature = {
  id: 'coach',
  routes: 'all',
  async init(ctx, signal) {
    // Settings are per account: the coach follows the one signed in on this page.
    let settings = await loadSettings(ctx.account.id);
    const stopSettings = onSettingsChanged((next) => {
      settings = next;
    }, ctx.account.id);
    signal.addEventListener('abort', stopSettings, { once: true });

    const nudges = new Map<Element, Nudge>();
    const context = createContextCache(ctx);

    const gate: HoldGate<Nudge> = new HoldGate<Nudge>({
      show(nudge) {
        nudge.expanded = true;
        nudge.showAll = false;
        render(nudge);
        return heldCardVisible(nudge);
      },
      hide(nudge) {
        nudge.expanded = false;
        nudge.showAll = false;
        render(nudge);
      },
    });

    const handlers = {
      onPostAnyway(nudge: Nudge) {
        const held = gate.heldFor(nudge);
        if (!held) return;
        recordOutcome(ctx.events, 'posted_anyway', held.verdicts);
        rememberPostedAnyway(settings, held.rule, ctx.account.id);
        const result = gate.postAnyway(nudge, () => sendButtonFor(nudge.composer));
        // Released without a button: the user's own next click goes through; give them the box.
        if (result === 'released') nudge.composer.focus();
      },
      onNotNow(nudge: Nudge) {
        const held = gate.heldFor(nudge);
        if (!gate.notNow(nudge)) return;
        recordOutcome(ctx.events, 'edited', held?.verdicts ?? []);
        placeCaret(nudge.composer, firstFlaggedOffset(nudge.verdict, nudge.text));
      },
    };

    function render(nudge: Nudge) {
      renderNudge(nudge, gate.isHeld(nudge), handlers);
    }

    /** Reads the draft now; an empty box clears the pill and any card (no verdict for text that is gone). */
    const readNow = (nudge: Nudge, verdict: Verdict | undefined, text: string) => {
      nudge.text = text;
      nudge.verdict = verdict;
      if (text.trim() === '') {
        nudge.expanded = false;
        nudge.showAll = false;
        gate.drop(nudge);
      }
    };

    const evaluate = async (nudge: Nudge): Promise<void> => {
      const text = readComposerText(nudge.composer);
      const where = composerContext(nudge.composer, ctx.route);
      const coachContext = await context.for(where, text, settings);
      nudge.audience = {
        kind: where.kind,
        ...(coachContext.targetStage && { stage: coachContext.targetStage }),
      };
      readNow(nudge, analyze({ text, kind: where.kind }, coachContext), text);
    };

    const refresh = (nudge: Nudge, delay = DEBOUNCE_MS) => {
      clearTimeout(nudge.timer);
      nudge.timer = setTimeout(() => {
        void evaluate(nudge)
          .then(() => render(nudge))
          .catch((error) => console.warn('Dinner Table: coaching paused for this draft', error));
      }, delay);
    };

    /** Re-reads a composer whose text changed without an input event (X emptied it after a send). */
    const settle = (nudge: Nudge) => {
      if (!nudge.composer.isConnected) return;
      if (readComposerText(nudge.composer) !== nudge.text) refresh(nudge, 0);
    };

    const attach = (composer: HTMLElement) => {
      const nudge = mountNudge(composer);
      nudges.set(composer, nudge);
      composer.addEventListener('input', () => refresh(nudge), { signal });
      void evaluate(nudge).then(() => render(nudge));
    };

    const scan = composerScanner(nudges, attach, (composer) => {
      const nudge = nudges.get(composer);
      if (nudge) gate.drop(nudge);
      nudge?.mount.remove();
      nudges.delete(composer);
    });
    ctx.dom.subscribe(() => {
      scan();
      for (const nudge of nudges.values()) {
        // A hold lasts only while its card can be seen; the text shown must be the text there.
        if (gate.isHeld(nudge) && !heldCardStillVisible(nudge)) gate.drop(nudge);
        // Typing is handled by the debounced input listener; this only catches a box X emptied.
        if (nudge.text !== '' && readComposerText(nudge.composer).trim() === '') refresh(nudge, 0);
      }
    }, signal);
    signal.addEventListener('abort', () => {
      for (const nudge of nudges.values()) nudge.mount.remove();
      nudges.clear();
    });

    /** Decides, synchronously, whether this send goes through; returns true when it was held. */
    const maybeHold = (group: Nudge[], event: Event): boolean => {
      // Re-read now: the last keystroke may be newer than the debounced verdict.
      const verdicts = group.map((n) => {
        const text = readComposerText(n.composer);
        if (text !== n.text || !n.verdict) {
          const where = composerContext(n.composer, ctx.route);
          readNow(n, analyze({ text, kind: where.kind }, context.cached(settings, where, text)), text);
        }
        return n.verdict as Verdict;
      });
      const decision = gate.decide(
        { composers: group, verdicts, text: group.map((n) => n.text).join('\n') },
        settings,
      );
      if (decision.pass) {
        if (decision.reason === 'already-held') {
          recordOutcome(ctx.events, 'posted_anyway', decision.verdicts);
          rememberPostedAnyway(settings, decision.rule, ctx.account.id);
        }
        if (decision.reason === 'nothing-to-hold') {
          for (const n of group) {
            if (n.heldVerdict && n.verdict && n.verdict.verdict !== 'promotional' && !n.verdict.pitch) {
              recordOutcome(ctx.events, 'revised', [n.verdict]);
            }
          }
        }
        for (const n of group) n.heldVerdict = undefined;
        return false;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      decision.composer.heldVerdict = decision.composer.verdict?.verdict;
      recordOutcome(ctx.events, 'shown', verdicts);
      focusNotNow(decision.composer);
      return true;
    };

    const onSend = (composers: HTMLElement[], event: Event) => {
      try {
        if (composers.length === 0 || composers.every((c) => readComposerText(c).trim() === '')) return;
        const group = composers.map((c) => nudges.get(c)).filter((n): n is Nudge => Boolean(n));
        if (group.length === 0) return;
        if (maybeHold(group, event)) return;
        reportSent(group, ctx);
        for (const delay of SETTLE_CHECKS_MS) {
          setTimeout(() => {
            for (const n of group) settle(n);
          }, delay);
        }
      } catch (error) {
        // Fail open: the click goes through.
        console.error('Dinner Table: could not check this post; letting it through', error);
      }
    };

    document.addEventListener(
      'click',
      (event) => {
        const target = sendTargetOf(event);
        if (target) onSend(target.composers, event);
      },
      { capture: true, signal },
    );
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') return closeOnEscape(event);
        const target = keySendOf(event);
        if (target) onSend(target.composers, event);
      },
      { capture: true, signal },
    );

    /** Escape in a composer whose card is open closes the card first (X's own Escape comes next time). */
    function closeOnEscape(event: KeyboardEvent) {
      const nudge = event.target instanceof Element ? nudges.get(event.target) : undefined;
      if (!nudge || !(nudge.expanded || gate.isHeld(nudge))) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (gate.isHeld(nudge)) return handlers.onNotNow(nudge);
      nudge.expanded = false;
      render(nudge);
    }
  },
};
