import { NudgeCard } from '@/components/coach/NudgeCard';
import nudgeCss from '@/components/coach/nudge.css?inline';
import { analyze } from '@/lib/coach';
import type { CoachContext, Verdict } from '@/lib/coach/types';
import { send } from '@/lib/messages/client';
import { loadSettings, onSettingsChanged, type Settings, saveSettings } from '@/lib/settings/settings';
import { mountShadow, type ShadowMount } from '@/lib/ui/shadow';
import {
  type ComposerContext,
  composerContext,
  composersFor,
  isPostButton,
  postButtonFor,
  readComposerText,
} from '@/lib/x/composer';
import { chatPartner, type Route } from '@/lib/x/routes';
import { X } from '@/lib/x/selectors';
import { themeOf } from '@/lib/x/theme';
import { firedRules, SHRINK_AFTER, shouldHold } from './coach-hold';
import { postEvents } from './post-events';
import type { Feature, FeatureContext } from './types';

const DEBOUNCE_MS = 120;
const COMPOSERS = `${X.composer.css}, ${X.chatTextarea.css}`;
const SEND_BUTTONS = `${X.postButton.css}, ${X.chatSend.css}`;

interface Nudge {
  composer: HTMLElement;
  mount: ShadowMount;
  verdict?: Verdict;
  text: string;
  expanded: boolean;
  /** Set while the Post click is held. */
  hold?: { verdicts: Verdict[] };
  /** A hold was shown for this draft: an improved verdict before posting counts as "revised". */
  heldVerdict?: Verdict['verdict'];
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * Compose-time coaching: a pill beside every composer that reads the draft as it is written, and
 * one held Post click for a promotional draft or a pitch to a stranger, with Post anyway always
 * one click away. Any error lets the click through: X must work as if we were not there.
 */
export const coachFeature: Feature = {
  id: 'coach',
  routes: 'all',
  async init(ctx, signal) {
    let settings = await loadSettings();
    const stopSettings = onSettingsChanged((next) => {
      settings = next;
    });
    signal.addEventListener('abort', stopSettings, { once: true });

    const nudges = new Map<Element, Nudge>();
    const context = createContextCache(ctx);
    /** Buttons the user chose "Post anyway" for: their next click goes through untouched. */
    const released = new WeakSet<Element>();

    const render = (nudge: Nudge) => {
      if (!nudge.verdict) return;
      const root = nudge.mount.root.querySelector('.dt-root') as HTMLElement | null;
      root?.setAttribute('data-theme', themeOf());
      nudge.mount.update(
        <NudgeCard
          verdict={nudge.verdict}
          text={nudge.text}
          expanded={nudge.expanded}
          onToggle={() => {
            nudge.expanded = !nudge.expanded;
            render(nudge);
          }}
          {...(nudge.hold && { hold: holdActions(nudge) })}
        />,
      );
    };

    const evaluate = async (nudge: Nudge): Promise<Verdict> => {
      const text = readComposerText(nudge.composer);
      const where = composerContext(nudge.composer, ctx.route);
      const verdict = analyze({ text, kind: where.kind }, await context.for(where, text, settings));
      nudge.text = text;
      nudge.verdict = verdict;
      return verdict;
    };

    const refresh = (nudge: Nudge) => {
      clearTimeout(nudge.timer);
      nudge.timer = setTimeout(() => {
        void evaluate(nudge)
          .then(() => render(nudge))
          .catch((error) => console.warn('Dinner Table: coaching paused for this draft', error));
      }, DEBOUNCE_MS);
    };

    const attach = (composer: HTMLElement) => {
      const mount = mountShadow('dinner-table-coach', nudgeCss, (host) => placeBeside(composer, host));
      const nudge: Nudge = { composer, mount, text: '', expanded: false };
      nudges.set(composer, nudge);
      composer.addEventListener('input', () => refresh(nudge), { signal });
      void evaluate(nudge).then(() => render(nudge));
    };

    // Live collections: reading them is cheap, so a frame with no new composer costs almost nothing.
    const editors = document.getElementsByClassName(X.composerEditor.className);
    const textareas = document.getElementsByTagName('textarea');
    const scan = () => {
      let unseen = false;
      for (const el of editors) if (!nudges.has(el)) unseen = true;
      for (const el of textareas) if (!nudges.has(el) && el.matches(X.chatTextarea.css)) unseen = true;
      let gone = false;
      for (const composer of nudges.keys()) if (!composer.isConnected) gone = true;
      if (!unseen && !gone) return;
      for (const [composer, nudge] of nudges) {
        if (!composer.isConnected) {
          nudge.mount.remove();
          nudges.delete(composer);
        }
      }
      for (const composer of document.querySelectorAll<HTMLElement>(COMPOSERS)) {
        if (!nudges.has(composer)) attach(composer);
      }
    };
    ctx.dom.subscribe(scan, signal);
    signal.addEventListener('abort', () => {
      for (const nudge of nudges.values()) nudge.mount.remove();
      nudges.clear();
    });

    const record = (
      outcome: 'shown' | 'revised' | 'posted_anyway' | 'cancelled' | 'edited',
      verdicts: Verdict[],
    ) => {
      const worst = verdicts.find((v) => v.verdict === 'promotional') ?? verdicts[0];
      if (!worst) return;
      ctx.events.push({
        type: 'nudge',
        key: `nudge:${Date.now()}:${outcome}:${Math.random().toString(36).slice(2, 8)}`,
        at: Date.now(),
        outcome,
        verdict: worst.verdict,
        rules: firedRules(verdicts),
      });
    };

    function holdActions(nudge: Nudge) {
      const button = () => postButtonFor(nudge.composer) ?? chatSendFor(nudge.composer);
      const close = (outcome: 'posted_anyway' | 'cancelled' | 'edited') => {
        const verdicts = nudge.hold?.verdicts ?? [];
        nudge.hold = undefined;
        nudge.expanded = false;
        record(outcome, verdicts);
        render(nudge);
        return verdicts;
      };
      return {
        onPostAnyway() {
          const verdicts = close('posted_anyway');
          const counts = { ...settings.postedAnyway };
          for (const rule of firedRules(verdicts))
            counts[rule] = Math.min(SHRINK_AFTER, (counts[rule] ?? 0) + 1);
          void saveSettings({ postedAnyway: counts }).catch(() => {});
          const target = button();
          if (target) {
            released.add(target);
            target.click();
          }
        },
        onEdit() {
          close('edited');
          nudge.composer.focus();
        },
        onCancel() {
          close('cancelled');
        },
      };
    }

    /** Decides, synchronously, whether this send goes through; returns true when it was held. */
    const maybeHold = (trigger: Element, composers: HTMLElement[], event: Event): boolean => {
      if (released.has(trigger)) {
        released.delete(trigger);
        return false;
      }
      const group = composers.map((c) => nudges.get(c)).filter((n): n is Nudge => Boolean(n?.verdict));
      // Re-read now: the last keystroke may be newer than the debounced verdict.
      const verdicts = group.map((n) => {
        const text = readComposerText(n.composer);
        if (text !== n.text) {
          n.text = text;
          const where = composerContext(n.composer, ctx.route);
          n.verdict = analyze({ text, kind: where.kind }, context.cached(settings, where, text));
        }
        return n.verdict as Verdict;
      });
      if (!shouldHold(verdicts, settings)) {
        for (const n of group) {
          if (n.heldVerdict && n.verdict && n.verdict.verdict !== 'promotional' && !n.verdict.pitch) {
            record('revised', [n.verdict]);
          }
          n.heldVerdict = undefined;
        }
        return false;
      }
      const first = group.find((n) => n.verdict?.verdict === 'promotional' || n.verdict?.pitch) ?? group[0];
      if (!first) return false;
      first.hold = { verdicts };
      first.expanded = true;
      render(first);
      // Hold only once the way through is on screen: no "Post anyway", no hold.
      if (!first.mount.root.querySelector('[data-testid="dt-post-anyway"]')) {
        first.hold = undefined;
        return false;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      first.heldVerdict = first.verdict?.verdict;
      record('shown', verdicts);
      first.mount.root.querySelector<HTMLElement>('[data-testid="dt-edit"]')?.focus();
      return true;
    };

    /** Records what was sent, once it goes through. */
    const recordSend = (composers: HTMLElement[]) => {
      const drafts = composers.map((composer) => {
        const nudge = nudges.get(composer);
        return {
          text: readComposerText(composer),
          where: composerContext(composer, ctx.route),
          ...(nudge?.verdict && { verdict: nudge.verdict.verdict }),
        };
      });
      for (const event of postEvents(drafts, ctx)) ctx.events.push(event);
    };

    const onSend = (trigger: Element, composers: HTMLElement[], event: Event) => {
      try {
        if (composers.length === 0 || composers.every((c) => readComposerText(c).trim() === '')) return;
        if (maybeHold(trigger, composers, event)) return;
        recordSend(composers);
      } catch (error) {
        // Fail open: the click goes through.
        console.error('Dinner Table: could not check this post; letting it through', error);
      }
    };

    document.addEventListener(
      'click',
      (event) => {
        const target = event.target instanceof Element ? event.target.closest(SEND_BUTTONS) : null;
        if (
          !target ||
          target.getAttribute('aria-disabled') === 'true' ||
          (target as HTMLButtonElement).disabled
        )
          return;
        const composers = isPostButton(target)
          ? (composersFor(target) as HTMLElement[])
          : chatComposerFor(target);
        onSend(target, composers, event);
      },
      { capture: true, signal },
    );
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Enter' || event.isComposing || !(event.target instanceof Element)) return;
        const composer = event.target.closest<HTMLElement>(COMPOSERS);
        if (!composer) return;
        const isChat = composer.matches(X.chatTextarea.css);
        const sends = isChat ? !event.shiftKey : event.ctrlKey || event.metaKey;
        if (!sends) return;
        const button = isChat ? chatSendFor(composer) : postButtonFor(composer);
        if (!button) return;
        onSend(button, isChat ? [composer] : (composersFor(button) as HTMLElement[]), event);
      },
      { capture: true, signal },
    );
  },
};

