import { describe, expect, it } from 'vitest';
import type { InteractionKind } from '@/lib/messages/schemas';
import {
  badgeCountOf,
  capDue,
  type DueFields,
  dueAtOf,
  dueList,
  firstDueRows,
} from '@/lib/relationships/due';
import { stageOfSummary, summarize } from '@/lib/relationships/summary';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30, 12);
const ago = (days: number) => NOW - days * DAY;

/** A contact row as the database keeps it: summary and stage from its history. */
function person(
  handle: string,
  history: [InteractionKind, number, string?][],
  extra: Partial<DueFields> = {},
): DueFields & { handle: string } {
  const summary = summarize(history.map(([kind, at, text]) => ({ kind, at, ...(text && { text }) })));
  return { handle, summary, stage: stageOfSummary(summary), ...extra };
}

const handles = (items: { row: { handle: string } }[]) => items.map((i) => i.row.handle);

describe('reply-backs', () => {
  it('lists someone who replied and was not answered, oldest first, with why in words', () => {
    const rows = [
      person('newer', [['reply_in', ago(1), 'nice thread on Postgres']]),
      person('older', [['mention_in', ago(3), '@me what do you think?']]),
    ];
    const { due } = dueList(rows, NOW);
    expect(handles(due)).toEqual(['older', 'newer']);
    expect(due.map((d) => d.reason)).toEqual(['reply-back', 'reply-back']);
    expect(due[0]?.why).toEqual({ kind: 'mentioned', at: ago(3) });
    expect(due[1]?.why).toEqual({ kind: 'replied', at: ago(1) });
  });

  it('clears once you answer them anywhere, and comes back when they write again', () => {
    const answered = person('ana', [
      ['reply_in', ago(5)],
      ['dm_out', ago(4)],
    ]);
    expect(dueList([answered], NOW).due).toEqual([]);
    const again = person('ana', [
      ['reply_in', ago(5)],
      ['dm_out', ago(4)],
      ['quote_in', ago(2)],
    ]);
    expect(dueList([again], NOW).due[0]?.why).toEqual({ kind: 'quoted', at: ago(2) });
  });

  it('owes the oldest unanswered message even when it arrives out of order', () => {
    const row = person('bo', [
      ['reply_in', ago(2)],
      ['reply_in', ago(6)],
    ]);
    expect(dueAtOf(row)).toEqual({ at: ago(6), reason: 'reply-back' });
  });

  it('moves reply-backs older than the window to the quieter missed list', () => {
    const rows = [person('late', [['reply_in', ago(20)]]), person('fresh', [['reply_in', ago(2)]])];
    const { due, missed } = dueList(rows, NOW);
    expect(handles(due)).toEqual(['fresh']);
    expect(handles(missed)).toEqual(['late']);
    expect(handles(dueList(rows, NOW, { windowDays: 30 }).due)).toEqual(['late', 'fresh']);
  });

  it('is not due after done, snooze (until it ends) or stop', () => {
    const base: [InteractionKind, number][] = [['reply_in', ago(3)]];
    expect(dueList([person('d', base, { dueDoneAt: ago(1) })], NOW).due).toEqual([]);
    const snoozed = person('s', base, { dueSnoozedUntil: NOW + 4 * DAY });
    expect(dueList([snoozed], NOW).due).toEqual([]);
    expect(handles(dueList([snoozed], NOW + 5 * DAY).due)).toEqual(['s']);
    expect(dueList([person('x', base, { dueStopped: true })], NOW).due).toEqual([]);
  });

  it('done clears only what was said before it', () => {
    const before = person('e', [['reply_in', ago(3)]], { dueDoneAt: ago(2) });
    expect(dueList([before], NOW).due).toEqual([]);
    const after = person(
      'e',
      [
        ['reply_in', ago(3)],
        ['dm_in', ago(1)],
      ],
      { dueDoneAt: ago(2) },
    );
    expect(dueList([after], NOW).due.map((d) => d.why)).toEqual([{ kind: 'wrote', at: ago(1) }]);
  });
});

