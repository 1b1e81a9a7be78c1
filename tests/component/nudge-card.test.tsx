import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NudgeCard, pillLabel } from '@/components/coach/NudgeCard';
import { analyze } from '@/lib/coach';
import type { Finding, RuleId, Verdict } from '@/lib/coach/types';
import { setTestLocale } from '../setup/i18n';

const finding = (
  rule: RuleId,
  severity: Finding['severity'],
  suggestion = `instead of ${rule}`,
): Finding => ({
  rule,
  severity,
  message: `${rule} found`,
  suggestion,
});
const PROMO: Verdict = {
  verdict: 'promotional',
  score: 90,
  pitch: false,
  weightedLength: 80,
  findings: [
    finding('link-in-post', 'info'),
    finding('discount', 'warn'),
    finding('hashtag-stuffing', 'info'),
    finding('sales-cta', 'strong'),
    finding('tracking-params', 'warn'),
  ],
};
const PITCH: Verdict = {
  verdict: 'promotional',
  score: 70,
  pitch: true,
  weightedLength: 60,
  findings: [
    finding('sales-cta', 'strong'),
    finding('pitch-to-stranger', 'strong', 'reply to what they said first'),
  ],
};
const noop = () => {};
const base = {
  text: 'Buy my course',
  expanded: true,
  showAll: false,
  onToggle: noop,
  onShowAll: noop,
  onClose: noop,
};
const rules = () => screen.queryAllByTestId('dt-finding').map((li) => li.getAttribute('data-rule'));

afterEach(cleanup);

