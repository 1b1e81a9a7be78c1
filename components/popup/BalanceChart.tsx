import { t } from '@/lib/i18n/t';
import type { BalanceView } from '@/lib/messages/protocol-popup';

type Series = BalanceView['series'];

const W = 340;
const H = 100;
const LAYERS = ['conversational', 'broadcast', 'promotional'] as const;

/**
 * Posts per day as stacked bars, in plain SVG: a few rects per day need no charting library (uPlot
 * was 50 kB for this). The numbers are also in the text around it: the chart is a glance, not the
 * only source. Colours come from CSS (`.bar-conversational` …), so dark mode follows the page.
 */
export function BalanceChart({ series, days }: { series: Series; days: number }) {
  const from = Math.max(0, series.x.length - days);
  const dates = series.dates.slice(from);
  const totals = dates.map((_, i) => LAYERS.reduce((n, l) => n + (series[l][from + i] ?? 0), 0));
  const max = Math.max(2, ...totals);
  const slot = W / Math.max(1, dates.length);
  const bar = Math.min(18, slot * 0.7);
  return (
    <figure class="chart" data-testid="dt-balance-chart">
      <svg
        class="chart-box"
        viewBox={`0 0 ${W} ${H + 14}`}
        role="img"
        aria-label={t('balanceChartLabel', { days, most: Math.max(0, ...totals) })}
      >
        <line x1="0" x2={W} y1={H} y2={H} class="axis" />
        {dates.map((date, i) => {
          let y = H;
          const x = i * slot + (slot - bar) / 2;
          return (
            <g key={date}>
              {LAYERS.map((layer) => {
                const v = series[layer][from + i] ?? 0;
                if (!v) return null;
                const h = (v / max) * (H - 4);
                y -= h;
                return <rect key={layer} class={`bar-${layer}`} x={x} y={y} width={bar} height={h} />;
              })}
            </g>
          );
        })}
        <text x="0" y={H + 12} class="tick">
          {dates[0]?.slice(5)}
        </text>
        <text x={W} y={H + 12} class="tick" text-anchor="end">
          {dates.at(-1)?.slice(5)}
        </text>
      </svg>
      <figcaption class="muted small legend">
        <span class="dot conversational" aria-hidden="true" /> {t('balanceLegendConversational')}{' '}
        <span class="dot broadcast" aria-hidden="true" /> {t('balanceLegendBroadcast')}{' '}
        <span class="dot promotional" aria-hidden="true" /> {t('balanceLegendPromotional')}
      </figcaption>
    </figure>
  );
}
