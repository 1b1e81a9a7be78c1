import type { RuleId, Verdict } from '@/lib/coach/types';
import type { Settings } from '@/lib/settings/settings';
import { mainFirst } from './order';

/** After this many "post anyway" for a rule, its hold shrinks to the pill (read-before-retweet). */
export const SHRINK_AFTER = 3;

const holds = (v: Verdict) => v.verdict === 'promotional' || v.pitch;

/**
 * The rule that holds this send, or undefined to let it through: the main finding (see mainFirst) of a
 * promotional draft or a pitch to a stranger whose rule has not yet been posted-anyway
 * SHRINK_AFTER times. Only this rule is counted when the user posts anyway.
 */
export function holdingRule(verdicts: readonly Verdict[], settings: Settings): RuleId | undefined {
  if (!settings.holdsEnabled) return undefined;
  for (const verdict of verdicts) {
    if (!holds(verdict)) continue;
    const rule = mainFirst(verdict).find((f) => (settings.postedAnyway[f.rule] ?? 0) < SHRINK_AFTER)?.rule;
    if (rule) return rule;
  }
  return undefined;
}

/** The shrink counts after one "post anyway" for the rule that held. */
export function countPostedAnyway(counts: Settings['postedAnyway'], rule: RuleId): Settings['postedAnyway'] {
  return { ...counts, [rule]: Math.min(SHRINK_AFTER, (counts[rule] ?? 0) + 1) };
}

/** The rules a verdict fired, for the outcome records. */
export const firedRules = (verdicts: readonly Verdict[]) => [
  ...new Set(verdicts.flatMap((v) => v.findings.map((f) => f.rule))),
];

/** What the gate knows about the composers one send would post. */
export interface SendAttempt<C> {
  composers: readonly C[];
  verdicts: readonly Verdict[];
  /** The composers' text now, joined: a hold is for this exact text. */
  text: string;
}

export type Decision<C> =
  | { pass: true; reason: 'released' | 'nothing-to-hold' | 'card-not-visible' }
  /** A second click on the same held text: the user's answer, counted as "post anyway". */
  | { pass: true; reason: 'already-held'; rule: RuleId; verdicts: readonly Verdict[] }
  | { pass: false; composer: C; rule: RuleId };

export type PostAnywayResult = 'clicked' | 'released' | 'nothing-held';

/**
 * One held Post click per draft, with a way through that always works. The states, per composer:
 *
 * - free: a send is checked; a promotional draft shows the card and, only if the card is visible,
 *   the click is held;
 * - held (for this text): a second click on X's own button goes through (it is the user's answer,
 *   never a trap); "Post anyway" re-finds the button and clicks it once; if it cannot find it, the
 *   composer is released so the user's own next click goes through; "Not now" closes the card;
 * - released: the next send of that composer goes through untouched, then it is free again.
 *
 * It knows nothing of the DOM: `show` renders the card and says whether it is visible, `findButton`
 * looks for the Post button. Unit tests drive it with plain objects.
 */
export class HoldGate<C extends object> {
  private held = new Map<C, { text: string; rule: RuleId; verdicts: readonly Verdict[] }>();
  private released = new WeakSet<C>();

  constructor(
    private readonly io: {
      /** Shows the held card beside this composer; true when a person can actually see it. */
      show(composer: C, rule: RuleId, verdicts: readonly Verdict[]): boolean;
      /** Closes the held card (back to the pill). */
      hide(composer: C): void;
    },
  ) {}

  isHeld = (composer: C) => this.held.has(composer);
  /** The rule that held this composer's send and the verdicts shown, while held. */
  heldFor = (composer: C) => this.held.get(composer);

  decide(attempt: SendAttempt<C>, settings: Settings): Decision<C> {
    const released = attempt.composers.find((c) => this.released.has(c));
    if (released) {
      for (const c of attempt.composers) this.released.delete(c);
      return { pass: true, reason: 'released' };
    }
    const prior = attempt.composers.map((c) => this.held.get(c)).find(Boolean);
    if (prior && prior.text === attempt.text) {
      // Clicking Post again on the same text while the card shows is the user's answer.
      this.close(attempt.composers);
      return { pass: true, reason: 'already-held', rule: prior.rule, verdicts: prior.verdicts };
    }
    const rule = holdingRule(attempt.verdicts, settings);
    if (!rule) {
      this.close(attempt.composers);
      return { pass: true, reason: 'nothing-to-hold' };
    }
    const composer = attempt.composers[attempt.verdicts.findIndex(holds)] ?? (attempt.composers[0] as C);
    this.close(attempt.composers.filter((c) => c !== composer));
    this.held.set(composer, { text: attempt.text, rule, verdicts: attempt.verdicts });
    if (!this.io.show(composer, rule, attempt.verdicts)) {
      // No visible card means no visible way through: never hold blind.
      this.held.delete(composer);
      this.io.hide(composer);
      return { pass: true, reason: 'card-not-visible' };
    }
    return { pass: false, composer, rule };
  }

  /**
   * "Post anyway": clicks the re-found button once (its click passes the gate), or, when the
   * button is gone, releases the composer so the user's own next click goes through.
   */
  postAnyway(composer: C, findButton: () => { click(): void } | null): PostAnywayResult {
    if (!this.held.has(composer)) return 'nothing-held';
    this.close([composer]);
    this.released.add(composer);
    const button = findButton();
    if (!button) return 'released';
    button.click();
    // If X ignored the click (a disabled button), the release stays for the user's next click.
    return 'clicked';
  }

  /** "Not now" or Escape: the card closes; the next Post is checked afresh. */
  notNow(composer: C): boolean {
    if (!this.held.has(composer)) return false;
    this.close([composer]);
    return true;
  }

  /** The hold ends when its card can no longer be seen (composer emptied, gone, hidden). */
  drop(composer: C) {
    if (this.held.has(composer)) this.close([composer]);
  }

  private close(composers: readonly C[]) {
    for (const c of composers) {
      if (this.held.delete(c)) this.io.hide(c);
    }
  }
}
