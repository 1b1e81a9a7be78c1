import type { Finding, Verdict } from '@/lib/coach/types';

export const VERDICT_LABEL: Record<Verdict['verdict'], string> = {
  promotional: 'Reads like an ad',
  broadcast: 'Broadcast',
  conversational: 'Conversation',
};

export interface HoldActions {
  onPostAnyway(): void;
  onEdit(): void;
  onCancel(): void;
}

interface Props {
  verdict: Verdict;
  text: string;
  expanded: boolean;
  /** Set while a Post click is held: the card asks what to do. */
  hold?: HoldActions;
  onToggle(): void;
}

/**
 * The nudge beside a composer: a small pill while you write, a card with the reasons when opened,
 * and the three choices when Post was held. Every finding shows the words that triggered it.
 */
export function NudgeCard({ verdict, text, expanded, hold, onToggle }: Props) {
  if (text.trim() === '') {
    // Nothing written yet: take no room (X's layout must not move when we arrive); the pill
    // appears with the first keystroke, which is the user's own doing.
    return <div class="nudge none" data-testid="dt-nudge" data-verdict="none" />;
  }
  const open = expanded || Boolean(hold);
  const findings = verdict.findings;
  const label =
    verdict.pitch && verdict.verdict !== 'conversational'
      ? 'Too fast for a first hello'
      : VERDICT_LABEL[verdict.verdict];
  return (
    <div
      class={`nudge ${verdict.verdict}${hold ? ' held' : ''}`}
      data-testid="dt-nudge"
      data-verdict={verdict.verdict}
    >
      <button
        type="button"
        class="pill"
        aria-expanded={open}
        onClick={onToggle}
        title={findings.length ? 'Why? Open the reasons' : 'Dinner Table reads your draft as you write'}
      >
        <span class="dot" aria-hidden="true" />
        {label}
        {findings.length > 0 && <span class="count">{findings.length}</span>}
      </button>
      <div class="live visually-hidden" aria-live="polite">
        {findings.length ? `${label}: ${findings.length} note${findings.length > 1 ? 's' : ''}` : label}
      </div>
      {open && (
        <section
          class="card"
          role={hold ? 'alertdialog' : 'region'}
          aria-label="Dinner Table's notes on this draft"
        >
          {hold && <h2 class="title">Before this goes out</h2>}
          {findings.length === 0 ? (
            <p class="empty">Nothing here reads like an ad. Talking with people works.</p>
          ) : (
            <ul class="findings">
              {findings.map((finding) => (
                <FindingItem
                  key={`${finding.rule}:${finding.span?.start ?? finding.link ?? ''}`}
                  finding={finding}
                  text={text}
                />
              ))}
            </ul>
          )}
          {hold && (
            <div class="actions">
              <button type="button" class="primary" data-testid="dt-edit" onClick={hold.onEdit}>
                Edit
              </button>
              <button type="button" data-testid="dt-post-anyway" onClick={hold.onPostAnyway}>
                Post anyway
              </button>
              <button type="button" data-testid="dt-cancel" onClick={hold.onCancel}>
                Cancel
              </button>
            </div>
          )}
        </section>
      )}
    </div>
  );
}

function FindingItem({ finding, text }: { finding: Finding; text: string }) {
  const quote = finding.span?.text ?? finding.link;
  return (
    <li class={`finding ${finding.severity}`} data-testid="dt-finding" data-rule={finding.rule}>
      <p class="message">
        {finding.message}
        {quote && (
          <>
            {' '}
            <mark title="What triggered this">{quote}</mark>
          </>
        )}
      </p>
      <p class="suggestion">{finding.suggestion}</p>
      {finding.span && finding.span.end <= text.length && (
        <span class="visually-hidden">at character {finding.span.start + 1}</span>
      )}
    </li>
  );
}
