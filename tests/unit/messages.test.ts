import { beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { classifySender, route } from '@/lib/background/router';
import { countRows } from '@/lib/db/transfer';
import {
  DANA as account,
  backgroundOnFreshDatabase,
  senderCheck as check,
  contentScript as content,
  likeOut,
  popupPage as popup,
} from '../archive/background-harness';

const stranger: Runtime.MessageSender = { id: 'other-extension', url: 'chrome-extension://other/popup.html' };
const like = likeOut(1);

const { state, raw: send } = backgroundOnFreshDatabase({ sender: content });
beforeEach(async () => {
  await send('events.record', { account, batchId: 'b1', events: [like] });
});

describe('sender classification', () => {
  it('tells the extension pages, the content script on X, and everyone else apart', () => {
    expect(classifySender(popup, check)).toBe('page');
    expect(classifySender(content, check)).toBe('content');
    expect(classifySender(stranger, check)).toBe('unknown');
    expect(classifySender({ ...content, url: 'https://evil.example/x.com' }, check)).toBe('unknown');
    expect(classifySender({ ...content, url: 'http://x.com/home' }, check)).toBe('unknown');
  });
});

describe('the background refuses what it should', () => {
  it.each([
    ['not an object', 'hello'],
    ['no envelope', { type: 'ping', input: {} }],
    ['wrong envelope version', { dt: 2, type: 'ping', input: {} }],
  ])('refuses a malformed message (%s)', async (_name, raw) => {
    const reply = await route(raw, content, state.handlers, check);
    expect(reply).toEqual({ ok: false, error: expect.objectContaining({ code: 'malformed' }) });
  });

  it('refuses an unknown type, including inherited names', async () => {
    expect(await send('drop.everything', {})).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    expect(await send('toString', {})).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
  });

  it('stores the good events of a batch and quarantines the one with bad fields', async () => {
    const before = await countRows(state.db, account.id);
    const bad = { ...like, key: 'like_out:2', person: { id: 'not-a-number' } };
    const reply = await send('events.record', {
      account,
      batchId: 'b2',
      events: [{ ...like, key: 'k3' }, bad],
    });
    expect(reply).toMatchObject({ ok: true, data: { stored: 1, quarantined: 1 } });
    expect((await countRows(state.db, account.id)).interactions).toBe((before.interactions ?? 0) + 1);
    const status = await send('status.get', {}, popup);
    expect(status).toMatchObject({ ok: true, data: { quarantine: [{ account: account.id, count: 1 }] } });
  });

  it('refuses a batch whose account is malformed, storing nothing', async () => {
    const before = await countRows(state.db, account.id);
    const reply = await send('events.record', {
      account: { id: 'x', handle: account.handle },
      batchId: 'b2',
      events: [{ ...like, key: 'k3' }],
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(await countRows(state.db, account.id)).toEqual(before);
  });

  it.each([
    ['data.export.begin', { account: account.id }],
    ['data.export.page', { account: account.id, store: 'interactions' }],
    ['data.import.begin', { account }],
    ['data.import.rows', { account: account.id, store: 'contacts', rows: [] }],
    ['data.wipe', { account: account.id }],
    ['status.get', {}],
  ])('refuses the privileged "%s" from a content script and changes nothing', async (type, input) => {
    const before = await countRows(state.db, account.id);
    expect(await send(type, input, content)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await countRows(state.db, account.id)).toEqual(before);
    expect(before.interactions).toBe(1);
  });

  it('refuses messages from another extension', async () => {
    expect(await send('ping', {}, stranger)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('the background answers what it should', () => {
  it('answers a ping from the content script and from a page', async () => {
    expect(await send('ping', {}, content)).toMatchObject({ ok: true, data: { at: expect.any(Number) } });
    expect(await send('ping', {}, popup)).toMatchObject({ ok: true });
  });

  it('stores a retried batch once', async () => {
    const again = await send('events.record', { account, batchId: 'b1', events: [like] });
    expect(again).toEqual({ ok: true, data: { stored: 0, duplicates: 1, quarantined: 0 } });
    expect((await countRows(state.db, account.id)).interactions).toBe(1);
  });

  it('exports a page at a time, wipes, and re-imports a batch at a time from the options page', async () => {
    const begin = await send('data.export.begin', { account: account.id }, popup);
    expect(begin).toMatchObject({ ok: true, data: { counts: { interactions: 1, contacts: 1 } } });
    const page = await send('data.export.page', { account: account.id, store: 'interactions' }, popup);
    const rows = (page as { data: { rows: unknown[] } }).data.rows;
    expect(rows).toHaveLength(1);
    expect(await send('data.wipe', { account: account.id }, popup)).toMatchObject({
      ok: true,
      data: { deleted: 3 },
    });
    expect(await send('data.import.begin', { account }, popup)).toMatchObject({ ok: true });
    const batch = { account: account.id, store: 'interactions', rows };
    expect(await send('data.import.rows', batch, popup)).toMatchObject({
      ok: true,
      data: { added: 1, unchanged: 0, refused: [] },
    });
    expect(await send('data.import.rows', batch, popup)).toMatchObject({
      ok: true,
      data: { added: 0, unchanged: 1 },
    });
    // The history's contact is made again from its interaction.
    expect((await countRows(state.db, account.id)).contacts).toBe(1);
  });

  it('refuses a batch over the size one message may carry', async () => {
    const rows = Array.from({ length: 501 }, () => ({}));
    const reply = await send('data.import.rows', { account: account.id, store: 'posts', rows }, popup);
    expect(reply).toMatchObject({ ok: false, error: { code: 'malformed' } });
  });
});
