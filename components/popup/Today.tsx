import { useEffect, useState } from 'preact/hooks';
import { tRich } from '@/lib/i18n/rich';
import { type MessageKey, t, tp } from '@/lib/i18n/t';
import type { Handful, HandfulPick } from '@/lib/messages/protocol-popup';
import { Avatar } from './Avatar';
import { type ContentSource, displayName, markFirstContent } from './format';
import { PickMenu } from './PickMenu';
import { PickReason } from './PickReason';

export type PickAction = 'met' | 'snooze' | 'hide' | 'undo';

const TIER_LABELS: Record<HandfulPick['tier'], MessageKey> = {
  engaged: 'tierEngaged',
  mutual: 'tierMutual',
  recent: 'tierRecent',
  follower: 'tierFollower',
};

const REPLY_LABELS: Record<HandfulPick['reply']['to'], MessageKey> = {
  post: 'pickReplyPost',
  chat: 'pickReplyChat',
  profile: 'pickReplyProfile',
};

const SET_ASIDE: Record<'snooze' | 'hide', MessageKey> = { snooze: 'doneSnooze', hide: 'doneHide' };

/** Today: the handful of unmet followers to meet, why each, and a reply one click away. */
export function Today({
  source,
  handful,
  handle,
  busy,
  onAct,
  onOpen,
  onImport,
}: {
  /** Where the handful came from (for the benchmark's mark). */
  source?: ContentSource;
  handful: Handful;
  handle?: string;
  busy?: string;
  /** Resolves true once the background did it. */
  onAct: (pick: HandfulPick, action: PickAction) => Promise<boolean>;
  onOpen: (pick: HandfulPick) => void;
  onImport: () => void;
}) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when Today first shows
  useEffect(() => markFirstContent(source), []);
  // The last pick snoozed or set aside: "Undo" puts it back in its place.
  const [undoable, setUndoable] = useState<{ pick: HandfulPick; action: 'snooze' | 'hide' } | null>(null);
  const { picks, met } = handful;

  const act = async (pick: HandfulPick, action: PickAction) => {
    if (action !== 'undo') setUndoable(null);
    const ok = await onAct(pick, action);
    if (ok && (action === 'snooze' || action === 'hide')) setUndoable({ pick, action });
    if (action === 'undo') setUndoable(null);
  };

  // Always mounted, so a screen reader hears the sentence when it appears; the buttons follow it.
  const undoBar = (
    <div class="undo-slot" role="status" aria-live="polite">
      {undoable && (
        <div class="undo-bar" data-testid="dt-undo-bar">
          <p>{t(SET_ASIDE[undoable.action], { who: displayName(undoable.pick.contact) })}</p>
          <button
            type="button"
            data-testid="dt-pick-undo"
            disabled={busy === undoable.pick.contact.key}
            onClick={() => void act(undoable.pick, 'undo')}
          >
            {t('pickUndo')}
          </button>
          <button
            type="button"
            class="icon-button"
            aria-label={t('pickDismiss')}
            title={t('pickDismiss')}
            onClick={() => setUndoable(null)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  );

  if (picks.length === 0) {
    return handful.unmet === 0 && !handful.hasFollowers ? (
      <section class="card empty" data-testid="dt-empty-followers">
        <h2 elementtiming="dt-today">{t('emptyFollowersTitle')}</h2>
        <p class="empty-text">
          {tRich('emptyFollowersText', {
            link: (text) => (
              <a
                href={`https://x.com/${handle ?? 'home'}${handle ? '/followers' : ''}`}
                target="_blank"
                rel="noreferrer"
              >
                {text}
              </a>
            ),
          })}
        </p>
        <p>
          <button type="button" onClick={onImport}>
            {t('importArchive')}
          </button>
        </p>
      </section>
    ) : (
      <section class="card empty" data-testid="dt-empty-handful">
        <h2 elementtiming="dt-today">{t('emptyHandfulTitle')}</h2>
        <p class="empty-text">
          {handful.unmet === 0 ? t('emptyHandfulAllMet') : tp('unmetToMeet', handful.unmet)}
        </p>
        {undoBar}
      </section>
    );
  }

  const total = picks.length;
  return (
    <section data-testid="dt-handful" aria-labelledby="today-title" class="today">
      <div class="today-head">
        {/* elementtiming: the popup benchmark reads when Today's heading is painted (Element Timing). */}
        <h2 id="today-title" elementtiming="dt-today">
          {t('todayTitle')}
        </h2>
        <p
          class="progress-text"
          role="status"
          aria-live="polite"
          data-testid="dt-progress"
          data-met={met}
          data-size={total}
          data-elsewhere={handful.metElsewhere ?? 0}
        >
          {tRich('metOfPicks', { b: (text) => <strong>{text}</strong> }, { met, total })}
          {met >= total ? t('wellDone') : ''}
        </p>
      </div>
      <div class="bar" aria-hidden="true">
        <span style={{ width: `${Math.min(100, (100 * met) / total)}%` }} />
      </div>
      {handful.found !== undefined ? (
        <p class="found small" data-testid="dt-found" role="status">
          {tp('foundToMeet', handful.found, { picks: tp('foundPicks', total) })}
        </p>
      ) : handful.metElsewhere ? (
        <p class="muted small today-hint" data-testid="dt-met-elsewhere">
          {tp('metElsewhere', handful.metElsewhere)}
        </p>
      ) : (
        <p class="muted small today-hint">{t('todayHint')}</p>
      )}
      <ol class="picks compact">
        {picks.map((pick) => (
          <PickRow
            key={pick.contact.key}
            pick={pick}
            busy={busy === pick.contact.key}
            onAct={act}
            onOpen={onOpen}
          />
        ))}
      </ol>
      {undoBar}
      <p class="muted small">{tp('unmetInAll', handful.unmet)}</p>
    </section>
  );
}

/** One pick on one compact row: who, why them (specifically), Reply, and the rest behind "⋯". */
function PickRow({
  pick,
  busy,
  onAct,
  onOpen,
}: {
  pick: HandfulPick;
  busy: boolean;
  onAct: (pick: HandfulPick, action: PickAction) => void;
  onOpen: (pick: HandfulPick) => void;
}) {
  const c = pick.contact;
  const who = displayName(c);
  return (
    <li
      class={`pick pick-row${pick.met ? ' met' : ''}`}
      data-testid="dt-contact"
      data-id={c.id ?? ''}
      data-handle={c.handle ?? ''}
      data-stage={c.stage}
      data-met={String(pick.met)}
      data-tier={pick.tier}
      data-reason={pick.reason.kind}
    >
      <Avatar contact={c} />
      <div class="pick-main">
        <div class="pick-who">
          <button type="button" class="link name" dir="auto" onClick={() => onOpen(pick)}>
            {who}
          </button>
          {/* Without a name, the button already is the handle (or the id). */}
          {c.name && (
            <span class="muted handle">
              {c.handle ? `@${c.handle}` : t('contactId', { id: c.id ?? c.key })}
            </span>
          )}
          {pick.met ? (
            <span class="chip good">{t('chipMet')}</span>
          ) : (
            <span class="visually-hidden">{t(TIER_LABELS[pick.tier])}</span>
          )}
        </div>
        <PickReason reason={pick.reason} />
      </div>
      <div class="pick-actions">
        <a
          class={`button small${pick.met ? '' : ' primary'}`}
          href={pick.reply.url}
          target="_blank"
          rel="noreferrer"
          data-testid="dt-pick-reply"
          data-to={pick.reply.to}
          aria-label={t(REPLY_LABELS[pick.reply.to], { who })}
          title={t(REPLY_LABELS[pick.reply.to], { who })}
        >
          {t('pickReply')}
        </a>
        {!pick.met && (
          <PickMenu
            label={t('pickMore', { who })}
            disabled={busy}
            items={[
              { id: 'met', label: t('actionMet'), testid: 'dt-pick-met', onSelect: () => onAct(pick, 'met') },
              {
                id: 'snooze',
                label: t('actionSnooze'),
                testid: 'dt-pick-snooze',
                onSelect: () => onAct(pick, 'snooze'),
              },
              {
                id: 'hide',
                label: t('actionHide'),
                testid: 'dt-pick-hide',
                onSelect: () => onAct(pick, 'hide'),
              },
            ]}
          />
        )}
      </div>
    </li>
  );
}
