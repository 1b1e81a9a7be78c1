// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CappedTextSink, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES } from '../../lib/archive/caps';
import { ArchiveError } from '../../lib/archive/errors';
import { readArchive } from '../../lib/archive/read-zip';
import { zipFiles } from '../archive/fixture-helpers';

const ACCOUNT = `window.YTD.account.part0 = [ {
  "account" : { "username" : "me", "accountId" : "1500000000000000001" }
} ]`;
const followers = (n: number) =>
  `window.YTD.follower.part0 = [\n${Array.from({ length: n }, (_, i) => `  { "follower" : { "accountId" : "${1000 + i}" } }`).join(',\n')}\n]`;
/** A data file that is mostly whitespace: deflates ~1000:1, like a zip bomb. */
const bomb = (bytes: number) => `window.YTD.like.part0 = [${' '.repeat(bytes)}]`;

async function readError(p: Promise<unknown>): Promise<ArchiveError> {
  let result: unknown;
  let err: unknown;
  try {
    result = await p;
  } catch (e) {
    err = e;
  }
  expect(result).toBeUndefined(); // nothing returned, so nothing is written
  expect(err).toBeInstanceOf(ArchiveError);
  return err as ArchiveError;
}

/**
 * Rewrites the uncompressed size an entry declares (central directory and local header) to `size`, so the
 * archive lies about how much the entry inflates to. Built without Zip64 so the sizes are the 32-bit fields.
 */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const nameBytes = new TextEncoder().encode(name);
  let patched = 0;
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    const central = sig === 0x02014b50;
    const local = sig === 0x04034b50;
    if (!central && !local) continue;
    const nameLen = view.getUint16(i + (central ? 28 : 26), true);
    const nameAt = i + (central ? 46 : 30);
    if (nameLen !== nameBytes.length || !nameBytes.every((b, k) => out[nameAt + k] === b)) continue;
    const sizeAt = i + (central ? 24 : 22);
    if (local && view.getUint32(sizeAt, true) === 0) continue; // sizes in a data descriptor
    view.setUint32(sizeAt, size, true);
    patched++;
  }
  expect(patched).toBeGreaterThan(0);
  return out;
}

const bytesOf = async (b: Blob) => new Uint8Array(await b.arrayBuffer());

