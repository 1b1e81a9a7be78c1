// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { type FromImportWorker, handleImportWorker } from '../../lib/archive/worker-entry';
import { toWorkerMessageSchema } from '../../lib/archive/worker-protocol';
import { zipFiles } from '../archive/fixture-helpers';

const ACCOUNT =
  'window.YTD.account.part0 = [ { "account" : { "username" : "me", "accountId" : "1500000000000000001" } } ]';
const FOLLOWERS = `window.YTD.follower.part0 = [${Array.from({ length: 20_000 }, (_, i) => `{"follower":{"accountId":"${i + 1}"}}`).join(',')}]`;

function fakeScope() {
  let listener: ((ev: { data: unknown }) => void) | undefined;
  const out: FromImportWorker[] = [];
  let resolveEnd: () => void = () => {};
  const ended = new Promise<void>((r) => {
    resolveEnd = r;
  });
  handleImportWorker({
    addEventListener: (_t, l) => {
      listener = l;
    },
    postMessage: (m) => {
      out.push(m);
      if (m.type !== 'progress') resolveEnd();
    },
  });
  return { send: (data: unknown) => listener?.({ data }), out, ended };
}

describe('archive worker protocol', () => {
  it('start {file} → progress… → done with summary and data', async () => {
    const s = fakeScope();
    const file = await zipFiles([
      { path: 'data/account.js', data: ACCOUNT },
      { path: 'data/follower.js', data: FOLLOWERS },
    ]);
    s.send({ type: 'start', requestId: 'r1', file });
    await s.ended;
    const done = s.out.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    expect(done.summary).toMatchObject({ accountId: '1500000000000000001', handle: 'me', followers: 20_000 });
    expect(done.data.followers).toHaveLength(20_000);
    expect(s.out.filter((m) => m.type === 'progress').length).toBeGreaterThan(1);
  });

  it('start {files} with the wrong account → error message', async () => {
    const s = fakeScope();
    s.send({
      type: 'start',
      requestId: 'r2',
      files: [{ path: 'x/data/account.js', file: new Blob([ACCOUNT]) }],
      expectedAccountId: '42',
    });
    await s.ended;
    expect(s.out.at(-1)).toMatchObject({ type: 'error', requestId: 'r2', code: 'wrong-account' });
  });

  it('cancel → error code cancelled', async () => {
    const s = fakeScope();
    const files = [
      { path: 'data/account.js', file: new Blob([ACCOUNT]) },
      { path: 'data/follower.js', file: new Blob([FOLLOWERS]) },
    ];
    s.send({ type: 'start', requestId: 'r3', files });
    s.send({ type: 'cancel', requestId: 'r3' });
    await s.ended;
    expect(s.out.at(-1)).toMatchObject({ type: 'error', requestId: 'r3', code: 'cancelled' });
  });

  it('rejects malformed messages', () => {
    expect(toWorkerMessageSchema.safeParse({ type: 'start', requestId: 'x' }).success).toBe(false);
    expect(toWorkerMessageSchema.safeParse({ type: 'start', requestId: 'x', file: 'nope' }).success).toBe(
      false,
    );
    expect(toWorkerMessageSchema.safeParse({ type: 'cancel', requestId: 'x' }).success).toBe(true);
  });
});
