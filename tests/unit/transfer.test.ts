// @vitest-environment node
// JSON export and import at a real account's size: a page of rows per message, a line per row in
// the file, every row checked on its own, and importing the same file twice equal to once.
import { beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_PAGE } from '@/lib/db/export-pages';
import { countRows } from '@/lib/db/transfer';
import type { send as sendMessage } from '@/lib/messages/client';
import { IMPORT_BATCH_ROWS } from '@/lib/messages/protocol-transfer';
import { exportToBlob } from '@/lib/transfer/export-file';
import { fileLines } from '@/lib/transfer/file-format';
import { importLines } from '@/lib/transfer/import-file';
import { backgroundOnFreshDatabase, contentScript } from '../archive/background-harness';

const account = { id: '1000000001', handle: 'dana_builds', name: 'Dana' };
const T0 = 1_700_000_000_000;

const { state, raw, freshDatabase: freshDb } = backgroundOnFreshDatabase();
/** Every message the page sent, with the size of its input and answer as they would travel. */
let traffic: { type: string; inChars: number; outChars: number }[];
const send = (async (type: string, input: unknown) => {
  const reply = await raw(type, input);
  traffic.push({ type, inChars: JSON.stringify(input).length, outChars: JSON.stringify(reply).length });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data;
}) as typeof sendMessage;

beforeEach(() => {
  traffic = [];
});

const linesOf = (text: string) => fileLines(new Blob([text]));
const stagesOf = async () =>
  Object.fromEntries(
    (await state.db.getAll('contacts')).map((c) => [
      c.key,
      { stage: c.stage, unmet: c.unmet, summary: c.summary },
    ]),
  );

/** A record written directly, as the page's events would leave it: contacts, history, posts, nudges. */
async function seed(contacts: number, interactionsEach: number, text = 'thanks for the tip!') {
  const events: unknown[] = [];
  for (let i = 0; i < contacts; i++) {
    const person = { id: String(5_000_000 + i), handle: `fan_${i}` };
    events.push({ type: 'edge', list: 'followers', person, at: T0 - i });
    for (let j = 0; j < interactionsEach; j++)
      events.push({
        type: 'interaction',
        key: `reply_in:${i}:${j}`,
        kind: j % 2 ? 'reply_in' : 'reply_out',
        person,
        at: T0 + j * 86_400_000,
        text,
      });
  }
  events.push({
    type: 'post',
    key: 'tweet:1790000000000000001',
    at: T0,
    kind: 'post',
    text: 'hello',
    links: [],
    mentions: [],
    verdict: 'conversational',
  });
  for (let i = 0; i < events.length; i += 200) {
    const reply = await raw(
      'events.record',
      { account, batchId: `s${i}`, events: events.slice(i, i + 200) },
      contentScript,
    );
    expect(reply.ok, JSON.stringify(reply)).toBe(true);
  }
}

