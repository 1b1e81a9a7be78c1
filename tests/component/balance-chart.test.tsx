import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BalanceChart } from '@/components/popup/BalanceChart';

afterEach(cleanup);

const series = {
  dates: ['2026-11-27', '2026-11-28', '2026-11-29'],
  x: [1, 2, 3],
  conversational: [2, 0, 1],
  broadcast: [1, 0, 0],
  promotional: [1, 0, 3],
};

describe('BalanceChart (SVG, no charting library)', () => {
  it('stacks one bar per verdict and day, heights in proportion, nothing for empty days', () => {
    const { container } = render(<BalanceChart series={series} days={7} />);
    const rects = [...container.querySelectorAll('rect')];
    expect(rects.map((r) => r.getAttribute('class'))).toEqual([
      'bar-conversational',
      'bar-broadcast',
      'bar-promotional',
      'bar-conversational',
      'bar-promotional',
    ]);
    const h = (i: number) => Number(rects[i]?.getAttribute('height'));
    // Day 1: 2 conversational is twice 1 broadcast; day 3: 3 promotional is three times 1 conversational.
    expect(h(0)).toBeCloseTo(2 * h(1));
    expect(h(4)).toBeCloseTo(3 * h(3));
    expect(container.querySelector('svg')?.getAttribute('aria-label')).toMatch(/most in a day: 4/);
  });

  it('shows only the last `days` days', () => {
    const { container } = render(<BalanceChart series={series} days={1} />);
    expect(container.querySelectorAll('rect')).toHaveLength(2);
  });
});
