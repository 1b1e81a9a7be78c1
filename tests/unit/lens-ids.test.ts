import { afterEach, describe, expect, it } from 'vitest';
import { forgetIdsForTests, idOfHandle, learnIds, onIdsLearned } from '@/lib/features/lens-ids';

describe('lens ids: handle → id from X responses', () => {
  afterEach(forgetIdsForTests);

  it('maps handles case-insensitively, with or without @', () => {
    learnIds([{ id: '42', handle: 'Maya_O' }]);
    expect(idOfHandle('maya_o')).toBe('42');
    expect(idOfHandle('@MAYA_O')).toBe('42');
    expect(idOfHandle('someone')).toBeUndefined();
  });

  it('follows a handle change and forgets the old handle', () => {
    learnIds([{ id: '42', handle: 'maya_old' }]);
    learnIds([{ id: '42', handle: 'maya_new' }]);
    expect(idOfHandle('maya_new')).toBe('42');
    expect(idOfHandle('maya_old')).toBeUndefined();
  });

  it('gives a handle taken by someone else to its new owner', () => {
    learnIds([{ id: '42', handle: 'cool' }]);
    learnIds([{ id: '7', handle: 'cool' }]);
    expect(idOfHandle('cool')).toBe('7');
    // 42 renaming later does not take the handle back from 7.
    learnIds([{ id: '42', handle: 'cooler' }]);
    expect(idOfHandle('cool')).toBe('7');
    expect(idOfHandle('cooler')).toBe('42');
  });

  it('tells listeners only when something changed, until aborted', () => {
    const controller = new AbortController();
    let calls = 0;
    onIdsLearned(() => calls++, controller.signal);
    learnIds([{ id: '1', handle: 'a' }]);
    learnIds([{ id: '1', handle: 'a' }]);
    expect(calls).toBe(1);
    controller.abort();
    learnIds([{ id: '2', handle: 'b' }]);
    expect(calls).toBe(1);
  });

  it('stays bounded, forgetting the longest-known first', () => {
    const many = Array.from({ length: 50_001 }, (_, i) => ({ id: String(i + 1), handle: `u${i}` }));
    learnIds(many);
    expect(idOfHandle('u0')).toBeUndefined();
    expect(idOfHandle('u50000')).toBe('50001');
  });
});
