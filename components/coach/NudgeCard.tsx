import type { Finding, Verdict } from '@/lib/coach/types';
import { mainFirst } from '@/lib/features/coach/order';
import { t, tp } from '@/lib/i18n/t';
import { findingWords } from './finding-words';
import { type Audience, ruleReason, strangerLead, verdictLabel } from './reasons';

/** A card people read: the strongest few, the rest one click away. */
export const SHOWN_FINDINGS = 3;

export interface HoldActions {
  /** "Post anyway" (or "Send anyway" in chat): the held send goes out once. */
  onPostAnyway(): void;
  /** "Not now" (also Escape): close the card and go back to the draft. */
  onNotNow(): void;
}

interface Props {
  verdict: Verdict;
  text: string;
  expanded: boolean;
  /** All findings instead of the strongest three. */
  showAll: boolean;
  audience?: Audience;
  /** Set while a send is held: the card asks what to do. */
  hold?: HoldActions;
  onToggle(): void;
  onShowAll(): void;
  /** Escape on an open card that is not holding anything. */
  onClose(): void;
}

/** The pill's words: the single main reason of a draft that reads as an ad or a pitch. */
export function pillLabel(verdict: Verdict): string {
  const main = mainFirst(verdict)[0];
  if (main && (verdict.pitch || verdict.verdict === 'promotional')) return ruleReason(main.rule);
  return verdictLabel(verdict.verdict);
}

/**
 * The nudge beside a composer: a small pill while you write, a card with the reasons when opened,
 * and two choices when a send was held. Every finding shows the words that triggered it.
 */
export function NudgeCard({
  verdict,
  text,
  expanded,
  showAll,
  audience,
  hold,
  onToggle,
  onShowAll,
  onClose,
}: Props) {
  if (text.trim() === '') {
    // Nothing written (or the post went out): take no room and show no verdict for text that is gone.
    return <div class="nudge none" data-testid="dt-nudge" data-verdict="none" />;
  }
  const open = expanded || Boolean(hold);
  const findings = mainFirst(verdict);
  const shown = showAll ? findings : findings.slice(0, SHOWN_FINDINGS);
  const hidden = findings.length - shown.length;
  const label = pillLabel(verdict);
  const lead = strangerLead(verdict, audience);
  const chat = audience?.kind === 'dm';
  return (
    <div
      class={`nudge ${verdict.verdict}${verdict.pitch ? ' pitch' : ''}${hold ? ' held' : ''}`}
      data-testid="dt-nudge"
      data-verdict={verdict.verdict}
    >
      <button
        type="button"
        class="pill"
        data-testid="dt-pill"
        aria-expanded={open}
        onClick={onToggle}
        title={findings.length ? t('nudgePillWhy') : t('nudgePillIdle')}
      >
        <span class="dot" aria-hidden="true" />
        {label}
        {findings.length > 1 && <span class="count">+{findings.length - 1}</span>}
      </button>
      <div class="live visually-hidden" aria-live="polite">
        {findings.length ? tp('nudgeLiveNotes', findings.length, { label }) : label}
      </div>
      {open && (
        <section
          class="card"
          data-testid="dt-card"
          role={hold ? 'alertdialog' : 'region'}
          aria-label={t('nudgeCardLabel')}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            if (hold) hold.onNotNow();
            else onClose();
          }}
        >
          {hold && <h2 class="title">{lead ? t('nudgeStrangerTitle') : t('nudgeHeldTitle')}</h2>}
          {findings.length === 0 ? (
            <p class="empty">{t('nudgeEmpty')}</p>
          ) : (
            <ul class="findings">
              {shown.map((finding) => (
                <FindingItem
                  key={`${finding.rule}:${finding.span?.start ?? finding.link ?? ''}`}
                  finding={finding}
                  text={text}
                  {...(lead && finding.rule === 'pitch-to-stranger' && { lead })}
                />
              ))}
            </ul>
          )}
          {hidden > 0 && (
            <button type="button" class="more" data-testid="dt-more" onClick={onShowAll}>
              {t('nudgeMore', { count: hidden })}
            </button>
          )}
          {hold && (
            <div class="actions">
              <button type="button" class="primary" data-testid="dt-not-now" onClick={hold.onNotNow}>
                {t('nudgeNotNow')}
              </button>
              <button type="button" data-testid="dt-post-anyway" onClick={hold.onPostAnyway}>
                {chat ? t('nudgeSendAnyway') : t('nudgePostAnyway')}
              </button>
            </div>
          )}
        </section>
      )}
    </div>
  );
}

/** One finding; `lead` replaces the suggestion when the card knows better who the draft goes to. */
function FindingItem({ finding, text, lead }: { finding: Finding; text: string; lead?: string }) {
  const quote = finding.span?.text ?? finding.link;
  return (
    <li class={`finding ${finding.severity}`} data-testid="dt-finding" data-rule={finding.rule}>
      <p class="message">
        {findingWords(finding.i18n?.message, finding.message)}
        {quote && (
          <>
            {' '}
            <mark title={t('nudgeTrigger')}>{quote}</mark>
          </>
        )}
      </p>
      {lead ? (
        <p class="suggestion lead" data-testid="dt-stranger">
          {lead}
        </p>
      ) : (
        <p class="suggestion">{findingWords(finding.i18n?.suggestion, finding.suggestion)}</p>
      )}
      {finding.span && finding.span.end <= text.length && (
        <span class="visually-hidden">{t('nudgeAtCharacter', { position: finding.span.start + 1 })}</span>
      )}
    </li>
  );
}
