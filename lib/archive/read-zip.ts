// zip-core-native: native (De)CompressionStream + pure-JS zlib fallback. Unlike the package root it pulls in
// no inline worker (blob: URL) and no WASM loader (fetch); with useWebWorkers:false nothing is spawned.
import {
  BlobReader,
  configure,
  type Entry,
  type FileEntry,
  ZipReader,
} from '@zip.js/zip.js/lib/zip-core-native.js';
import { CappedTextSink, lyingSizeError, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES, tooLargeError } from './caps';
import { ArchiveError, cancelledError, isArchiveError } from './errors';
import { ArchiveBuilder, mapAccountRecord, mapGrailbirdUser, mapManifestUser, parseTimestamp } from './map';
import { parseYtd, parseYtdObject } from './parse-ytd';
import type { ArchiveAccount, ArchiveContents, ArchiveGeneration } from './types';

configure({ useWebWorkers: false });

/** A file of an unzipped archive chosen through a directory input (`webkitRelativePath`) or drag & drop. */
export interface ArchiveFileInput {
  path: string;
  file: Blob;
}

export type ArchiveSource = Blob | readonly ArchiveFileInput[];

export type ArchiveDataKind =
  | 'manifest'
  | 'account'
  | 'followers'
  | 'following'
  | 'posts'
  | 'dms'
  | 'dms-group'
  | 'likes';

export interface ArchiveProgress {
  /** scan: listing entries; read: inflating/reading a file; parse: file parsed and mapped; done: finished. */
  phase: 'scan' | 'read' | 'parse' | 'done';
  kind: ArchiveDataKind | 'archive';
  /** Archive-relative path of the current file. */
  file?: string;
  /** Files completed so far / files to read. */
  done: number;
  total: number;
  /** Uncompressed bytes of data files read so far / in total. */
  bytesRead: number;
  bytesTotal: number;
  /** Records accepted from the current file (phase 'parse'). */
  records?: number;
}

export interface ReadArchiveOptions {
  onProgress?: (p: ArchiveProgress) => void;
  signal?: AbortSignal;
  /** When set, an archive of another account fails with code 'wrong-account' before the big files are read. */
  expectedAccountId?: string;
  /** Inflation caps (bytes); tests lower them, the product uses MAX_ENTRY_BYTES / MAX_TOTAL_BYTES. */
  limits?: { entryBytes: number; totalBytes: number };
}

interface SourceFile {
  /** Normalised archive-relative path (forward slashes, no leading ./ or /). */
  path: string;
  size: number;
  /** Reads the whole file as text; fails with `tooLarge()` once more than `limit` bytes are produced. */
  read(
    signal: AbortSignal | undefined,
    onBytes: (n: number) => void,
    cap: ReadCap,
  ): Promise<{ text: string; bytes: number }>;
}

interface ReadCap {
  limit: number;
  tooLarge: () => ArchiveError;
}

interface PlannedFile {
  src: SourceFile;
  kind: ArchiveDataKind;
  part: number;
}

const normalizePath = (p: string): string =>
  p
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/|\/)+/, '')
    .replace(/\/{2,}/g, '/');

const dirOf = (p: string): string => {
  const i = p.lastIndexOf('/');
  return i === -1 ? '' : p.slice(0, i + 1);
};
const baseOf = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

const IGNORED = /(?:^|\/)(?:__MACOSX|assets)\/|(?:^|\/)\._/;

/** Classifies a data-file basename. `direct-message-headers.js`, `tweet-headers.js` etc. deliberately don't match. */
export function classifyDataFile(base: string): { kind: ArchiveDataKind; part: number } | undefined {
  const m =
    /^(manifest|account|follower|following|tweets?|like|direct-messages?|direct-messages?-group)(?:-part(\d+))?\.js$/.exec(
      base,
    );
  if (!m) return undefined;
  const part = m[2] ? Number(m[2]) : 0;
  const name = m[1] as string;
  if (name === 'manifest' || name === 'account') return part === 0 ? { kind: name, part } : undefined;
  if (name === 'follower') return { kind: 'followers', part };
  if (name === 'following') return { kind: 'following', part };
  if (name === 'like') return { kind: 'likes', part };
  if (name.startsWith('tweet')) return { kind: 'posts', part };
  if (name.endsWith('-group')) return { kind: 'dms-group', part };
  return { kind: 'dms', part };
}

