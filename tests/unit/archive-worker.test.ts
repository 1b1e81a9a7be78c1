// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../lib/archive/read-zip';
import { toArchiveImport } from '../../lib/archive/to-events';
import { type FromImportWorker, handleImportWorker } from '../../lib/archive/worker-entry';
import { toWorkerMessageSchema } from '../../lib/archive/worker-protocol';
import { zipFiles } from '../archive/fixture-helpers';

const ACCOUNT =
  'window.YTD.account.part0 = [ { "account" : { "username" : "me", "accountId" : "1500000000000000001" } } ]';
const FOLLOWERS = `window.YTD.follower.part0 = [${Array.from({ length: 20_000 }, (_, i) => `{"follower":{"accountId":"${i + 1}"}}`).join(',')}]`;

/** Posts of every verdict: links to your own site over and over, replies, plain thoughts. */
const TWEETS = `window.YTD.tweets.part0 = [${Array.from({ length: 1_200 }, (_, i) => {
  const id = String(1_600_000_000_000_000_000n + BigInt(i) * 4_194_304_000n);
  const text =
    i % 3 === 0
      ? `New course out now, 50% off today only: https://me.example/course?utm_source=x&n=${i}`
      : i % 3 === 1
        ? `@friend_${i} how did the move go? did you find a flat near the park?`
        : `Thinking about walks in the rain, number ${i}`;
  const urls =
    i % 3 === 0
      ? [{ url: 'https://t.co/x', expanded_url: `https://me.example/course?utm_source=x&n=${i}` }]
      : [];
  return JSON.stringify({
    tweet: {
      id_str: id,
      full_text: text,
      created_at: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toUTCString(),
      entities: { urls, user_mentions: [], hashtags: [] },
      ...(i % 3 === 1 && {
        in_reply_to_status_id_str: '1',
        in_reply_to_user_id_str: `${900 + i}`,
        in_reply_to_screen_name: `friend_${i}`,
      }),
    },
  });
}).join(',')}]`;

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
      if (m.type === 'done' || m.type === 'error') resolveEnd();
    },
  });
  return { send: (data: unknown) => listener?.({ data }), out, ended };
}

describe('archive worker protocol', () => {
  it('start {file} → progress… → mapped with summary and data → verdicts in order → done', async () => {
    const s = fakeScope();
    const file = await zipFiles([
      { path: 'data/account.js', data: ACCOUNT },
      { path: 'data/follower.js', data: FOLLOWERS },
      { path: 'data/tweets.js', data: TWEETS },
    ]);
    s.send({ type: 'start', requestId: 'r1', file });
    await s.ended;
    const kinds = s.out.filter((m) => m.type !== 'progress').map((m) => m.type);
    // The rows first, then the verdicts in batches, then done.
    expect(kinds[0]).toBe('mapped');
    expect(kinds.at(-1)).toBe('done');
    expect(kinds.slice(1, -1).every((k) => k === 'verdicts')).toBe(true);
    const mapped = s.out.find((m) => m.type === 'mapped');
    if (mapped?.type !== 'mapped') throw new Error('no mapped message');
    expect(mapped.summary).toMatchObject({
      accountId: '1500000000000000001',
      handle: 'me',
      followers: 20_000,
    });
    expect(mapped.data.followers).toHaveLength(20_000);
    expect(mapped.data.posts).toHaveLength(1_200);
    expect(mapped.data.posts.every((p) => p.verdict === undefined)).toBe(true);
    const verdicts: string[] = [];
    for (const m of s.out)
      if (m.type === 'verdicts') {
        expect(m.from).toBe(verdicts.length);
        verdicts.push(...m.verdicts);
      }
    // The same verdicts as classifying in one go (the reader's own path, used by the tests' imports).
    const whole = toArchiveImport(await readArchive(file), { now: 0 });
    expect(verdicts).toEqual(whole.posts.map((p) => p.verdict));
    expect(new Set(verdicts).size).toBeGreaterThan(1);
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
