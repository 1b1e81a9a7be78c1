import { describe, expect, it } from 'vitest';
import { seenAccountRow } from '@/lib/db/account-row';

describe('the account row when X shows the account signed in', () => {
  it('keeps first sight, a known name and the stored unmet count; refreshes handle and last sight', () => {
    const existing = { id: '1', handle: 'old', name: 'Dana', firstSeen: 5, lastSeen: 6, unmetCount: 91_234 };
    expect(seenAccountRow(existing, { id: '1', handle: 'dana_builds' }, 100)).toEqual({
      id: '1',
      handle: 'dana_builds',
      name: 'Dana',
      firstSeen: 5,
      lastSeen: 100,
      unmetCount: 91_234,
    });
  });

  it('starts a new account at its first sight', () => {
    expect(seenAccountRow(undefined, { id: '2', handle: 'alt', name: 'Alt' }, 7)).toEqual({
      id: '2',
      handle: 'alt',
      name: 'Alt',
      firstSeen: 7,
      lastSeen: 7,
    });
  });
});