describe('JSON export and import', () => {
  it('round-trips a large record in pages and batches, never one big message, and recomputes stages', async () => {
    // 1,000 people and 8,000 interactions with long texts (about 17 MB of JSON): several pages.
    await seed(1_000, 8, 'x'.repeat(2_000));
    const before = await countRows(state.db, account.id);
    const stages = await stagesOf();
    expect(before.interactions).toBe(8_000);

    const { blob, rows } = await exportToBlob(send, account.id, { now: T0 });
    expect(rows).toBe(
      Object.entries(before).reduce((n, [store, c]) => (store === 'accounts' ? n : n + c), 0),
    );
    const pages = traffic.filter((t) => t.type === 'data.export.page');
    expect(pages.length).toBeGreaterThan(4);
    // No answer carries more than a page's worth (far under Chrome's ~64 MiB message cap).
    expect(Math.max(...traffic.map((t) => t.outChars))).toBeLessThan(EXPORT_PAGE.chars + 200_000);
    const text = await blob.text();
    expect(JSON.parse(text).interactions).toHaveLength(8_000); // the file is also one valid JSON object

    await freshDb();
    traffic = [];
    const report = await importLines(send, linesOf(text));
    expect(report).toMatchObject({ added: rows, merged: 0, unchanged: 0, refused: 0 });
    const batches = traffic.filter((t) => t.type === 'data.import.rows');
    expect(batches.length).toBeGreaterThanOrEqual(Math.ceil(8_000 / IMPORT_BATCH_ROWS));
    expect(await countRows(state.db, account.id)).toEqual(before);
    // Summaries, stages and the unmet flag come back as they were, recomputed from the history.
    expect(await stagesOf()).toEqual(stages);

    // Importing the same file again equals importing it once.
    const again = await importLines(send, linesOf(text));
    expect(again).toMatchObject({ added: 0, merged: 0, unchanged: rows, refused: 0 });
    expect(await countRows(state.db, account.id)).toEqual(before);
    expect(await stagesOf()).toEqual(stages);
  });

  it('stores every good row of a file with bad ones, clips what is too long, and reports the rest by line', async () => {
    await seed(3, 1);
    const { blob } = await exportToBlob(send, account.id, { now: T0 });
    const lines = (await blob.text()).split('\n');
    const at = lines.indexOf('"posts":[');
    const longLink = `https://example.com/${'a'.repeat(3_000)}`;
    const post = {
      account: account.id,
      key: 'tweet:1790000000000000099',
      at: T0,
      kind: 'post',
      text: 'y'.repeat(30_000),
      links: [longLink],
      mentions: [],
      source: 'page',
    };
    lines.splice(
      at + 1,
      0,
      `${JSON.stringify(post)},`,
      '{"account":"1000000001","key":"k","at":1,"kind":"bogus"},',
      'this is not json,',
      `${JSON.stringify({ ...post, key: 'tweet:2', account: '999' })},`,
    );
    await freshDb();
    const report = await importLines(send, linesOf(lines.join('\n')));
    expect(report?.refused).toBe(3);
    expect(report?.problems.map((p) => p.line)).toEqual([at + 3, at + 4, at + 5]);
    expect(report?.problems[0]?.reason).toMatch(/kind|text|links/);
    expect(report?.problems[1]?.reason).toBe('not a JSON row');
    expect(report?.problems[2]?.reason).toMatch(/another account/);
    const stored = await state.db.get('posts', [account.id, post.key]);
    expect(stored?.links[0]).toHaveLength(2_000);
    expect(stored?.text).toHaveLength(25_000);
    expect((await countRows(state.db, account.id)).contacts).toBe(3);
  });

  it('merges a contact already here: notes and tags are added once, what is here wins', async () => {
    await seed(1, 0);
    const key = '5000000';
    const { blob } = await exportToBlob(send, account.id, { now: T0 });
    const file = (await blob.text()).replace(
      /("key":"5000000"[^\n]*?)("firstSeen")/,
      '$1"notes":"Met at the meetup","tags":["rust"],$2',
    );
    expect(file).toContain('Met at the meetup');
    const stored = await state.db.get('contacts', [account.id, key]);
    if (!stored) throw new Error('seeded contact missing');
    await state.db.put('contacts', {
      ...stored,
      notes: 'Likes tea',
      tags: ['tea'],
    });
    const first = await importLines(send, linesOf(file));
    expect(first).toMatchObject({ merged: 1, added: 0 });
    const row = await state.db.get('contacts', [account.id, key]);
    expect(row?.notes).toBe('Likes tea\nMet at the meetup');
    expect(row?.tags).toEqual(['tea', 'rust']);
    expect(await importLines(send, linesOf(file))).toMatchObject({ merged: 0, added: 0 });
    expect((await state.db.get('contacts', [account.id, key]))?.notes).toBe('Likes tea\nMet at the meetup');
  });

  it('reads a version 1 export (one line), and explains files that are not exports', async () => {
    const v1 = JSON.stringify({
      format: 'dinner-table-export',
      version: 1,
      exportedAt: T0,
      account: { id: account.id, handle: account.handle, firstSeen: T0, lastSeen: T0 },
      contacts: [{ account: account.id, key: '42', id: '42', handle: 'ada', firstSeen: T0, lastSeen: T0 }],
      interactions: [{ account: account.id, key: 'dm:1', contact: '42', kind: 'dm_in', at: T0, text: 'hi!' }],
      posts: [],
      nudges: [],
    });
    expect(await importLines(send, linesOf(v1))).toMatchObject({ added: 2, refused: 0 });
    expect((await state.db.get('contacts', [account.id, '42']))?.summary?.counts).toEqual({ dm_in: 1 });

    await expect(importLines(send, linesOf('hello'))).rejects.toThrow(/not JSON/);
    await expect(importLines(send, linesOf('{"hello":1}'))).rejects.toThrow(/not a Dinner Table export/);
    await expect(importLines(send, linesOf(v1.replace('"version":1', '"version":9')))).rejects.toThrow(
      /newer Dinner Table/,
    );
    await expect(importLines(send, linesOf(''))).rejects.toThrow(/empty/);
  });

  it('asks before importing another account and writes nothing when declined', async () => {
    await seed(2, 1);
    const { blob } = await exportToBlob(send, account.id, { now: T0 });
    await freshDb();
    const seen: string[] = [];
    const report = await importLines(send, linesOf(await blob.text()), {
      confirmAccount: (a) => {
        seen.push(a.handle);
        return false;
      },
    });
    expect(report).toBeUndefined();
    expect(seen).toEqual([account.handle]);
    expect(await countRows(state.db)).toEqual({
      contacts: 0,
      interactions: 0,
      posts: 0,
      nudges: 0,
      accounts: 0,
    });
  });

  it('never makes an imported account the one signed in', async () => {
    await seed(1, 0);
    const { blob } = await exportToBlob(send, account.id, { now: T0 });
    await freshDb();
    await state.db.put('accounts', {
      id: '7',
      handle: 'signed_in',
      firstSeen: 1,
      lastSeen: Date.now() - 1000,
    });
    await importLines(
      send,
      linesOf((await blob.text()).replace(/"lastSeen":\d+/, `"lastSeen":${Date.now() + 9e9}`)),
    );
    const accounts = (await state.db.getAll('accounts')).sort((a, b) => b.lastSeen - a.lastSeen);
    expect(accounts[0]?.handle).toBe('signed_in');
  });

  it('imports again all it exported: the longest keys it derives, and never a time out of range', async () => {
    await send('account.seen', account);
    const longKey = `tweet:${'1'.repeat(194)}`;
    await send('events.record', {
      account,
      batchId: 'p',
      events: [
        // A post key as long as an event key may be: its mention's key is longer.
        {
          type: 'post',
          key: longKey,
          at: T0,
          kind: 'post',
          text: 'hi @someone_long',
          links: [],
          mentions: ['someone_long'],
        },
        // Times no clock gives: refused on the way in, so never stored to be refused on the way back.
        {
          type: 'interaction',
          key: 'reply_in:1',
          kind: 'reply_in',
          person: { id: '55', handle: 'eve' },
          at: 1e16,
        },
        {
          type: 'interaction',
          key: 'reply_in:2',
          kind: 'reply_in',
          person: { id: '56', handle: 'fay' },
          at: -1000,
        },
      ],
    });
    // A handle that is not one is refused before a note is stored on it.
    const badHandle = await raw(
      'contact.update',
      { account: account.id, person: 'id:4242', handle: 'Bob Smith', patch: { notes: 'owes me a coffee' } },
      contentScript,
    );
    expect(badHandle.ok).toBe(false);
    const before = await countRows(state.db, account.id);
    expect(before.interactions).toBe(1);
    const { blob } = await exportToBlob(send, account.id, { now: T0 });
    await send('data.wipe', { account: account.id });
    const report = await importLines(send, linesOf(await blob.text()));
    expect(report?.problems).toEqual([]);
    expect(await countRows(state.db, account.id)).toEqual(before);
  });

  it('stores nothing more once the account is deleted mid-import, and says why', async () => {
    await send('data.import.begin', { account });
    const contact = {
      account: account.id,
      key: '88',
      id: '88',
      firstSeen: T0,
      lastSeen: T0,
      notes: 'met at the fair',
    };
    await send('data.import.rows', { account: account.id, store: 'contacts', rows: [contact] });
    // Another options tab wipes the account while this one is still sending batches.
    await send('data.wipe', { account: account.id });
    const reply = await raw('data.import.rows', {
      account: account.id,
      store: 'interactions',
      rows: [{ account: account.id, key: 'reply_in:1', contact: '88', kind: 'reply_in', at: T0 }],
    });
    expect(reply.ok ? undefined : reply.error.reason).toBe('import-account-gone');
    expect(await countRows(state.db, account.id)).toMatchObject({ contacts: 0, interactions: 0 });
  });
});
