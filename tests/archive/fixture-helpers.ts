import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  BlobWriter,
  configure,
  TextReader,
  Uint8ArrayReader,
  ZipWriter,
} from '@zip.js/zip.js/lib/zip-core-native.js';
import type { ArchiveFileInput } from '../../lib/archive/read-zip';
import { sharedFixture } from '../shared-fixtures';

configure({ useWebWorkers: false });

/** ../shared/fixtures/x-archive (tests needing it are `describeWithFixtures('x-archive', …)`). */
export const FIXTURES_DIR = sharedFixture('x-archive');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every archive folder: <owner_repo>/<generation>. */
export function fixtureArchives(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((o) => statSync(join(FIXTURES_DIR, o)).isDirectory())
    .flatMap((o) => readdirSync(join(FIXTURES_DIR, o)).map((g) => `${o}/${g}`))
    .sort();
}

/**
 * The folder as a directory-input file list. `base` controls the path prefix, like webkitRelativePath:
 * paths are relative to the parent of the archive folder, so they start with the folder's name.
 */
export function fixtureFiles(archive: string, base: 'with-root' | 'bare' = 'with-root'): ArchiveFileInput[] {
  const dir = join(FIXTURES_DIR, archive);
  const from = base === 'with-root' ? join(dir, '..') : dir;
  return walk(dir).map((p) => ({ path: relative(from, p), file: new Blob([readFileSync(p)]) }));
}

/** Zips files (Zip64 records like real X archives). `extra` adds entries (text or bytes). */
export async function zipFiles(
  files: { path: string; data: Uint8Array | string }[],
  options: { prefix?: string; level?: number; zip64?: boolean } = {},
): Promise<Blob> {
  const writer = new ZipWriter(new BlobWriter('application/zip'), {
    useWebWorkers: false,
    zip64: options.zip64 ?? true,
    level: options.level ?? 6,
  });
  for (const f of files) {
    const reader = typeof f.data === 'string' ? new TextReader(f.data) : new Uint8ArrayReader(f.data);
    await writer.add(`${options.prefix ?? ''}${f.path}`, reader);
  }
  return writer.close();
}

export function fixtureZipEntries(archive: string): { path: string; data: Uint8Array }[] {
  const dir = join(FIXTURES_DIR, archive);
  return walk(dir).map((p) => ({ path: relative(dir, p), data: new Uint8Array(readFileSync(p)) }));
}
