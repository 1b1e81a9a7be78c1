import { useEffect, useRef, useState } from 'preact/hooks';
import type { BalanceView } from '@/lib/messages/protocol-popup';

type Series = BalanceView['series'];

const COLORS = { conversational: '#2e9e5b', broadcast: '#8a94a0', promotional: '#d9822b' };

/**
 * Posts per day as stacked bars (uPlot, loaded on demand so the popup's first paint never waits
 * for it). The numbers are also in the text around it: the chart is a glance, not the only source.
 */
export function BalanceChart({ series, days }: { series: Series; days: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let plot: { destroy(): void } | undefined;
    let alive = true;
    const n = series.x.length;
    const from = Math.max(0, n - days);
    const x = series.x.slice(from);
    const c = series.conversational.slice(from);
    const b = series.broadcast.slice(from).map((v, i) => v + (c[i] ?? 0));
    const p = series.promotional.slice(from).map((v, i) => v + (b[i] ?? 0));
    Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')])
      .then(([{ default: uPlot }]) => {
        if (!alive || !box.current) return;
        const dark = matchMedia?.('(prefers-color-scheme: dark)').matches;
        const axis = { stroke: dark ? '#9aa4ad' : '#536471', grid: { show: false }, ticks: { show: false } };
        const bars = uPlot.paths.bars?.({ size: [0.7, 18] });
        const s = (label: string, fill: string) => ({
          label,
          fill,
          stroke: fill,
          width: 0,
          paths: bars,
          points: { show: false },
        });
        plot = new uPlot(
          {
            width: box.current.clientWidth || 340,
            height: 110,
            legend: { show: false },
            cursor: { show: false },
            scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(2, max)] } },
            axes: [
              { ...axis, space: 60, size: 22 },
              { ...axis, size: 26, space: 20, incrs: [1, 2, 5, 10, 20, 50] },
            ],
            series: [
              {},
              s('Promotional', COLORS.promotional),
              s('Broadcast', COLORS.broadcast),
              s('Conversational', COLORS.conversational),
            ],
          },
          [x, p, b, c],
          box.current,
        );
      })
      .catch(() => alive && setFailed(true));
    return () => {
      alive = false;
      plot?.destroy();
    };
  }, [series, days]);

  const total = series.conversational.length;
  return (
    <figure class="chart" data-testid="dt-balance-chart">
      <div
        ref={box}
        class="chart-box"
        role="img"
        aria-label={`Posts per day over the last ${days} days, by verdict`}
      />
      {failed && <p class="muted small">The chart could not be drawn; the numbers above are complete.</p>}
      <figcaption class="muted small legend">
        <span class="dot conversational" aria-hidden="true" /> conversational{' '}
        <span class="dot broadcast" aria-hidden="true" /> broadcast{' '}
        <span class="dot promotional" aria-hidden="true" /> promotional · per day{total ? '' : ''}
      </figcaption>
    </figure>
  );
}
