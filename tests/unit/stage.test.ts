import { describe, expect, it } from 'vitest';
import { stageOf } from '@/lib/relationships/summary';

const DAY = 86_400_000;

describe('stageOf', () => {
  it.each([
    ['nothing recorded', [], 'stranger'],
    ['only a like', [{ kind: 'like_out', at: 0 }], 'noticed'],
    ['they followed you', [{ kind: 'follow_in', at: 0 }], 'noticed'],
    ['they replied, you never answered', [{ kind: 'reply_in', at: 0 }], 'noticed'],
    [
      'you replied',
      [
        { kind: 'like_out', at: 0 },
        { kind: 'reply_out', at: 1 },
      ],
      'talked',
    ],
    [
      'you wrote, they answered',
      [
        { kind: 'dm_out', at: 0 },
        { kind: 'dm_in', at: 1 },
      ],
      'conversing',
    ],
    [
      'both ways on three days',
      [
        { kind: 'reply_out', at: 0 },
        { kind: 'reply_in', at: DAY },
        { kind: 'mention_out', at: 2 * DAY },
      ],
      'friend',
    ],
  ] as const)('%s -> %s', (_name, interactions, stage) => {
    expect(stageOf(interactions)).toBe(stage);
  });

  it('makes anyone met in person a friend', () => {
    expect(stageOf([], true)).toBe('friend');
  });
});
