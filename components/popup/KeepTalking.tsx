import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/messages/client';
import type { ContactView } from '@/lib/messages/protocol';
import type { DueRow, DueView } from '@/lib/messages/protocol-due';
import { Avatar } from './Avatar';
import { displayName } from './format';

type DueAction = 'done' | 'snooze' | 'stop';

const SAID: Record<DueAction, string> = {
  done: 'marked as talked',
  snooze: 'snoozed for a week',
  stop: 'will not be suggested again',
};

/**
 * Keep talking, above the handful: people owed a reply, and conversations going cold. Answering
 * on X clears a row by itself (the record sees your reply); the buttons cover what X cannot show.
 */
export function KeepTalking({
  account,
  onOpen,
}: {
  account: string | null;
  onOpen: (c: ContactView) => void;
}) {
  const [view, setView] = useState<DueView>();
  const [busy, setBusy] = useState<string>();
  const [said, setSaid] = useState('');

  const load = useCallback(() => {
    send('due.get', account ? { account } : {})
      .then(setView)
      .catch(() => setView(undefined))
      // For the popup benchmark: when the due list (or its absence) is known.
      .finally(
        () => performance.getEntriesByName('dt-due-content').length || performance.mark('dt-due-content'),
      );
  }, [account]);
  useEffect(() => {
    load();
    // Back from X with an answer sent: the row should be gone when the popup is looked at again.
    const onVisible = () => document.visibilityState === 'visible' && load();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [load]);

  const act = async (row: DueRow, action: DueAction) => {
    if (!view?.account) return;
    setBusy(row.contact.key);
    try {
      setView(await send('due.act', { account: view.account, key: row.contact.key, action }));
      setSaid(`${displayName(row.contact)} ${SAID[action]}.`);
    } catch (error) {
      setSaid(`Could not update ${displayName(row.contact)}: ${(error as Error).message}`);
    } finally {
      setBusy(undefined);
    }
  };

  if (!view || (view.due.length === 0 && view.missed.length === 0)) return null;
  return (
    <section class="keep-talking" aria-labelledby="keep-talking-title">
      <div class="today-head">
        <h2 id="keep-talking-title">Keep talking</h2>
        <p class="muted small">
          {view.reachedOut > 0
            ? `You reached out to ${view.reachedOut} ${view.reachedOut === 1 ? 'person' : 'people'} today.`
            : 'Answer who wrote to you, and pick up where you left off.'}
        </p>
      </div>
      {view.due.length > 0 && (
        <ol class="picks" data-testid="dt-due-list">
          {view.due.map((row) => (
            <DueItem
              key={row.contact.key}
              row={row}
              busy={busy === row.contact.key}
              onAct={act}
              onOpen={onOpen}
            />
          ))}
        </ol>
      )}
      {view.missed.length > 0 && (
        <details class="missed small">
          <summary>
            {view.missed.length} older {view.missed.length === 1 ? 'reply' : 'replies'} you missed
          </summary>
          <ol class="picks" data-testid="dt-due-missed">
            {view.missed.map((row) => (
              <DueItem
                key={row.contact.key}
                row={row}
                busy={busy === row.contact.key}
                onAct={act}
                onOpen={onOpen}
              />
            ))}
          </ol>
        </details>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    </section>
  );
}

function DueItem({
  row,
  busy,
  onAct,
  onOpen,
}: {
  row: DueRow;
  busy: boolean;
  onAct: (row: DueRow, action: DueAction) => void;
  onOpen: (c: ContactView) => void;
}) {
  const c = row.contact;
  const who = displayName(c);
  const openLabel = row.reason === 'reply-back' ? 'Answer on X' : 'Open on X';
  return (
    <li
      class={`pick due ${row.reason}`}
      data-testid="dt-due"
      data-handle={c.handle ?? ''}
      data-reason={row.reason}
    >
      <div class="pick-top">
        <Avatar contact={c} />
        <div class="who">
          <button type="button" class="link name" onClick={() => onOpen(c)}>
            {who}
          </button>
          <span class="muted handle">{c.handle ? `@${c.handle}` : `id ${c.id ?? c.key}`}</span>
        </div>
        <span class="chip">{row.reason === 'reply-back' ? 'Reply back' : 'Going cold'}</span>
      </div>
      <p class="reason">{capitalize(row.why)}</p>
      {(row.theirs?.text || row.mine?.text) && (
        <dl class="said-last small">
          {row.theirs?.text && (
            <>
              <dt>They said</dt>
              <dd>{row.theirs.text}</dd>
            </>
          )}
          {row.mine?.text && (
            <>
              <dt>You said</dt>
              <dd>{row.mine.text}</dd>
            </>
          )}
        </dl>
      )}
      <div class="actions">
        <a class="button primary" href={row.open} target="_blank" rel="noreferrer" data-testid="dt-due-open">
          {openLabel}
          <span class="visually-hidden"> with {who} (new tab)</span>
        </a>
        <button type="button" disabled={busy} onClick={() => onAct(row, 'done')} data-testid="dt-due-done">
          Done<span class="visually-hidden">: we talked elsewhere</span>
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => onAct(row, 'snooze')}
          data-testid="dt-due-snooze"
        >
          Snooze a week
        </button>
        <button
          type="button"
          class="quiet"
          disabled={busy}
          onClick={() => onAct(row, 'stop')}
          data-testid="dt-due-stop"
        >
          Stop reminding
        </button>
      </div>
    </li>
  );
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
