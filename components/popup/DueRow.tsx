import { useEffect, useRef } from 'preact/hooks';
import { dueWhyText } from '@/components/common/due-words';
import { t } from '@/lib/i18n/t';
import type { ContactView } from '@/lib/messages/protocol';
import type { DueRow } from '@/lib/messages/protocol-due';
import { Avatar } from './Avatar';
import { displayName } from './format';

export type DueAction = 'done' | 'snooze' | 'stop';

/** One list of due rows (the due list and the quieter "missed" list share it). */
export function DueRows({
  rows,
  testid,
  busy,
  focusKey,
  onAct,
  onOpen,
}: {
  rows: DueRow[];
  testid: string;
  busy?: string;
  /** The row whose name takes the focus once shown (the first one "Show N more" brought). */
  focusKey?: string;
  onAct: (row: DueRow, action: DueAction) => void;
  onOpen: (c: ContactView) => void;
}) {
  return (
    <ol class="picks" data-testid={testid}>
      {rows.map((row) => (
        <DueItem
          key={row.contact.key}
          row={row}
          busy={busy === row.contact.key}
          focused={focusKey === row.contact.key}
          onAct={onAct}
          onOpen={onOpen}
        />
      ))}
    </ol>
  );
}

/** One person due: who, why in words, the last thing each of you said, and what to do. */
function DueItem({
  row,
  busy,
  focused,
  onAct,
  onOpen,
}: {
  row: DueRow;
  busy: boolean;
  focused?: boolean;
  onAct: (row: DueRow, action: DueAction) => void;
  onOpen: (c: ContactView) => void;
}) {
  const c = row.contact;
  const who = displayName(c);
  const openLabel = row.reason === 'reply-back' ? t('dueAnswerOnX') : t('dueOpenOnX');
  const nameRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focused) nameRef.current?.focus();
  }, [focused]);
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
          <button type="button" class="link name" ref={nameRef} onClick={() => onOpen(c)}>
            {who}
          </button>
          {/* Without a name, the line above already is the handle (or the id). */}
          {c.name && (
            <span class="muted handle">
              {c.handle ? `@${c.handle}` : t('dueIdOnly', { id: c.id ?? c.key })}
            </span>
          )}
        </div>
        <span class="chip">{row.reason === 'reply-back' ? t('dueReplyBack') : t('dueGoingCold')}</span>
      </div>
      <p class="reason">{dueWhyText(row.why)}</p>
      {(row.theirs?.text || row.mine?.text) && (
        <dl class="said-last small">
          {row.theirs?.text && (
            <>
              <dt>{t('dueTheySaid')}</dt>
              <dd>{row.theirs.text}</dd>
            </>
          )}
          {row.mine?.text && (
            <>
              <dt>{t('dueYouSaid')}</dt>
              <dd>{row.mine.text}</dd>
            </>
          )}
        </dl>
      )}
      <div class="actions">
        <a class="button primary" href={row.open} target="_blank" rel="noreferrer" data-testid="dt-due-open">
          {openLabel}
          <span class="visually-hidden">{t('dueOpenWith', { name: who })}</span>
        </a>
        <button type="button" disabled={busy} onClick={() => onAct(row, 'done')} data-testid="dt-due-done">
          {t('dueDone')}
          <span class="visually-hidden">{t('dueDoneWhy')}</span>
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => onAct(row, 'snooze')}
          data-testid="dt-due-snooze"
        >
          {t('dueSnooze')}
        </button>
        <button
          type="button"
          class="quiet"
          disabled={busy}
          onClick={() => onAct(row, 'stop')}
          data-testid="dt-due-stop"
        >
          {t('dueStop')}
        </button>
      </div>
    </li>
  );
}