describe('NudgeCard', () => {
  it('shows the three strongest findings first and "N more" for the rest', () => {
    const onShowAll = vi.fn();
    const { rerender } = render(<NudgeCard {...base} verdict={PROMO} onShowAll={onShowAll} />);
    expect(rules()).toEqual(['sales-cta', 'discount', 'tracking-params']);
    fireEvent.click(screen.getByTestId('dt-more'));
    expect(onShowAll).toHaveBeenCalledOnce();
    expect(screen.getByTestId('dt-more').textContent).toBe('2 more');
    rerender(<NudgeCard {...base} verdict={PROMO} showAll />);
    expect(rules()).toEqual(['sales-cta', 'discount', 'tracking-params', 'link-in-post', 'hashtag-stuffing']);
    expect(screen.queryByTestId('dt-more')).toBeNull();
  });

  it('the pill names the single main reason', () => {
    expect(pillLabel(PROMO)).toBe('Asks people to buy');
    expect(pillLabel(PITCH)).toBe('Pitch to a stranger');
    expect(pillLabel({ ...PROMO, verdict: 'conversational', findings: [] })).toBe('Conversation');
  });

  it('a held chat draft offers "Not now" and "Send anyway", and speaks to a stranger who never wrote', () => {
    const hold = { onPostAnyway: vi.fn(), onNotNow: vi.fn() };
    render(<NudgeCard {...base} verdict={PITCH} audience={{ kind: 'dm', stage: 'stranger' }} hold={hold} />);
    const buttons = screen.getAllByRole('button').map((b) => b.textContent);
    expect(buttons).toContain('Not now');
    expect(buttons).toContain('Send anyway');
    expect(buttons).not.toContain('Edit');
    expect(buttons).not.toContain('Cancel');
    expect(rules()[0]).toBe('pitch-to-stranger');
    expect(screen.getByTestId('dt-stranger').textContent).toMatch(/never written to you/);
    expect(screen.getByRole('heading').textContent).toBe('A pitch to a stranger');
    expect(screen.queryByText('reply to what they said first')).toBeNull();
    fireEvent.click(screen.getByText('Send anyway'));
    expect(hold.onPostAnyway).toHaveBeenCalledOnce();
  });

  it('a cold reply is told to answer what they said first; a friend gets the analyzer’s words', () => {
    const { rerender } = render(
      <NudgeCard {...base} verdict={PITCH} audience={{ kind: 'reply', stage: 'noticed' }} />,
    );
    expect(screen.getByTestId('dt-stranger').textContent).toMatch(/Answer what they said first/);
    rerender(<NudgeCard {...base} verdict={PITCH} audience={{ kind: 'reply', stage: 'friend' }} />);
    expect(screen.queryByTestId('dt-stranger')).toBeNull();
    expect(screen.getByText('reply to what they said first')).toBeTruthy();
  });

  it('Escape on a held card is "Not now"; on an open card it closes', () => {
    const hold = { onPostAnyway: vi.fn(), onNotNow: vi.fn() };
    const onClose = vi.fn();
    const { rerender } = render(<NudgeCard {...base} verdict={PROMO} hold={hold} onClose={onClose} />);
    expect(screen.getByText('Post anyway')).toBeTruthy();
    fireEvent.keyDown(screen.getByTestId('dt-card'), { key: 'Escape' });
    expect(hold.onNotNow).toHaveBeenCalledOnce();
    rerender(<NudgeCard {...base} verdict={PROMO} onClose={onClose} />);
    fireEvent.keyDown(screen.getByTestId('dt-card'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
    expect(hold.onNotNow).toHaveBeenCalledOnce();
  });

  it('shows nothing for an empty composer (the post went out)', () => {
    render(<NudgeCard {...base} verdict={PROMO} text="  " />);
    expect(screen.getByTestId('dt-nudge').getAttribute('data-verdict')).toBe('none');
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('NudgeCard speaks the interface language (issue 16 point 3)', () => {
  afterEach(() => setTestLocale('en', 'en-US'));
  const text = 'Nueva colección disponible 🌸 link en mi bio!!';
  const verdict = analyze({ text, kind: 'post' }, { now: Date.UTC(2026, 0, 15) });

  it('shows the analyzer’s English in an English interface', () => {
    render(<NudgeCard {...base} text={text} verdict={verdict} />);
    const cta = verdict.findings.find((f) => f.rule === 'sales-cta');
    expect(cta).toBeDefined();
    expect(screen.getByText(cta?.message ?? '?', { exact: false })).toBeTruthy();
  });

  it('shows the findings in Japanese, quoting the draft’s own words', () => {
    setTestLocale('ja');
    render(<NudgeCard {...base} text={text} verdict={verdict} />);
    expect(screen.getByText('「link en mi bio」は販売への誘導です。', { exact: false })).toBeTruthy();
  });

  it('shows the findings in Spanish', () => {
    setTestLocale('es');
    render(<NudgeCard {...base} text={text} verdict={verdict} />);
    expect(screen.getByText('«link en mi bio» es una llamada a comprar.', { exact: false })).toBeTruthy();
  });

  it('frames a held card in the interface language: title, pill, count and both choices', () => {
    setTestLocale('ja');
    const hold = { onPostAnyway: vi.fn(), onNotNow: vi.fn() };
    render(<NudgeCard {...base} verdict={PROMO} hold={hold} />);
    expect(screen.getByTestId('dt-pill').textContent).toBe('購入を促している+4');
    expect(screen.getByRole('alertdialog').getAttribute('aria-label')).toBe(
      'この下書きへの Dinner Table のコメント',
    );
    expect(screen.getByText('投稿する前に')).toBeTruthy();
    expect(screen.getByTestId('dt-more').textContent).toBe('ほか 2 件');
    expect(screen.getByTestId('dt-not-now').textContent).toBe('今はやめる');
    expect(screen.getByTestId('dt-post-anyway').textContent).toBe('このまま投稿');
    cleanup();
    setTestLocale('es');
    render(
      <NudgeCard {...base} verdict={PITCH} audience={{ kind: 'reply', stage: 'stranger' }} hold={hold} />,
    );
    expect(screen.getByText('Una venta a un desconocido')).toBeTruthy();
    expect(screen.getByTestId('dt-stranger').textContent).toMatch(/^Aún no te conoce\./);
    expect(screen.getByTestId('dt-post-anyway').textContent).toBe('Publicar igual');
  });
});
