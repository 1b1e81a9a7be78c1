import { TRANSFER_STORES, type TransferStore } from '@/lib/transfer/stores';

/**
 * The export file: one JSON object, written one row per line so that it can be written and read a
 * line at a time (an account with a million interactions is hundreds of MB: never one string, never
 * one message). Any JSON tool reads it whole:
 *
 *   {"format":"dinner-table-export","version":2,"exportedAt":…,"account":{…},
 *   "contacts":[
 *   {…},
 *   {…}
 *   ],
 *   "interactions":[
 *   …
 *   ]
 *   }
 *
 * Version 1 files (everything on one line) are still read, when small enough to parse whole.
 */
export const EXPORT_FORMAT = 'dinner-table-export';
export const EXPORT_VERSION = 2;
/** A version 1 file is parsed whole: above this it is refused with a clear message, not a crash. */
export const LEGACY_MAX_CHARS = 64 * 1024 * 1024;

export interface ExportAccount {
  id: string;
  handle: string;
  name?: string;
  firstSeen?: number;
  lastSeen?: number;
}
export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: number;
  account: ExportAccount;
}

export const headerLine = (header: Omit<ExportHeader, 'format' | 'version'>) =>
  `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, ...header }).slice(0, -1)},\n`;
export const sectionStart = (store: TransferStore) => `"${store}":[\n`;
export const sectionEnd = (last: boolean) => (last ? ']\n}\n' : '\n],\n');
/** Rows of one page; `continues` when rows of the same store were written before it. */
export const rowLines = (rows: unknown[], continues: boolean) =>
  rows.length ? `${continues ? ',\n' : ''}${rows.map((r) => JSON.stringify(r)).join(',\n')}` : '';

export type Line =
  | { type: 'header'; header: ExportHeader }
  | { type: 'row'; store: TransferStore; row: unknown; line: number }
  | { type: 'bad'; line: number; reason: string };

const isStore = (s: string): s is TransferStore => (TRANSFER_STORES as readonly string[]).includes(s);

function readHeader(parsed: unknown): ExportHeader | string {
  const h = parsed as Partial<ExportHeader> | null;
  if (!h || typeof h !== 'object' || h.format !== EXPORT_FORMAT)
    return 'This file is not a Dinner Table export. Choose a file exported by Dinner Table.';
  if (typeof h.version !== 'number' || h.version > EXPORT_VERSION)
    return 'This export was made by a newer Dinner Table. Update Dinner Table, then import it.';
  const a = h.account;
  if (!a || typeof a.id !== 'string' || !/^\d{1,20}$/.test(a.id) || typeof a.handle !== 'string')
    return 'This export does not say which X account it belongs to.';
  return h as ExportHeader;
}

/**
 * Reads an export's lines one at a time: the header, then each row with its store and line number,
 * and each line that cannot be read (reported, never fatal). A file that is not an export throws
 * with a message for the person at the first line.
 */
export async function* readExport(lines: AsyncIterable<string>): AsyncGenerator<Line> {
  let n = 0;
  let store: TransferStore | undefined;
  for await (const raw of lines) {
    n++;
    const line = raw.trim();
    if (n === 1) {
      yield* readFirstLine(line);
      continue;
    }
    if (!line || line === '}') continue;
    const start = /^"(\w+)":\[$/.exec(line);
    if (start) {
      store = isStore(start[1] ?? '') ? (start[1] as TransferStore) : undefined;
      if (!store) yield { type: 'bad', line: n, reason: `unknown part "${start[1]}", skipped` };
      continue;
    }
    if (line === ']' || line === '],' || line === ']}' || line === ']},') {
      store = undefined;
      continue;
    }
    if (!store) continue; // the rows of a part this version does not know
    try {
      yield { type: 'row', store, row: JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line), line: n };
    } catch {
      yield { type: 'bad', line: n, reason: 'not a JSON row' };
    }
  }
  if (n === 0) throw new Error('This file is empty.');
}

function* readFirstLine(line: string): Generator<Line> {
  if (!line.startsWith('{'))
    throw new Error('This file is not JSON. Choose a file exported by Dinner Table.');
  let parsed: unknown;
  let legacy = false;
  try {
    // Version 2: the first line is the header object left open.
    parsed = JSON.parse(`${line.replace(/,$/, '')}}`);
  } catch {
    try {
      // Version 1: the whole export on one line.
      if (line.length > LEGACY_MAX_CHARS) throw new Error('too big');
      parsed = JSON.parse(line);
      legacy = true;
    } catch {
      throw new Error('This file is not a Dinner Table export, or it is cut short.');
    }
  }
  const header = readHeader(parsed);
  if (typeof header === 'string') throw new Error(header);
  yield { type: 'header', header };
  if (!legacy) return;
  for (const store of TRANSFER_STORES) {
    const rows = (parsed as Record<string, unknown>)[store];
    if (Array.isArray(rows)) for (const row of rows) yield { type: 'row', store, row, line: 1 };
  }
}

/** The lines of a file, read as a stream (never the whole file in memory as one string). */
export async function* fileLines(file: Blob): AsyncGenerator<string> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    rest += value;
    if (rest.length > LEGACY_MAX_CHARS && !rest.includes('\n'))
      throw new Error('This file has a line longer than 64 MB: it is not a Dinner Table export.');
    let at = rest.indexOf('\n');
    while (at >= 0) {
      yield rest.slice(0, at);
      rest = rest.slice(at + 1);
      at = rest.indexOf('\n');
    }
  }
  if (rest) yield rest;
}
