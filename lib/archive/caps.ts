import { ArchiveError } from './errors';

const MiB = 1024 * 1024;

/**
 * Most bytes one data file (data/*.js) may inflate to. X splits data files into parts at about 100 MiB
 * (docs: tweets.js 104,874,243 B, tweets-part1.js …), so a real file never gets near 256 MiB; media, the
 * multi-GB part of an archive, is never inflated. It also stays under the longest string a browser can hold
 * (V8: 2^29 − 24 UTF-16 units), so a real file never fails here and a bomb fails with a clear message instead
 * of an out-of-memory crash of the worker.
 */
export const MAX_ENTRY_BYTES = 256 * MiB;

/**
 * Most bytes all data files together may inflate to. The biggest archives seen carry ≈ 200 MiB of tweets,
 * ≈ 30 MiB of likes and ≈ 15 MiB of followers; DMs of a heavy user can add a few hundred MiB. 2 GiB is
 * several times that, yet bounds the worker's memory (every file's records are held until the import is saved).
 */
export const MAX_TOTAL_BYTES = 2048 * MiB;

const mib = (n: number) => (n >= MiB ? `${Math.round(n / MiB)} MiB` : `${n} bytes`);

export function tooLargeError(file: string, limit: number, scope: 'entry' | 'total'): ArchiveError {
  const what =
    scope === 'entry'
      ? `${file} inflates to more than ${mib(limit)}, far more than any data file of a real X archive (X splits them at about 100 MiB)`
      : `${file} takes the archive's data files past ${mib(limit)} in total, far more than any real X archive`;
  return new ArchiveError(
    'too-large',
    `${what}. The zip is damaged or was made to overflow memory; download your archive from X again.`,
    { file },
  );
}

/**
 * A zip.js writer that decodes UTF-8 as it arrives and counts the bytes actually inflated: the size an entry
 * declares can lie, so the cap is enforced on what the decompressor produces, and the stream is failed (which
 * stops zip.js inflating) as soon as `limit` is passed.
 */
export class CappedTextSink {
  readonly writable: WritableStream<Uint8Array>;
  bytes = 0;
  private readonly decoder = new TextDecoder('utf-8');
  private readonly parts: string[] = [];

  constructor(limit: number, onExceeded: () => ArchiveError) {
    this.writable = new WritableStream<Uint8Array>({
      write: (chunk) => {
        this.bytes += chunk.byteLength;
        if (this.bytes > limit) throw onExceeded();
        this.parts.push(this.decoder.decode(chunk, { stream: true }));
      },
    });
  }

  text(): string {
    this.parts.push(this.decoder.decode());
    return this.parts.join('');
  }
}

/** An entry whose inflated size is not the size it declares (zip.js stops it mid-stream when it goes past). */
export function lyingSizeError(file: string, cause: unknown): ArchiveError {
  return new ArchiveError(
    'too-large',
    `${file} does not inflate to the size the zip declares for it, so reading stopped there. The zip is damaged or was made to overflow memory; download your archive from X again.`,
    { file, cause },
  );
}
