import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeNudges } from '@/components/popup/Balance';
import { DueRows } from '@/components/popup/DueRow';
import { Week, WeekBody, weekSentence } from '@/components/popup/Week';
import type { DueRow } from '@/lib/messages/protocol-due';
import { DueView, WeekView } from '@/lib/messages/protocol-due';
import { computeWeek, weekChange } from '@/lib/relationships/week';
import { checkedReply } from './checked-reply';

const calls: { type: string; input: unknown }[] = [];
let reply: unknown;
vi.mock('@/lib/messages/client', () => ({
  send: vi.fn(async (type: string, input: unknown) => {
    calls.push({ type, input });
    return checkedReply(type, reply);
  }),
}));

afterEach(() => {
  cleanup();
  calls.length = 0;
});

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 30, 15).getTime();
const ago = (days: number) => NOW - days * DAY;

/** A week as the background computes it: two people met, one answered, more talk than last week. */
function aWeek(): WeekView {
  const week = computeWeek(
    [
      { contact: 'ana', kind: 'reply_out', at: ago(1) },
      { contact: 'ben', kind: 'reply_in', at: ago(4) },
      { contact: 'ben', kind: 'reply_out', at: ago(3) },
      { contact: 'cy', kind: 'dm_out', at: ago(2) },
      { contact: 'cy', kind: 'dm_out', at: ago(9) },
    ],
    [
      { kind: 'reply', at: ago(1) },
      { kind: 'reply', at: ago(3) },
      { kind: 'dm', at: ago(2) },
      { kind: 'post', at: ago(2) },
      { kind: 'reply', at: ago(9) },
      { kind: 'post', at: ago(10) },
    ],
    new Set(['ben']),
    NOW,
  );
  // What crosses the message boundary is validated like the real reply.
  return WeekView.parse({ ...week, change: weekChange(week) });
}

describe('the week in Balance', () => {
  it('shows each number against last week, and one sentence for what changed', () => {
    render(<WeekBody week={aWeek()} />);
    const tile = (id: string) => screen.getByTestId(`dt-week-${id}`);
    expect(tile('met').textContent).toMatch(/^1\s*people met\s*last week: 1$/);
    expect(tile('kept').textContent).toMatch(/^2\s*conversations kept going\s*last week: 0$/);
    expect(tile('answered').textContent).toMatch(/^1\s*replies answered\s*last week: 0$/);
    expect(tile('talk').textContent).toMatch(/^3 : 1\s*conversations : broadcasts\s*last week: 1 : 1$/);
    expect(screen.getByTestId('dt-week-sentence').textContent).toBe(
      'More talking with people: 3 replies and messages, up from 1 last week.',
    );
  });

  it('words every kind of change, in the plural the count needs', () => {
    expect(weekSentence({ kind: 'quiet' })).toMatch(/^Nothing yet these two weeks/);
    expect(weekSentence({ kind: 'first-week', met: 1, answered: 0 })).toBe(
      'Your first week on record: you met 1 new person.',
    );
    expect(weekSentence({ kind: 'first-week', met: 0, answered: 2 })).toMatch(/next week shows what changed/);
    expect(weekSentence({ kind: 'more-broadcast', broadcasts: 5, conversations: 1 })).toBe(
      'More broadcasting than talking: 5 posts against 1 replies and messages.',
    );
    expect(weekSentence({ kind: 'met-more', met: 4, lastMet: 1 })).toBe(
      'You met more people: 4, up from 1 last week.',
    );
    expect(weekSentence({ kind: 'answered', answered: 1 })).toBe('You answered 1 reply you owed.');
    expect(weekSentence({ kind: 'kept-going', keptGoing: 2 })).toBe('You kept 2 conversations going.');
    expect(weekSentence({ kind: 'slower', lastTotal: 3 })).toMatch(/^A quieter week than the last/);
  });

  it('asks the background for the account shown, and says so when it cannot read', async () => {
    reply = aWeek();
    render(<Week account="1000000001" />);
    expect(await screen.findByTestId('dt-week')).toBeTruthy();
    expect(calls).toEqual([{ type: 'week.get', input: { account: '1000000001' } }]);
  });
});

describe('Balance words', () => {
  it('says what happened to nudges', () => {
    expect(describeNudges({ flagged: 10, revised: 4, postedAnyway: 5, cancelled: 1, edited: 0 })).toBe(
      'You revised 4 of 10 flagged drafts, posted 5 anyway, and dropped 1.',
    );
    expect(describeNudges({ flagged: 1, revised: 1, postedAnyway: 0, cancelled: 0, edited: 0 })).toBe(
      'You revised 1 of 1 flagged draft.',
    );
    expect(describeNudges({ flagged: 0, revised: 0, postedAnyway: 0, cancelled: 0, edited: 0 })).toMatch(
      /flagged none/,
    );
  });
});

describe('due rows say why in the interface language', () => {
  const NO_MORE = { replyBacks: 1, goingCold: 0, missed: 0 };
  const row = (why: DueRow['why'], reason: DueRow['reason'] = 'reply-back'): DueRow => ({
    contact: {
      key: '7',
      id: '7',
      handle: 'mira',
      name: 'Mira',
      stage: 'conversing',
      counts: {},
      engagedMe: 0,
    },
    reason,
    why,
    dueAt: ago(3),
    open: 'https://x.com/mira',
  });
  const reasonText = (r: DueRow) => {
    const view = DueView.parse({ account: '1', due: [r], missed: [], reachedOut: 0, counts: NO_MORE });
    render(<DueRows rows={view.due} testid="dt-due-list" onAct={() => {}} onOpen={() => {}} />);
    const text = document.querySelector('.reason')?.textContent;
    cleanup();
    return text;
  };

  it('from the structured reason the background sends', () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    try {
      expect(reasonText(row({ kind: 'replied', at: ago(3), about: 'Postgres SKIP LOCKED' }))).toBe(
        'Replied to you 3 days ago, about “Postgres SKIP LOCKED”',
      );
      expect(reasonText(row({ kind: 'wrote', at: ago(1) }))).toBe('Wrote to you yesterday');
      expect(reasonText(row({ kind: 'last-talked', at: ago(24), about: 'the pilot' }, 'going-cold'))).toBe(
        'Last talked 24 days ago, about “the pilot”',
      );
      expect(reasonText(row({ kind: 'last-talked' }, 'going-cold'))).toBe('Last talked a while ago');
    } finally {
      vi.useRealTimers();
    }
  });

  it('names a person once: the handle line only under a name', () => {
    const named = row({ kind: 'wrote', at: ago(1) });
    const unnamed = { ...named, contact: { ...named.contact, name: undefined } };
    const view = DueView.parse({
      account: '1',
      due: [named, unnamed],
      missed: [],
      reachedOut: 0,
      counts: NO_MORE,
    });
    render(<DueRows rows={view.due} testid="dt-due-list" onAct={() => {}} onOpen={() => {}} />);
    const [first, second] = [...document.querySelectorAll('[data-testid="dt-due"] .who')].map(
      (e) => e.textContent,
    );
    expect(first).toBe('Mira@mira');
    expect(second).toBe('@mira');
  });

  it('refuses a reason that is not data (an English sentence from an older background)', () => {
    expect(() =>
      DueView.parse({
        account: '1',
        due: [row('replied to you' as never)],
        missed: [],
        reachedOut: 0,
        counts: NO_MORE,
      }),
    ).toThrow();
  });
});
