import { useEffect } from 'preact/hooks';
import { tRich } from '@/lib/i18n/rich';
import { type MessageKey, t, tp, uiLocale } from '@/lib/i18n/t';
import type { Handful, HandfulPick } from '@/lib/messages/protocol-popup';
import { Avatar } from './Avatar';
import { displayName, markFirstContent, profileUrl } from './format';

export type PickAction = 'met' | 'snooze' | 'hide';

const TIER_LABELS: Record<HandfulPick['tier'], MessageKey> = {
  engaged: 'tierEngaged',
  mutual: 'tierMutual',
  recent: 'tierRecent',
  follower: 'tierFollower',
};

/** Today: the handful of unmet followers to meet, why each, and what to do. */
export function Today({
  handful,
  handle,
  busy,
  onAct,
  onOpen,
  onImport,
}: {
  handful: Handful;
  handle?: string;
  busy?: string;
  onAct: (pick: HandfulPick, action: PickAction) => void;
  onOpen: (pick: HandfulPick) => void;
  onImport: () => void;
}) {
  useEffect(markFirstContent, []);
  const { picks, met } = handful;

  if (picks.length === 0) {
    return handful.unmet === 0 && !handful.hasFollowers ? (
      <section class="card empty" data-testid="dt-empty-followers">
        <h2>{t('emptyFollowersTitle')}</h2>
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
        <h2>{t('emptyHandfulTitle')}</h2>
        <p class="empty-text">
          {handful.unmet === 0 ? t('emptyHandfulAllMet') : tp('unmetToMeet', handful.unmet)}
        </p>
      </section>
    );
  }

  return (
    <section data-testid="dt-handful" aria-labelledby="today-title" class="today">
      <div class="today-head">
        <h2 id="today-title">{t('todayTitle')}</h2>
        {handful.found !== undefined ? (
          <p class="found" data-testid="dt-found" role="status">
            {tp('foundToMeet', handful.found, { picks: tp('foundPicks', picks.length) })}
          </p>
        ) : (
          <p class="muted small">{t('todayHint')}</p>
        )}
      </div>
      <div class="progress" data-testid="dt-progress" data-met={met} data-size={picks.length}>
        <p role="status" aria-live="polite">
          {tRich('metOfPicks', { b: (text) => <strong>{text}</strong> }, { met, total: picks.length })}
          {met >= picks.length ? t('wellDone') : ''}
        </p>
        <div class="bar" aria-hidden="true">
          <span style={{ width: `${(100 * met) / picks.length}%` }} />
        </div>
      </div>
      <ol class="picks">
        {picks.map((pick) => {
          const c = pick.contact;
          const who = displayName(c);
          return (
            <li
              key={c.key}
              class={`pick${pick.met ? ' met' : ''}`}
              data-testid="dt-contact"
              data-id={c.id ?? ''}
              data-handle={c.handle ?? ''}
              data-stage={c.stage}
              data-met={String(pick.met)}
              data-tier={pick.tier}
            >
              <div class="pick-top">
                <Avatar contact={c} />
                <div class="who">
                  <button type="button" class="link name" dir="auto" onClick={() => onOpen(pick)}>
                    {who}
                  </button>
                  <span class="muted handle">
                    {c.handle ? `@${c.handle}` : t('contactId', { id: c.id ?? c.key })}
                  </span>
                </div>
                {pick.met ? (
                  <span class="chip good">{t('chipMet')}</span>
                ) : (
                  <span class="chip">{t(TIER_LABELS[pick.tier])}</span>
                )}
              </div>
              {c.bio && (
                <p class="bio" dir="auto">
                  {c.bio}
                </p>
              )}
              <p class="reason">
                <span class="visually-hidden">{t('whyThem')}</span>
                {capitalize(pick.reason)}
              </p>
              <div class="actions">
                <a class="button primary" href={profileUrl(c)} target="_blank" rel="noreferrer">
                  {tRich(
                    'openProfile',
                    { hidden: (text) => <span class="visually-hidden">{text}</span> },
                    { who },
                  )}
                </a>
                {!pick.met && (
                  <>
                    <button type="button" disabled={busy === c.key} onClick={() => onAct(pick, 'met')}>
                      {t('actionMet')}
                    </button>
                    <button type="button" disabled={busy === c.key} onClick={() => onAct(pick, 'snooze')}>
                      {t('actionSnooze')}
                    </button>
                    <button
                      type="button"
                      class="quiet"
                      disabled={busy === c.key}
                      onClick={() => onAct(pick, 'hide')}
                    >
                      {t('actionHide')}
                    </button>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <p class="muted small">{tp('unmetInAll', handful.unmet)}</p>
    </section>
  );
}

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase(uiLocale()) + s.slice(1);
