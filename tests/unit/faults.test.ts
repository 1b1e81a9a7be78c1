import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { FAULTS_KEY, watchFaults } from '@/lib/background/faults';
import { TEST_HOOKS_KEY } from '@/lib/ui/test-hooks';
import {
  DANA as account,
  backgroundOnFreshDatabase,
  contentScript,
  likeOut,
} from '../archive/background-harness';

// The connection reopens after the close-db fault, as the background's does.
const { state, raw } = backgroundOnFreshDatabase({ reconnecting: true, sender: contentScript });
const record = (n: number) => raw('events.record', { account, batchId: `b${n}`, events: [likeOut(n)] });
beforeEach(() => watchFaults());

describe('the fault switch', () => {
  it('is ignored without the test hooks flag (a user never meets it)', async () => {
    await browser.storage.local.set({ [FAULTS_KEY]: { 'quota-events': 1, 'close-db': 1 } });
    expect(await record(1)).toMatchObject({ ok: true, data: { stored: 1 } });
  });

  it('a full disk for one batch: refused whole, said in the status; the resend is stored once', async () => {
    await browser.storage.local.set({ [TEST_HOOKS_KEY]: true, [FAULTS_KEY]: { 'quota-events': 1 } });
    expect(await record(1)).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect((await browser.storage.local.get('storageProblem')).storageProblem).toBeDefined();
    expect(await record(1)).toMatchObject({ ok: true, data: { stored: 1, duplicates: 0 } });
    expect(await record(1)).toMatchObject({ ok: true, data: { stored: 0, duplicates: 1 } });
    expect((await browser.storage.local.get('storageProblem')).storageProblem).toBeUndefined();
    expect(await (await state.getDb()).count('interactions')).toBe(1);
  });

  it('the database closed under a batch: that batch fails, the connection reopens, nothing is lost', async () => {
    expect(await record(1)).toMatchObject({ ok: true });
    await browser.storage.local.set({ [TEST_HOOKS_KEY]: true, [FAULTS_KEY]: { 'close-db': 1 } });
    expect(await record(2)).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(await record(2)).toMatchObject({ ok: true, data: { stored: 1 } });
    expect(await (await state.getDb()).count('interactions')).toBe(2);
    expect((await browser.storage.local.get(FAULTS_KEY))[FAULTS_KEY]).toEqual({ 'close-db': 0 });
  });

  it('costs a batch no storage read in normal use (the hooks flag is read once per worker life)', async () => {
    await browser.storage.local.set({ [TEST_HOOKS_KEY]: false });
    expect(await record(1)).toMatchObject({ ok: true });
    const get = vi.spyOn(browser.storage.local, 'get');
    for (let n = 2; n < 6; n++) expect(await record(n)).toMatchObject({ ok: true });
    const asked = get.mock.calls.map(([keys]) => JSON.stringify(keys));
    expect(asked.filter((k) => k.includes(TEST_HOOKS_KEY) || k.includes(FAULTS_KEY))).toEqual([]);
    get.mockRestore();
    // Turning the hooks on is seen at once: the next batch honours an armed fault.
    await browser.storage.local.set({ [TEST_HOOKS_KEY]: true, [FAULTS_KEY]: { 'quota-events': 1 } });
    expect(await record(6)).toMatchObject({ ok: false, error: { code: 'storage-full' } });
  });
});
