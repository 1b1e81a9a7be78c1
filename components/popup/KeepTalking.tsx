import { useEffect, useState } from 'preact/hooks';
import { errorText } from '@/lib/i18n/error-text';
import { type MessageKey, t, tp } from '@/lib/i18n/t';
import { send } from '@/lib/messages/client';
import type { ContactView } from '@/lib/messages/protocol';
import type { DueRow, DueView } from '@/lib/messages/protocol-due';
import { firstDueRows } from '@/lib/relationships/due';
import { type DueAction, DueRows } from './DueRow';
import { displayName } from './format';

/**
 * Due rows shown before "Show N more": enough for a day's answering, few enough that the handful below
 * stays within reach and the popup's first frame lays out a few cards instead of forty.
 */
export const FIRST_DUE_ROWS = 5;

const SAID: Record<DueAction, MessageKey> = {
  done: 'dueSaidDone',
  snooze: 'dueSaidSnooze',
  stop: 'dueSaidStop',
};

/**
 * Keep talking, above the handful: people owed a reply, and conversations going cold. Answering
 * on X clears a row by itself (the record sees your reply); the buttons cover what X cannot show.
 */
export function KeepTalking({
  view,
  act: answerOf,
  reload,
  onOpen,
}: {
  /** What is due, from the first screen or the live `due.get` (the popup loads it beside the handful). */
  view: DueView | undefined;
  /** Shows an action's answer (the due list after it) unless something was asked since; throws its failure. */
  act: (answer: Promise<DueView>) => Promise<DueView>;
  /** Asks the background again. */
  reload: () => void;
  onOpen: (c: ContactView) => void;
}) {
  const [busy, setBusy] = useState<string>();
  const [said, setSaid] = useState('');
  // The missed list is closed at first: its rows are made only when it is opened.
  const [missedOpen, setMissedOpen] = useState(false);
  const [allShown, setAllShown] = useState(false);
  const [focusKey, setFocusKey] = useState<string>();

  useEffect(() => {
    // Back from X with an answer sent: the row should be gone when the popup is looked at again.
    const onVisible = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  const act = async (row: DueRow, action: DueAction) => {
    if (!view?.account) return;
    setBusy(row.contact.key);
    try {
      await answerOf(send('due.act', { account: view.account, key: row.contact.key, action }));
      setSaid(t(SAID[action], { name: displayName(row.contact) }));
    } catch (error) {
      setSaid(t('dueCouldNotUpdate', { name: displayName(row.contact), error: errorText(error) }));
    } finally {
      setBusy(undefined);
    }
  };

  if (!view || (view.due.length === 0 && view.missed.length === 0)) return null;
  const rowProps = { busy, onAct: act, onOpen };
  // The background sends at most 20 of each reason; the rest is counted, not listed.
  const more = view.counts.replyBacks + view.counts.goingCold - view.due.length;
  const shown = allShown ? view.due : firstDueRows(view.due, FIRST_DUE_ROWS);
  const hidden = view.due.length - shown.length;
  return (
    <section class="keep-talking" aria-labelledby="keep-talking-title">
      <div class="today-head">
        <h2 id="keep-talking-title" elementtiming="dt-due">
          {t('keepTalkingTitle')}
        </h2>
        <p class="muted small">
          {view.reachedOut > 0 ? tp('keepTalkingReachedOut', view.reachedOut) : t('keepTalkingHint')}
        </p>
      </div>
      {shown.length > 0 && <DueRows rows={shown} testid="dt-due-list" focusKey={focusKey} {...rowProps} />}
      {hidden > 0 && (
        <button
          type="button"
          class="link show-more small"
          onClick={() => {
            // The button goes away: focus moves to the first row it showed, where reading goes on.
            setFocusKey(view.due.find((row) => !shown.includes(row))?.contact.key);
            setAllShown(true);
          }}
          data-testid="dt-due-show-more"
        >
          {tp('dueShowMore', hidden)}
        </button>
      )}
      {hidden === 0 && more > 0 && (
        <p class="muted small" data-testid="dt-due-more">
          {tp('dueMore', more)}
        </p>
      )}
      {view.missed.length > 0 && (
        <details
          class="missed small"
          onToggle={(event) => setMissedOpen((event.currentTarget as HTMLDetailsElement).open)}
        >
          <summary>{tp('dueMissed', view.counts.missed)}</summary>
          {missedOpen && <DueRows rows={view.missed} testid="dt-due-missed" {...rowProps} />}
        </details>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    </section>
  );
}
