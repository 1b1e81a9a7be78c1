import { useEffect } from 'preact/hooks';
import type { Handful, HandfulPick } from '@/lib/messages/protocol-popup';
import { Avatar } from './Avatar';
import { displayName, markFirstContent, number, profileUrl } from './format';

export type PickAction = 'met' | 'snooze' | 'hide';

const TIER_LABELS: Record<HandfulPick['tier'], string> = {
  engaged: 'Engaged with you',
  mutual: 'You follow each other',
  recent: 'New follower',
  follower: 'Follower',
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
        <h2>Who follows you?</h2>
        <p class="empty-text">
          Dinner Table learns your followers as you see them. Open{' '}
          <a
            href={`https://x.com/${handle ?? 'home'}${handle ? '/followers' : ''}`}
            target="_blank"
            rel="noreferrer"
          >
            your followers page on X
          </a>{' '}
          and scroll a little, or import your X archive to bring them all at once.
        </p>
        <p>
          <button type="button" onClick={onImport}>
            Import your X archive
          </button>
        </p>
      </section>
    ) : (
      <section class="card empty" data-testid="dt-empty-handful">
        <h2>No one left to meet today</h2>
        <p class="empty-text">
          {handful.unmet === 0
            ? 'Every follower Dinner Table knows is met, snoozed or set aside. Open your followers page on X to find more.'
            : `${number(handful.unmet)} unmet ${handful.unmet === 1 ? 'follower' : 'followers'} to meet: see the Unmet tab.`}
        </p>
      </section>
    );
  }

  return (
    <section data-testid="dt-handful" aria-labelledby="today-title" class="today">
      <div class="today-head">
        <h2 id="today-title">Meet someone today</h2>
        {handful.found !== undefined ? (
          <p class="found" data-testid="dt-found" role="status">
            Found {number(handful.found)} {handful.found === 1 ? 'follower' : 'followers'} to meet: here{' '}
            {picks.length === 1 ? 'is 1' : `are ${picks.length}`} for today.
          </p>
        ) : (
          <p class="muted small">Read their profile, then reply to something they wrote.</p>
        )}
      </div>
      <div class="progress" data-testid="dt-progress" data-met={met} data-size={picks.length}>
        <p role="status" aria-live="polite">
          <strong>
            {met} of {picks.length}
          </strong>{' '}
          met today{met >= picks.length ? ' · well done' : ''}
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
                  <button type="button" class="link name" onClick={() => onOpen(pick)}>
                    {who}
                  </button>
                  <span class="muted handle">{c.handle ? `@${c.handle}` : `id ${c.id ?? c.key}`}</span>
                </div>
                {pick.met ? (
                  <span class="chip good">Met</span>
                ) : (
                  <span class="chip">{TIER_LABELS[pick.tier]}</span>
                )}
              </div>
              {c.bio && <p class="bio">{c.bio}</p>}
              <p class="reason">
                <span class="visually-hidden">Why them: </span>
                {capitalize(pick.reason)}
              </p>
              <div class="actions">
                <a class="button primary" href={profileUrl(c)} target="_blank" rel="noreferrer">
                  Open profile<span class="visually-hidden"> of {who} on X (new tab)</span>
                </a>
                {!pick.met && (
                  <>
                    <button type="button" disabled={busy === c.key} onClick={() => onAct(pick, 'met')}>
                      Met in person
                    </button>
                    <button type="button" disabled={busy === c.key} onClick={() => onAct(pick, 'snooze')}>
                      Snooze a week
                    </button>
                    <button
                      type="button"
                      class="quiet"
                      disabled={busy === c.key}
                      onClick={() => onAct(pick, 'hide')}
                    >
                      Not for me
                    </button>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <p class="muted small">
        {number(handful.unmet)} unmet {handful.unmet === 1 ? 'follower' : 'followers'} in all. A pick counts
        as met once you reply to, mention or message them.
      </p>
    </section>
  );
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
