import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_DUE_ROWS, KeepTalking } from '@/components/popup/KeepTalking';
import { DueView } from '@/lib/messages/protocol-due';

vi.mock('@/lib/messages/client', () => ({ send: vi.fn(async () => ({})) }));

afterEach(cleanup);

const NOW = new Date(2026, 10, 30, 15).getTime();

/** `sent` reply-backs (then `cold` going cold) as the background sends them, out of `total` due. */
function dueView(sent: number, total = sent, cold = 0): DueView {
  const due = Array.from({ length: sent + cold }, (_, i) => ({
    contact: {
      key: `${i + 1}`,
      id: `${i + 1}`,
      handle: `p${i + 1}`,
      stage: 'talked',
      counts: {},
      engagedMe: 1,
    },
    reason: i < sent ? 'reply-back' : 'going-cold',
    why: i < sent ? { kind: 'replied', at: NOW - (i + 1) * 3_600_000 } : { kind: 'last-talked' },
    dueAt: NOW - (i + 1) * 3_600_000,
    open: `https://x.com/p${i + 1}`,
  }));
  return DueView.parse({
    account: '1',
    due,
    missed: [],
    reachedOut: 0,
    counts: { replyBacks: total, goingCold: cold, missed: 0 },
  });
}

const handles = () =>
  [...document.querySelectorAll('[data-testid="dt-due"]')].map((e) => e.getAttribute('data-handle'));

function show(view: DueView) {
  render(<KeepTalking view={view} act={async (a) => a} reload={() => {}} onOpen={() => {}} />);
}

describe('Keep talking keeps the handful within reach', () => {
  it(`shows the first ${FIRST_DUE_ROWS} rows, then the rest on "Show N more", with focus on the first shown`, async () => {
    show(dueView(12, 25));
    expect(handles()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    // Not yet "and 13 more": the rows sent but folded come first.
    expect(screen.queryByTestId('dt-due-more')).toBeNull();
    const more = screen.getByTestId('dt-due-show-more');
    expect(more.textContent).toBe('Show 7 more');
    fireEvent.click(more);
    await waitFor(() => expect(handles()).toHaveLength(12));
    expect(handles()[11]).toBe('p12');
    expect(screen.queryByTestId('dt-due-show-more')).toBeNull();
    expect(screen.getByTestId('dt-due-more').textContent).toBe('and 13 more');
    await waitFor(() =>
      expect(document.activeElement?.closest('[data-testid="dt-due"]')?.getAttribute('data-handle')).toBe(
        'p6',
      ),
    );
  });

  it('shows a short list whole, with no button', () => {
    show(dueView(FIRST_DUE_ROWS));
    expect(handles()).toHaveLength(FIRST_DUE_ROWS);
    expect(screen.queryByTestId('dt-due-show-more')).toBeNull();
    expect(screen.queryByTestId('dt-due-more')).toBeNull();
  });

  it('keeps room for conversations going cold under a morning of replies owed, in the list order', async () => {
    show(dueView(8, 8, 3));
    expect(handles()).toEqual(['p1', 'p2', 'p3', 'p9', 'p10']);
    fireEvent.click(screen.getByTestId('dt-due-show-more'));
    await waitFor(() => expect(handles()).toHaveLength(11));
    expect(handles()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10', 'p11']);
    // The first row the button showed.
    await waitFor(() =>
      expect(document.activeElement?.closest('[data-testid="dt-due"]')?.getAttribute('data-handle')).toBe(
        'p4',
      ),
    );
  });
});
