import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '@/lib/db/open';
import { candidatePool, sampleUnmetKeys } from '@/lib/db/popup-queries';
import type { ContactRow } from '@/lib/db/schema';
import { UNMET } from '@/lib/relationships/summary';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30, 12);
const ACCOUNT = '1000000001';

let db: Database;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDatabase('pool');
});

/** `n` unmet followers (and as many already met), written straight into the store. */
async function seedFollowers(n: number) {
  await db.put('accounts', { id: ACCOUNT, handle: 'dana', firstSeen: NOW - DAY, lastSeen: NOW });
  const tx = db.transaction('contacts', 'readwrite');
  for (let i = 0; i < 2 * n; i++) {
    const unmet = i < n;
    const row: ContactRow = {
      account: ACCOUNT,
      key: String(5_000_000 + i),
      id: String(5_000_000 + i),
      handle: `f${i}`,
      followsMe: true,
      followerFirstSeen: NOW - (i % 400) * DAY,
      firstSeen: NOW - (i % 400) * DAY,
      lastSeen: NOW,
      unmet: unmet ? UNMET.yes : UNMET.no,
    };
    void tx.store.put(row);
  }
  await tx.done;
}

describe('the handful pool at scale', () => {
  it('reads a bounded sample of unmet followers, the same all day and another the next day', async () => {
    await seedFollowers(1000);
    const sample = async (seed: string) =>
      sampleUnmetKeys(db, ACCOUNT, 1000, { seed, sample: 60, windows: 6 });
    const today = await sample('2026-11-30');
    expect(today.length).toBeGreaterThan(0);
    expect(today.length).toBeLessThanOrEqual(60);
    expect(new Set(today).size).toBe(today.length);
    // Only unmet followers (keys 5,000,000 to 5,000,999).
    expect(today.every((k) => Number(k) < 5_001_000)).toBe(true);
    expect(await sample('2026-11-30')).toEqual(today);
    const tomorrow = await sample('2026-12-01');
    expect(tomorrow).not.toEqual(today);
  });

  it('takes everyone when there are fewer unmet followers than the sample', async () => {
    await seedFollowers(30);
    const keys = await sampleUnmetKeys(db, ACCOUNT, 30, { seed: 'x', sample: 200, windows: 8 });
    expect(keys.sort()).toEqual(Array.from({ length: 30 }, (_, i) => String(5_000_000 + i)).sort());
  });

  it('wraps a run that starts near the end of the index to its start', async () => {
    await seedFollowers(50);
    // 50 followers and runs of 45: whichever follow time a run starts at, it needs the wrap.
    const keys = await sampleUnmetKeys(db, ACCOUNT, 51, { seed: 'wrap', sample: 45, windows: 1 });
    expect(keys).toHaveLength(45);
  });

  it('gives the total from the stored count and candidates only from unmet followers', async () => {
    await seedFollowers(500);
    const pool = await candidatePool(db, ACCOUNT, { seed: '2026-11-30', sample: 50, windows: 5, now: NOW });
    expect(pool.total).toBe(500);
    expect(pool.candidates.length).toBeGreaterThan(0);
    // At most the sample plus the 40 newest.
    expect(pool.candidates.length).toBeLessThanOrEqual(90);
    expect(pool.candidates.every((c) => Number(c.key) < 5_000_500)).toBe(true);
  });
});