describe('going cold', () => {
  const conversing = (days: number, extra: Partial<DueFields> = {}) =>
    person(
      'cara',
      [
        ['reply_in', ago(days + 1), 'the pilot ships next week'],
        ['reply_out', ago(days), 'How is the pilot going?'],
      ],
      extra,
    );

  it('a conversing contact silent past 3 weeks is due, one within 3 weeks is not', () => {
    expect(conversing(10).stage).toBe('conversing');
    expect(dueList([conversing(20)], NOW).due).toEqual([]);
    const { due } = dueList([conversing(24)], NOW);
    expect(due.map((d) => [d.reason, d.why])).toEqual([
      ['going-cold', { kind: 'last-talked', at: ago(24), about: 'How is the pilot going?' }],
    ]);
  });

  it('a friend waits 6 weeks; talked and noticed never go cold by default', () => {
    const friend = person('fio', [
      ['reply_out', ago(60)],
      ['reply_in', ago(50)],
      ['dm_out', ago(40)],
    ]);
    expect(friend.stage).toBe('friend');
    expect(dueList([friend], NOW).due).toEqual([]);
    expect(handles(dueList([friend], NOW + 3 * DAY).due)).toEqual(['fio']);
    expect(dueList([person('t', [['reply_out', ago(200)]])], NOW).due).toEqual([]);
    expect(dueList([person('n', [['like_in', ago(200)]])], NOW).due).toEqual([]);
  });

  it('respects a per-person cadence, including off and one for a talked contact', () => {
    expect(handles(dueList([conversing(10, { keepEvery: '1w' })], NOW).due)).toEqual(['cara']);
    expect(dueList([conversing(24, { keepEvery: '1m' })], NOW).due).toEqual([]);
    expect(dueList([conversing(100, { keepEvery: 'off' })], NOW).due).toEqual([]);
    const talked = person('t', [['reply_out', ago(20)]], { keepEvery: '2w' });
    expect(handles(dueList([talked], NOW).due)).toEqual(['t']);
  });

  it('done restarts the cadence; snooze delays it; reply-backs come before going cold', () => {
    expect(dueList([conversing(24, { dueDoneAt: ago(1) })], NOW).due).toEqual([]);
    expect(dueList([conversing(24, { dueSnoozedUntil: NOW + DAY })], NOW).due).toEqual([]);
    const rows = [conversing(30), person('r', [['reply_in', ago(1)]])];
    expect(dueList(rows, NOW).due.map((d) => d.reason)).toEqual(['reply-back', 'going-cold']);
  });
});

describe('the capped due list the popup shows', () => {
  const item = (reason: 'reply-back' | 'going-cold', n: number) => ({ reason, n });
  it('keeps the first N of each reason in order and counts them all', () => {
    const due = [
      ...Array.from({ length: 5 }, (_, n) => item('reply-back', n)),
      ...Array.from({ length: 4 }, (_, n) => item('going-cold', n)),
    ];
    const { shown, counts } = capDue(due, [1, 2, 3], 3);
    expect(shown).toEqual([
      item('reply-back', 0),
      item('reply-back', 1),
      item('reply-back', 2),
      item('going-cold', 0),
      item('going-cold', 1),
      item('going-cold', 2),
    ]);
    expect(counts).toEqual({ replyBacks: 5, goingCold: 4, missed: 3 });
  });

  it('shows everything when under the cap, and the badge counts the totals, not the rows shown', () => {
    const { shown, counts } = capDue([item('going-cold', 0)], []);
    expect(shown).toHaveLength(1);
    expect(counts).toEqual({ replyBacks: 0, goingCold: 1, missed: 0 });
    const many = { replyBacks: 120, goingCold: 30 };
    expect(badgeCountOf(many, 'reply-backs')).toBe(120);
    expect(badgeCountOf(many, 'due')).toBe(150);
    expect(badgeCountOf(many, 'off')).toBe(0);
  });
});

describe('the first due rows, before "Show N more"', () => {
  const rows = (replyBacks: number, cold: number) => [
    ...Array.from({ length: replyBacks }, (_, n) => ({ reason: 'reply-back' as const, n })),
    ...Array.from({ length: cold }, (_, n) => ({ reason: 'going-cold' as const, n })),
  ];
  const shape = (shown: { reason: string; n: number }[]) => shown.map((r) => `${r.reason[0]}${r.n}`);
  it('keeps room for going cold, as much as there is of it, the rest for reply-backs', () => {
    expect(shape(firstDueRows(rows(9, 4), 5))).toEqual(['r0', 'r1', 'r2', 'g0', 'g1']);
    expect(shape(firstDueRows(rows(9, 1), 5))).toEqual(['r0', 'r1', 'r2', 'r3', 'g0']);
    expect(shape(firstDueRows(rows(9, 0), 5))).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
  });
  it('fills with going cold when few replies are owed, and shows a short list whole', () => {
    expect(shape(firstDueRows(rows(1, 9), 5))).toEqual(['r0', 'g0', 'g1', 'g2', 'g3']);
    expect(shape(firstDueRows(rows(2, 1), 5))).toEqual(['r0', 'r1', 'g0']);
    expect(firstDueRows([], 5)).toEqual([]);
  });
});
