import { useAsync } from '@/components/common/useAsync';
import { t, tp } from '@/lib/i18n/t';
import { send } from '@/lib/messages/client';
import type { WeekView } from '@/lib/messages/protocol-due';

/** The week in Balance (issue 13.4): what you did for your relationships, against the week before. */
export function Week({ account }: { account: string }) {
  const [state] = useAsync(() => send('week.get', { account }), account);
  if (state.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (state.status === 'error')
    return (
      <p class="notice bad" role="alert">
        {t('weekCouldNotRead', { error: state.message })}
      </p>
    );
  return <WeekBody week={state.value} />;
}

/** Which way a number went, for the eye; the words next to it say the same for everyone. */
const trend = (now: number, then: number) => (now > then ? 'up' : now < then ? 'down' : 'same');

export function WeekBody({ week }: { week: WeekView }) {
  const a = week.thisWeek;
  const b = week.lastWeek;
  const tiles = [
    { id: 'met', value: a.met, last: b.met, label: t('weekMet') },
    { id: 'kept', value: a.keptGoing, last: b.keptGoing, label: t('weekKeptGoing') },
    { id: 'answered', value: a.answered, last: b.answered, label: t('weekAnswered') },
  ];
  return (
    <section class="week" data-testid="dt-week" aria-labelledby="week-title">
      <div class="balance-head">
        <h2 id="week-title">{t('weekTitle')}</h2>
        <span class="muted small">{t('weekAgainst')}</span>
      </div>
      <p class="week-sentence" data-testid="dt-week-sentence">
        {weekSentence(week.change)}
      </p>
      <ul class="week-rows">
        {tiles.map((x) => (
          <li key={x.id} data-testid={`dt-week-${x.id}`} data-value={x.value} data-last={x.last}>
            <span class="week-value">
              {x.value}
              <span class={`trend ${trend(x.value, x.last)}`} aria-hidden="true" />
            </span>
            <span>{x.label}</span>
            <span class="muted small">{t('weekLastWeek', { count: x.last })}</span>
          </li>
        ))}
        <li
          data-testid="dt-week-talk"
          data-value={`${a.conversations}:${a.broadcasts}`}
          data-last={`${b.conversations}:${b.broadcasts}`}
        >
          <span class="week-value">
            {a.conversations}
            <span class="muted"> : {a.broadcasts}</span>
          </span>
          <span>{t('weekTalkAgainstBroadcast')}</span>
          <span class="muted small">
            {t('weekLastWeekRatio', { conversations: b.conversations, broadcasts: b.broadcasts })}
          </span>
        </li>
      </ul>
    </section>
  );
}

/** The one sentence that says what changed (lib/relationships/week.ts picks which change). */
export function weekSentence(change: WeekView['change']): string {
  switch (change.kind) {
    case 'quiet':
      return t('weekQuiet');
    case 'first-week':
      return change.met > 0 ? tp('weekFirstMet', change.met) : t('weekFirst');
    case 'more-talk':
      return tp('weekMoreTalk', change.conversations, { last: change.lastConversations });
    case 'more-broadcast':
      return tp('weekMoreBroadcast', change.broadcasts, { conversations: change.conversations });
    case 'met-more':
      return tp('weekMetMore', change.met, { last: change.lastMet });
    case 'answered':
      return tp('weekAnsweredMore', change.answered);
    case 'kept-going':
      return tp('weekKeptGoingMore', change.keptGoing);
    case 'slower':
      return t('weekSlower');
  }
}