/** Puts the nudge below the composer's text area, above X's tool bar: it never covers a control. */
function placeBeside(composer: HTMLElement, host: HTMLElement) {
  const anchor =
    composer.closest('[data-testid$="_label"]') ??
    composer.closest('[data-testid="dm-composer-form"], [data-testid="dm-composer-container"]') ??
    composer;
  anchor.after(host);
}

function chatSendFor(composer: Element): HTMLElement | null {
  const form =
    composer.closest('form, [data-testid="dm-composer-container"]') ?? composer.parentElement?.parentElement;
  return (form ?? document).querySelector<HTMLElement>(X.chatSend.css);
}

function chatComposerFor(button: Element): HTMLElement[] {
  const form = button.closest('form, [data-testid="dm-composer-container"]') ?? document;
  const box =
    form.querySelector<HTMLElement>(X.chatTextarea.css) ??
    document.querySelector<HTMLElement>(X.chatTextarea.css);
  return box ? [box] : [];
}

/**
 * What the analyzer needs beyond the text: your domains (settings), recent posts and the stage of
 * the people a draft addresses (the background knows them). Asked once per person and cached, so
 * typing never waits on a message.
 */
function createContextCache({ account, route }: FeatureContext) {
  const stages = new Map<string, CoachContext['targetStage']>();
  let recentPosts: CoachContext['recentPosts'] = [];
  let loaded = false;
  const pending = new Map<string, Promise<void>>();

  const load = (handles: string[]) => {
    const key = handles.join(',');
    const missing = handles.filter((h) => !stages.has(h));
    if (loaded && missing.length === 0) return Promise.resolve();
    if (!pending.has(key)) {
      pending.set(
        key,
        send('coach.context', { account: account.id, people: missing })
          .then((reply) => {
            recentPosts = reply.recentPosts;
            loaded = true;
            for (const h of missing) stages.set(h, reply.stages[h] ?? 'stranger');
          })
          .catch(() => {
            // The background is unreachable: coach on the text alone.
          })
          .finally(() => pending.delete(key)),
      );
    }
    return pending.get(key) as Promise<void>;
  };

  const build = (settings: Settings, where?: ComposerContext, text = ''): CoachContext => {
    const target = where ? targetKey(where, route, account.id) : undefined;
    const mentioned = [...text.matchAll(/@([A-Za-z0-9_]{1,15})/g)].map((m) => (m[1] ?? '').toLowerCase());
    const mentionStages: Record<string, NonNullable<CoachContext['targetStage']>> = {};
    for (const h of mentioned) mentionStages[h] = stages.get(h) ?? 'stranger';
    return {
      now: Date.now(),
      ownDomains: [...settings.ownDomains, ...settings.learnedDomains],
      promoRatioGoal: settings.promoRatioGoal,
      disabledRules: settings.disabledRules,
      recentPosts,
      mentionStages,
      ...(target && { targetStage: stages.get(target) ?? 'stranger' }),
    };
  };

  return {
    async for(where: ComposerContext, text: string, settings: Settings) {
      const handles = [
        targetKey(where, route, account.id),
        ...[...text.matchAll(/@([A-Za-z0-9_]{1,15})/g)].map((m) => m[1]),
      ]
        .filter((h): h is string => Boolean(h))
        .map((h) => h.toLowerCase());
      await Promise.race([load(handles), new Promise((r) => setTimeout(r, 300))]);
      return build(settings, where, text);
    },
    cached: build,
  };
}

/** Who a draft is addressed to: the replied-to author's handle, or `id:<n>` for a chat partner. */
function targetKey(where: ComposerContext, route: Route, myId: string): string | undefined {
  if (where.kind === 'dm') {
    const partner = chatPartner(route, myId);
    return partner ? `id:${partner}` : undefined;
  }
  return where.replyTo?.author?.handle?.toLowerCase();
}
