import { useState } from 'preact/hooks';
import { useAsync } from '@/components/common/useAsync';
import { formatList } from '@/lib/i18n/format';
import { tRich } from '@/lib/i18n/rich';
import { t, tp, uiLocale } from '@/lib/i18n/t';
import { send } from '@/lib/messages/client';
import type { BalanceView } from '@/lib/messages/protocol-popup';
import { BalanceChart } from './BalanceChart';
import { Week } from './Week';

type Window = BalanceView['windows'][number];

/** "25%" / "25 %" in the interface's language. */
const pct = (x: number) => new Intl.NumberFormat(uiLocale(), { style: 'percent' }).format(x);
const strong = (s: string) => <strong>{s}</strong>;

/** Balance: the week for your relationships, then your posts over the last 7 or 30 days at a glance. */
export function Balance({ account }: { account: string }) {
  const [state] = useAsync(() => send('balance.get', { account }), account);
  const [days, setDays] = useState(7);

  return (
    <>
      <Week account={account} />
      {state.status === 'loading' ? (
        <p class="muted">{t('loading')}</p>
      ) : state.status === 'error' ? (
        <p class="notice bad" role="alert">
          {t('balanceCouldNotRead', { error: state.message })}
        </p>
      ) : (
        <BalanceBody balance={state.value} days={days} setDays={setDays} />
      )}
    </>
  );
}

/** What happened to the drafts the coach flagged: "You revised 4 of 10 flagged drafts, posted 3 anyway." */
export function describeNudges(n: Window['nudges']): string {
  if (n.flagged === 0) return t('balanceNudgesNone');
  const parts = [tp('balanceNudgesRevised', n.flagged, { revised: n.revised })];
  if (n.postedAnyway) parts.push(tp('balanceNudgesPostedAnyway', n.postedAnyway));
  if (n.cancelled) parts.push(tp('balanceNudgesDropped', n.cancelled));
  return t('balanceNudges', { list: formatList(parts) });
}

export function BalanceBody({
  balance,
  days,
  setDays,
}: {
  balance: BalanceView;
  days: number;
  setDays: (d: number) => void;
}) {
  const w = balance.windows.find((x) => x.days === days) ?? balance.windows[0];
  if (!w) return null;
  const talk = w.replies + w.broadcasts;
  const share = pct(w.promoShare ?? 0);
  const goal = pct(balance.goal);
  return (
    <section class="balance" data-testid="dt-balance" data-days={w.days} aria-labelledby="balance-title">
      <div class="balance-head">
        <h2 id="balance-title">{t('balanceTitle')}</h2>
        <fieldset class="segmented">
          <legend class="visually-hidden">{t('balancePeriod')}</legend>
          {balance.windows.map((x) => (
            <button
              key={x.days}
              type="button"
              aria-pressed={x.days === w.days}
              onClick={() => setDays(x.days)}
            >
              {tp('balanceDays', x.days)}
            </button>
          ))}
        </fieldset>
      </div>

      {w.posts === 0 ? (
        <div class="card empty-text" data-testid="dt-balance-empty">
          <p>{tp('balanceEmpty', w.days)}</p>
          <ul class="teach">
            <li>{tRich('balanceTeachTalk', { b: strong })}</li>
            <li>{tRich('balanceTeachPromo', { b: strong }, { goal })}</li>
          </ul>
          <p>{t('balanceTeachStart')}</p>
        </div>
      ) : (
        <>
          <div class="tiles">
            <div class="tile" data-testid="dt-balance-talk">
              <span class="big">
                {w.replies}
                <span class="muted"> : {w.broadcasts}</span>
              </span>
              <span class="muted small">{t('balanceRepliesPosts')}</span>
              <div class="split" aria-hidden="true">
                <span class="talk" style={{ width: `${talk ? (100 * w.replies) / talk : 0}%` }} />
              </div>
            </div>
            <div class={`tile${w.overGoal ? ' over' : ''}`} data-testid="dt-balance-promo">
              <span class="big">{share}</span>
              <span class="muted small">{t('balancePromoGoal', { goal })}</span>
              <div class="split" aria-hidden="true">
                <span class="promo" style={{ width: `${Math.min(100, 100 * (w.promoShare ?? 0))}%` }} />
                <i class="goal" style={{ left: `${100 * balance.goal}%` }} />
              </div>
            </div>
          </div>
          <p class="verdicts" data-testid="dt-balance-verdicts">
            <span class="dot conversational" aria-hidden="true" />{' '}
            {t('balanceVerdictConversational', { count: w.verdicts.conversational })}{' '}
            <span class="dot broadcast" aria-hidden="true" />{' '}
            {t('balanceVerdictBroadcast', { count: w.verdicts.broadcast })}{' '}
            <span class="dot promotional" aria-hidden="true" />{' '}
            {t('balanceVerdictPromotional', { count: w.verdicts.promotional })}
          </p>
          <p class={`notice ${w.overGoal ? 'warn' : 'good'}`} data-testid="dt-balance-goal">
            {w.overGoal ? t('balanceOverGoal', { share, goal }) : t('balanceWithinGoal', { share, goal })}
          </p>
        </>
      )}
      {(w.posts > 0 || w.nudges.flagged > 0) && (
        <p data-testid="dt-balance-nudges">{describeNudges(w.nudges)}</p>
      )}
      {/* Empty axes teach nothing: the chart waits for a first post in the last 30 days. */}
      {balance.windows.some((x) => x.posts > 0) && <BalanceChart series={balance.series} days={w.days} />}
    </section>
  );
}
