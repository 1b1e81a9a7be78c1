import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FAULTS_KEY, watchFaults } from '@/lib/background/faults';
import { createHandlers } from '@/lib/background/handlers';
import { route } from '@/lib/background/router';
import { createConnection } from '@/lib/db/connection';
import { TEST_HOOKS_KEY } from '@/lib/ui/test-hooks';

const check = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const content = {
  id: 'ext-id',
  url: 'https://x.com/home',
  tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};
const account = { id: '1000000001', handle: 'dana_builds' };
const like = (n: number) => ({
  type: 'interaction',
  key: `like_out:${n}`,
  kind: 'like_out',
  person: { id: String(2000 + n), handle: `p${n}` },
  at: n,
});

let handlers: ReturnType<typeof createHandlers>;
let getDb: ReturnType<typeof createConnection>;
const record = (n: number) =>
  route(
    { dt: 1, type: 'events.record', input: { account, batchId: `b${n}`, events: [like(n)] } },
    content,
    handlers,
    check,
  );

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  watchFaults();
  getDb = createConnection();
  handlers = createHandlers(getDb);
});

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
    expect(await (await getDb()).count('interactions')).toBe(1);
  });

  it('the database closed under a batch: that batch fails, the connection reopens, nothing is lost', async () => {
    expect(await record(1)).toMatchObject({ ok: true });
    await browser.storage.local.set({ [TEST_HOOKS_KEY]: true, [FAULTS_KEY]: { 'close-db': 1 } });
    expect(await record(2)).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(await record(2)).toMatchObject({ ok: true, data: { stored: 1 } });
    expect(await (await getDb()).count('interactions')).toBe(2);
    expect((await browser.storage.local.get(FAULTS_KEY))[FAULTS_KEY]).toEqual({ 'close-db': 0 });
  });
});
