import { describe, expect, it } from 'vitest';
import { checkedReply } from './checked-reply';

describe('mocked answers checked against the protocol', () => {
  it('passes an answer the background could send, unchanged', () => {
    const answer = { deleted: 3 };
    expect(checkedReply('data.wipe', answer)).toBe(answer);
  });

  it('fails a fixture that drifted from the output schema, or a message that does not exist', () => {
    expect(() => checkedReply('data.wipe', { removed: 3 })).toThrow(/data\.wipe.*output schema/);
    expect(() => checkedReply('data.wipe', { deleted: '3' })).toThrow(/output schema/);
    expect(() => checkedReply('data.erase', { deleted: 3 })).toThrow(/no message/);
  });
});
