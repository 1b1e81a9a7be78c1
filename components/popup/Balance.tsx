import { useState } from 'preact/hooks';
import { useAsync } from '@/components/common/useAsync';
import { send } from '@/lib/messages/client';
import type { BalanceView } from '@/lib/messages/protocol-popup';
import { describeNudges } from '@/lib/relationships/balance';
import { BalanceChart } from './BalanceChart';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Balance: the last 7 or 30 days at a glance. */
export function Balance({ account }: { account: string }) {
  const [state] = useAsync(() => send('balance.get', { account }), account);
  const [days, setDays] = useState(7);

  if (state.status === 'loading') return <p class="muted">Loading…</p>;
  if (state.status === 'error')
    return (
      <p class="notice bad" role="alert">
        Could not read your balance: {state.message}
      </p>
    );
  return <BalanceBody balance={state.value} days={days} setDays={setDays} />;
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
  return (
    <section class="balance" data-testid="dt-balance" data-days={w.days} aria-labelledby="balance-title">
      <div class="balance-head">
        <h2 id="balance-title">Your balance</h2>
        <fieldset class="segmented">
          <legend class="visually-hidden">Period</legend>
          {balance.windows.map((x) => (
            <button
              key={x.days}
              type="button"
              aria-pressed={x.days === w.days}
              onClick={() => setDays(x.days)}
            >
              {x.days} days
            </button>
          ))}
        </fieldset>
      </div>

      {w.posts === 0 ? (
        <div class="card empty-text" data-testid="dt-balance-empty">
          <p>
            No posts in the last {w.days} days. When you post or reply on X with Dinner Table on, your balance
            shows here:
          </p>
          <ul class="teach">
            <li>
              <strong>Replies : posts</strong>: talking with people against talking at everyone. More replies
              is the goal.
            </li>
            <li>
              <strong>Promotional</strong>: the share of posts that sell, kept under your goal of{' '}
              {pct(balance.goal)}.
            </li>
          </ul>
          <p>A reply to someone from Today is a good first entry.</p>
        </div>
      ) : (
        <>
          <div class="tiles">
            <div class="tile" data-testid="dt-balance-talk">
              <span class="big">
                {w.replies}
                <span class="muted"> : {w.broadcasts}</span>
              </span>
              <span class="muted small">replies : posts</span>
              <div class="split" aria-hidden="true">
                <span class="talk" style={{ width: `${talk ? (100 * w.replies) / talk : 0}%` }} />
              </div>
            </div>
            <div class={`tile${w.overGoal ? ' over' : ''}`} data-testid="dt-balance-promo">
              <span class="big">{pct(w.promoShare ?? 0)}</span>
              <span class="muted small">promotional · goal ≤ {pct(balance.goal)}</span>
              <div class="split" aria-hidden="true">
                <span class="promo" style={{ width: `${Math.min(100, 100 * (w.promoShare ?? 0))}%` }} />
                <i class="goal" style={{ left: `${100 * balance.goal}%` }} />
              </div>
            </div>
          </div>
          <p class="verdicts" data-testid="dt-balance-verdicts">
            <span class="dot conversational" aria-hidden="true" /> {w.verdicts.conversational} conversational{' '}
            <span class="dot broadcast" aria-hidden="true" /> {w.verdicts.broadcast} broadcast{' '}
            <span class="dot promotional" aria-hidden="true" /> {w.verdicts.promotional} promotional
          </p>
          <p class={`notice ${w.overGoal ? 'warn' : 'good'}`} data-testid="dt-balance-goal">
            {w.overGoal
              ? `${pct(w.promoShare ?? 0)} of your posts were promotional, above your ${pct(balance.goal)} goal. Try a few replies before the next link.`
              : `Within your goal: ${pct(w.promoShare ?? 0)} promotional (goal ≤ ${pct(balance.goal)}).`}
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