const GRAILBIRD_MONTH = /^\d{4}_\d{2}\.js$/;

interface Plan {
  generation: ArchiveGeneration;
  root: string;
  files: PlannedFile[];
  /** Grailbird only. */
  userDetails?: SourceFile;
}

/** Locates the archive's data folder (whatever the top-level prefix) and picks only the files we import. */
function planArchive(all: SourceFile[]): Plan | undefined {
  const files = all.filter((f) => !IGNORED.test(f.path) && f.path.endsWith('.js'));
  // YTD archive root: folder of account.js / manifest.js, else of a follower/tweet file. Shallowest wins.
  const rootScore = (f: SourceFile): number => {
    const c = classifyDataFile(baseOf(f.path));
    if (!c) return -1;
    return c.kind === 'account' || c.kind === 'manifest' ? 2 : 1;
  };
  let best: { root: string; score: number; depth: number } | undefined;
  for (const f of files) {
    const score = rootScore(f);
    if (score < 0) continue;
    const root = dirOf(f.path);
    const depth = root.split('/').length;
    if (!best || score > best.score || (score === best.score && depth < best.depth))
      best = { root, score, depth };
  }
  if (best && best.score === 2) {
    const root = best.root;
    const planned: PlannedFile[] = [];
    for (const f of files) {
      if (dirOf(f.path) !== root) continue;
      const c = classifyDataFile(baseOf(f.path));
      if (c) planned.push({ src: f, ...c });
    }
    const generation: ArchiveGeneration = /(?:^|\/)data\/$/.test(root) ? 'data-folder' : 'root-level';
    return { generation, root, files: planned };
  }
  // Legacy Grailbird: <root>data/js/user_details.js + <root>data/js/tweets/YYYY_MM.js
  const details = files.find((f) => /(?:^|\/)js\/user_details\.js$/.test(f.path));
  if (details) {
    const jsDir = dirOf(details.path);
    const months = files.filter(
      (f) => dirOf(f.path) === `${jsDir}tweets/` && GRAILBIRD_MONTH.test(baseOf(f.path)),
    );
    return {
      generation: 'grailbird',
      root: jsDir,
      userDetails: details,
      files: months.map((src) => ({ src, kind: 'posts', part: 0 })),
    };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Sources

const ZIP_ERRORS_TRUNCATED = [
  'End of central directory not found',
  'Central directory header not found',
  'Local file header not found',
  'Entry data out of bounds',
  'Invalid uncompressed size',
  'Invalid compressed data',
  'Zip64 extra field not found',
  'End of Zip64 central directory locator not found',
  'Overlapping entry found',
];

function isAbort(e: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted) return true;
  const name = (e as { name?: string })?.name;
  const msg = (e as { message?: string })?.message ?? '';
  return name === 'AbortError' || msg === 'The operation was aborted';
}

function zipErrorToArchiveError(e: unknown, signal: AbortSignal | undefined, file?: string): ArchiveError {
  if (isArchiveError(e)) return e;
  if (isAbort(e, signal)) return cancelledError();
  const msg = (e as { message?: string })?.message ?? String(e);
  const where = file ? ` while reading ${file}` : '';
  if (msg.includes('CRC') || msg.includes('crc')) {
    return new ArchiveError('truncated', `The zip file is damaged (checksum mismatch${where}).`, {
      cause: e,
      ...(file ? { file } : {}),
    });
  }
  if (ZIP_ERRORS_TRUNCATED.some((m) => msg.includes(m))) {
    return new ArchiveError(
      'truncated',
      `The zip file is incomplete or damaged${where} (${msg}). The download was probably interrupted — download the archive again.`,
      { cause: e, ...(file ? { file } : {}) },
    );
  }
  return new ArchiveError('truncated', `The zip file could not be read${where}: ${msg}`, {
    cause: e,
    ...(file ? { file } : {}),
  });
}

/**
 * zip.js fails with "Invalid uncompressed size" when an entry's inflated bytes differ from the size it declares.
 * It checks while streaming, so an entry lying small to slip under the cap stops as soon as it goes past.
 */
const isSizeMismatch = (e: unknown): boolean =>
  !isArchiveError(e) && String((e as Error)?.message).includes('Invalid uncompressed size');

async function sniffZip(blob: Blob): Promise<void> {
  if (blob.size < 22) throw new ArchiveError('not-zip', 'This file is not a zip archive (it is too small).');
  const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
  // PK\3\4 local header, PK\5\6 empty archive, PK\7\8 spanned marker.
  const ok =
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    ((head[2] === 3 && head[3] === 4) ||
      (head[2] === 5 && head[3] === 6) ||
      (head[2] === 7 && head[3] === 8));
  if (!ok)
    throw new ArchiveError('not-zip', 'This file is not a zip archive. Choose the .zip file X sent you.');
}

async function openZip(
  blob: Blob,
  signal: AbortSignal | undefined,
): Promise<{ files: SourceFile[]; close: () => Promise<void> }> {
  await sniffZip(blob);
  const reader = new ZipReader(new BlobReader(blob), { useWebWorkers: false });
  let entries: Entry[];
  try {
    entries = await reader.getEntries();
  } catch (e) {
    await reader.close().catch(() => {});
    throw zipErrorToArchiveError(e, signal);
  }
  const files: SourceFile[] = [];
  for (const entry of entries) {
    if (entry.directory) continue;
    const fe = entry as FileEntry;
    const path = normalizePath(fe.filename);
    files.push({
      path,
      size: fe.uncompressedSize,
      async read(sig, onBytes, cap) {
        // The declared size is checked first (cheap), the inflated bytes while streaming (it can lie).
        if (fe.uncompressedSize > cap.limit) throw cap.tooLarge();
        const sink = new CappedTextSink(cap.limit, cap.tooLarge);
        try {
          await fe.getData(sink, {
            signal: sig,
            checkSignature: true,
            useWebWorkers: false,
            onprogress: async (progress) => {
              onBytes(progress);
            },
          });
          return { text: sink.text(), bytes: sink.bytes };
        } catch (e) {
          if (isSizeMismatch(e)) throw lyingSizeError(path, e);
          throw zipErrorToArchiveError(e, sig, path);
        }
      },
    });
  }
  return { files, close: () => reader.close().catch(() => {}) };
}

function listFiles(list: readonly ArchiveFileInput[]): SourceFile[] {
  return list.map(({ path, file }) => {
    const p = normalizePath(path);
    return {
      path: p,
      size: file.size,
      async read(sig, _onBytes, cap) {
        if (sig?.aborted) throw cancelledError();
        if (file.size > cap.limit) throw cap.tooLarge();
        let buf: ArrayBuffer;
        try {
          buf = await file.arrayBuffer();
        } catch (e) {
          throw new ArchiveError('truncated', `${p} could not be read (${(e as Error)?.message ?? e}).`, {
            file: p,
            cause: e,
          });
        }
        return { text: new TextDecoder('utf-8').decode(buf), bytes: buf.byteLength };
      },
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------

const KIND_ORDER: ArchiveDataKind[] = [
  'manifest',
  'account',
  'followers',
  'following',
  'likes',
  'dms',
  'dms-group',
  'posts',
];
const MANIFEST_TYPES: Record<string, ArchiveDataKind> = {
  account: 'account',
  follower: 'followers',
  following: 'following',
  like: 'likes',
  tweets: 'posts',
  tweet: 'posts',
  directMessages: 'dms',
  directMessage: 'dms',
  directMessagesGroup: 'dms-group',
};

/**
 * Reads an X archive: a zip (Blob/File; only the needed entries are inflated, media never) or the files of an
 * unzipped archive. All or nothing: resolves with the full contents or rejects with an ArchiveError.
 */
export async function readArchive(
  source: ArchiveSource,
  options: ReadArchiveOptions = {},
): Promise<ArchiveContents> {
  const { onProgress, signal, expectedAccountId } = options;
  const { entryBytes, totalBytes } = options.limits ?? {
    entryBytes: MAX_ENTRY_BYTES,
    totalBytes: MAX_TOTAL_BYTES,
  };
  const check = () => {
    if (signal?.aborted) throw cancelledError();
  };
  check();
  let close: (() => Promise<void>) | undefined;
  try {
    let all: SourceFile[];
    if (source instanceof Blob) {
      const z = await openZip(source, signal);
      all = z.files;
      close = z.close;
    } else if (Array.isArray(source)) {
      all = listFiles(source);
    } else {
      throw new ArchiveError('not-zip', 'Nothing to read: choose the archive .zip or its unzipped folder.');
    }
    check();
    const plan = planArchive(all);
    if (!plan) {
      throw new ArchiveError(
        'not-archive',
        source instanceof Blob
          ? 'This zip is not an X/Twitter archive (no data/account.js or data/manifest.js inside).'
          : 'These files are not an X/Twitter archive (no account.js or manifest.js found).',
      );
    }
    plan.files.sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        a.part - b.part ||
        a.src.path.localeCompare(b.src.path),
    );
    const toRead: SourceFile[] = [
      ...(plan.userDetails ? [plan.userDetails] : []),
      ...plan.files.map((f) => f.src),
    ];
    const total = toRead.length;
    const bytesTotal = toRead.reduce((s, f) => s + f.size, 0);
    let done = 0;
    let bytesBefore = 0;
    /** Bytes actually inflated so far, for the total cap (declared sizes can lie). */
    let inflated = 0;
    onProgress?.({ phase: 'scan', kind: 'archive', done, total, bytesRead: 0, bytesTotal });

    const readText = async (src: SourceFile, kind: ArchiveProgress['kind']): Promise<string> => {
      check();
      onProgress?.({ phase: 'read', kind, file: src.path, done, total, bytesRead: bytesBefore, bytesTotal });
      const left = totalBytes - inflated;
      const cap: ReadCap =
        left < entryBytes
          ? { limit: left, tooLarge: () => tooLargeError(src.path, totalBytes, 'total') }
          : { limit: entryBytes, tooLarge: () => tooLargeError(src.path, entryBytes, 'entry') };
      const { text, bytes } = await src.read(
        signal,
        (n) =>
          onProgress?.({
            phase: 'read',
            kind,
            file: src.path,
            done,
            total,
            bytesRead: bytesBefore + n,
            bytesTotal,
          }),
        cap,
      );
      inflated += bytes;
      check();
      return text;
    };
    const finished = (src: SourceFile, kind: ArchiveProgress['kind'], records: number) => {
      done++;
      bytesBefore += src.size;
      onProgress?.({
        phase: 'parse',
        kind,
        file: src.path,
        done,
        total,
        bytesRead: bytesBefore,
        bytesTotal,
        records,
      });
    };

    const builder = new ArchiveBuilder();
    const missingFiles: string[] = [];
    const skippedRows: { file: string; rows: number }[] = [];
    let generatedAt: number | undefined;
    let manifestAccount: ArchiveAccount | undefined;
    const readPaths: string[] = [];

    if (plan.userDetails) {
      const src = plan.userDetails;
      const details = parseYtdObject(await readText(src, 'account'), src.path);
      builder.account = mapGrailbirdUser(details);
      if (!builder.account) {
        throw new ArchiveError('malformed-file', `${src.path} has no account id and screen name.`, {
          file: src.path,
        });
      }
      readPaths.push(src.path);
      finished(src, 'account', 1);
    }

    const verifyAccount = () => {
      if (expectedAccountId && builder.account && builder.account.id !== expectedAccountId) {
        throw new ArchiveError(
          'wrong-account',
          `This archive belongs to @${builder.account.handle} (id ${builder.account.id}), not to the account you are signed in with.`,
        );
      }
    };
    verifyAccount();

    for (const f of plan.files) {
      const { src, kind } = f;
      const text = await readText(src, kind);
      let records = 0;
      if (kind === 'manifest') {
        const manifest = parseYtdObject(text, src.path);
        manifestAccount = mapManifestUser(manifest);
        const archiveInfo = manifest.archiveInfo as Record<string, unknown> | undefined;
        generatedAt = parseTimestamp(archiveInfo?.generationDate);
        const present = new Set(plan.files.map((p) => baseOf(p.src.path)));
        const dataTypes = manifest.dataTypes as Record<
          string,
          { files?: { fileName?: string; count?: string }[] }
        >;
        for (const [type, k] of Object.entries(MANIFEST_TYPES)) {
          for (const mf of dataTypes?.[type]?.files ?? []) {
            if (typeof mf?.fileName !== 'string') continue;
            const base = baseOf(mf.fileName);
            if (!present.has(base) && classifyDataFile(base)?.kind === k) missingFiles.push(mf.fileName);
          }
        }
        if (!builder.account && manifestAccount) builder.account = manifestAccount;
        records = 1;
      } else if (kind === 'account') {
        const recs = parseYtd(text, src.path);
        const acc = recs.map(mapAccountRecord).find((a) => a);
        if (!acc && !manifestAccount) {
          throw new ArchiveError('malformed-file', `${src.path} has no account id and username.`, {
            file: src.path,
          });
        }
        if (acc) builder.account = acc;
        records = recs.length;
      } else {
        if (!builder.account) {
          throw new ArchiveError(
            'not-archive',
            'This looks like part of an X archive, but account.js (and manifest.js) are missing, so the owner is unknown.',
          );
        }
        const recs = parseYtd(text, src.path);
        if (kind === 'followers') records = builder.addFollowers(recs, 'follower');
        else if (kind === 'following') records = builder.addFollowers(recs, 'following');
        else if (kind === 'likes') records = builder.addLikes(recs);
        else if (kind === 'posts') records = builder.addTweets(recs);
        else records = builder.addDmConversations(recs, kind === 'dms-group');
        // DMs count messages, not the conversation records read; every other kind counts records.
        const skipped = kind.startsWith('dms') ? 0 : recs.length - records;
        if (skipped > 0) skippedRows.push({ file: src.path, rows: skipped });
      }
      readPaths.push(src.path);
      verifyAccount();
      finished(src, kind, records);
    }

    if (!builder.account) {
      throw new ArchiveError(
        'not-archive',
        'No account information (account.js or manifest.js) found in the archive.',
      );
    }
    check();
    const contents = builder.finish({
      generation: plan.generation,
      ...(generatedAt !== undefined ? { generatedAt } : {}),
      files: readPaths,
      missingFiles,
      ...(skippedRows.length && { skippedRows }),
    });
    onProgress?.({ phase: 'done', kind: 'archive', done, total, bytesRead: bytesBefore, bytesTotal });
    return contents;
  } catch (e) {
    if (isArchiveError(e)) throw e;
    if (isAbort(e, signal)) throw cancelledError();
    throw new ArchiveError(
      'truncated',
      `The archive could not be read: ${(e as Error)?.message ?? String(e)}`,
      {
        cause: e,
      },
    );
  } finally {
    await close?.();
  }
}
