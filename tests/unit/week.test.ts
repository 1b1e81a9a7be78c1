import { describe, expect, it } from 'vitest';
import type { BalancePost } from '@/lib/relationships/balance';
import { computeWeek, type WeekTalk, weekChange } from '@/lib/relationships/week';

const DAY = 86_400_000;
// A fixed clock: Monday 30 November 2026, 15:00 local.
const NOW = new Date(2026, 10, 30, 15, 0).getTime();
const ago = (days: number, hours = 0) => NOW - days * DAY - hours * 3_600_000;
const talk = (contact: string, kind: WeekTalk['kind'], days: number): WeekTalk => ({
  contact,
  kind,
  at: ago(days),
});
const post = (kind: BalancePost['kind'], days: number): BalancePost => ({ kind, at: ago(days) });

describe('the week in numbers', () => {
  it('tells a first word (met) from a return (kept going), once per person and week', () => {
    const week = computeWeek(
      [
        talk('ana', 'reply_out', 1), // first word ever: met this week
        talk('ana', 'reply_out', 0), // still met once
        talk('ben', 'dm_out', 2), // talked before the read window: kept going
        talk('cy', 'reply_out', 10), // met last week...
        talk('cy', 'reply_out', 3), // ...and kept going this week
        talk('dee', 'like_out', 1), // a like is not talk
      ],
      [],
      new Set(['ben']),
      NOW,
    );
    expect(week.thisWeek).toMatchObject({ met: 1, keptGoing: 2 });
    expect(week.lastWeek).toMatchObject({ met: 1, keptGoing: 0 });
  });

  it('counts a reply owed as answered in the week you answer it, once per thing they said', () => {
    const week = computeWeek(
      [
        talk('ana', 'reply_in', 20), // owed since three weeks...
        talk('ana', 'reply_out', 2), // ...answered this week
        talk('ana', 'reply_out', 1), // a second word answers nothing new
        talk('ben', 'dm_in', 9),
        talk('ben', 'dm_out', 8), // answered last week
        talk('cy', 'mention_in', 1), // still owed
      ],
      [],
      new Set(['ana', 'ben']),
      NOW,
    );
    expect(week.thisWeek.answered).toBe(1);
    expect(week.lastWeek.answered).toBe(1);
  });

  it('counts conversations against broadcasts, and nothing older than two weeks or in the future', () => {
    const week = computeWeek(
      [],
      [
        post('reply', 0),
        post('dm', 6),
        post('post', 1),
        post('quote', 7),
        post('post', 13),
        post('post', 14),
        post('reply', -1),
      ],
      new Set(),
      NOW,
    );
    expect(week.thisWeek).toMatchObject({ conversations: 2, broadcasts: 1 });
    expect(week.lastWeek).toMatchObject({ conversations: 0, broadcasts: 2 });
  });

  it('starts the week six local days before today, the last week seven before that', () => {
    const week = computeWeek([], [], new Set(), NOW);
    expect(new Date(week.from)).toEqual(new Date(2026, 10, 24));
    expect(new Date(week.lastFrom)).toEqual(new Date(2026, 10, 17));
  });
});

describe('what changed, in one sentence', () => {
  const change = (talkEvents: WeekTalk[], posts: BalancePost[], before: string[] = []) =>
    weekChange(computeWeek(talkEvents, posts, new Set(before), NOW));

  it('is quiet with nothing either week, and slower when only last week had talk', () => {
    expect(change([], [])).toEqual({ kind: 'quiet' });
    expect(change([talk('ana', 'reply_out', 9)], [])).toEqual({ kind: 'slower', lastTotal: 1 });
  });

  it('welcomes a first week', () => {
    expect(change([talk('ana', 'reply_out', 1)], [])).toEqual({ kind: 'first-week', met: 1, answered: 0 });
  });

  it('names more broadcasting first, then more talk, then more people met', () => {
    expect(change([], [post('post', 1), post('post', 2), post('reply', 3), post('reply', 9)])).toMatchObject({
      kind: 'more-broadcast',
      broadcasts: 2,
      conversations: 1,
    });
    expect(change([], [post('reply', 1), post('reply', 2), post('post', 3), post('reply', 9)])).toMatchObject(
      {
        kind: 'more-talk',
        conversations: 2,
        lastConversations: 1,
      },
    );
    expect(
      change([talk('a', 'reply_out', 1), talk('b', 'reply_out', 2), talk('c', 'reply_out', 9)], []),
    ).toEqual({ kind: 'met-more', met: 2, lastMet: 1 });
  });
});