describe('archive inflation caps (zip bombs)', () => {
  it('the product caps sit far above real data files (split at ~100 MiB) and below the string limit', () => {
    expect(MAX_ENTRY_BYTES).toBeGreaterThan(2 * 105_000_000);
    expect(MAX_ENTRY_BYTES).toBeLessThan(2 ** 29 - 24);
    expect(MAX_TOTAL_BYTES).toBeGreaterThanOrEqual(4 * MAX_ENTRY_BYTES);
  });

  it('an entry inflating past the per-entry cap fails with a clear message naming the file', async () => {
    const zip = await zipFiles(
      [
        { path: 'data/account.js', data: ACCOUNT },
        { path: 'data/follower.js', data: followers(3) },
        { path: 'data/like.js', data: bomb(2_000_000) },
      ],
      { level: 9 },
    );
    expect(zip.size).toBeLessThan(50_000); // it really is a bomb: tiny compressed, 2 MB inflated
    const err = await readError(
      readArchive(zip, { limits: { entryBytes: 100_000, totalBytes: 10_000_000 } }),
    );
    expect(err.code).toBe('too-large');
    expect(err.file).toBe('data/like.js');
    expect(err.message).toMatch(/data\/like\.js inflates to more than 100000 bytes/);
    expect(err.message).toMatch(/download your archive from X again/);
  });

  it('the same archive reads fine under caps it does not reach (the cap is what stops it)', async () => {
    const zip = await zipFiles(
      [
        { path: 'data/account.js', data: ACCOUNT },
        { path: 'data/follower.js', data: followers(3) },
        { path: 'data/like.js', data: bomb(2_000_000) },
      ],
      { level: 9 },
    );
    const c = await readArchive(zip, { limits: { entryBytes: 3_000_000, totalBytes: 10_000_000 } });
    expect(c.followers).toHaveLength(3);
    expect(c.likes).toHaveLength(0);
  });

  it('an entry whose declared size lies is stopped while streaming, naming the file', async () => {
    const honest = await zipFiles(
      [
        { path: 'data/account.js', data: ACCOUNT },
        { path: 'data/like.js', data: bomb(1_000_000) },
      ],
      { level: 9, zip64: false },
    );
    const lying = new Blob([lieAboutSize(await bytesOf(honest), 'data/like.js', 1000)]);
    const progress: number[] = [];
    const err = await readError(
      readArchive(lying, {
        limits: { entryBytes: 50_000, totalBytes: 10_000_000 },
        onProgress: (p) => progress.push(p.bytesTotal),
      }),
    );
    expect(progress[0]).toBeLessThan(50_000); // the archive claimed to be small
    expect(err.message).toMatch(/data\/like\.js does not inflate to the size the zip declares/);
    expect(err.code).toBe('too-large');
    expect(err.file).toBe('data/like.js');
  });

  it('a declared size over the cap is refused before inflating', async () => {
    const honest = await zipFiles(
      [
        { path: 'data/account.js', data: ACCOUNT },
        { path: 'data/follower.js', data: followers(3) },
      ],
      { zip64: false },
    );
    const lying = new Blob([lieAboutSize(await bytesOf(honest), 'data/follower.js', 4_000_000_000)]);
    const err = await readError(readArchive(lying));
    expect(err.code).toBe('too-large');
    expect(err.file).toBe('data/follower.js');
  });

  it('many entries each under the entry cap are stopped by the total cap', async () => {
    const parts = Array.from({ length: 5 }, (_, i) => ({
      path: `data/like${i ? `-part${i}` : ''}.js`,
      data: `window.YTD.like.part${i} = [${' '.repeat(40_000)}]`,
    }));
    const zip = await zipFiles([{ path: 'data/account.js', data: ACCOUNT }, ...parts], { level: 9 });
    const err = await readError(readArchive(zip, { limits: { entryBytes: 60_000, totalBytes: 130_000 } }));
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(
      /data\/like-part3\.js takes the archive's data files past 130000 bytes in total/,
    );
    expect(err.file).toBe('data/like-part3.js'); // ~40 KB each: the fourth like file passes 130 KB
  });

  it('an unzipped folder with a file over the cap is refused the same way', async () => {
    const err = await readError(
      readArchive(
        [
          { path: 'data/account.js', file: new Blob([ACCOUNT]) },
          { path: 'data/like.js', file: new Blob([bomb(200_000)]) },
        ],
        { limits: { entryBytes: 100_000, totalBytes: 10_000_000 } },
      ),
    );
    expect(err.code).toBe('too-large');
    expect(err.file).toBe('data/like.js');
  });
});

describe('CappedTextSink (the streaming count behind the caps)', () => {
  const write = async (sink: CappedTextSink, chunks: Uint8Array[]) => {
    const w = sink.writable.getWriter();
    for (const c of chunks) await w.write(c);
    await w.close();
  };

  it('decodes UTF-8 split across chunks and counts the bytes', async () => {
    const bytes = new TextEncoder().encode('héllo 日本');
    const sink = new CappedTextSink(100, () => new ArchiveError('too-large', 'x'));
    await write(sink, [bytes.slice(0, 2), bytes.slice(2, 9), bytes.slice(9)]);
    expect(sink.text()).toBe('héllo 日本');
    expect(sink.bytes).toBe(bytes.length);
  });

  it('fails the stream with the given error as soon as the bytes pass the limit', async () => {
    const err = new ArchiveError('too-large', 'stop');
    const sink = new CappedTextSink(10, () => err);
    await expect(write(sink, [new Uint8Array(8), new Uint8Array(8), new Uint8Array(8)])).rejects.toBe(err);
    expect(sink.bytes).toBe(16); // the third chunk is never taken
  });
});
