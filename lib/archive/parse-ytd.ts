import { ArchiveError } from './errors';

/**
 * Parser for one archive data file. Handles every wrapper seen in real archives:
 *   window.YTD.<name>.part<N> = [ ... ]      (2018 root-level and 2020+ data/ files)
 *   window.__THAR_CONFIG = { ... }            (data/manifest.js)
 *   Grailbird.data.tweets_2015_01 =\n [ ... ] (legacy "Your Tweet archive")
 *   var user_details =  { ... }               (legacy Grailbird account file)
 * Never evaluates the text: strips the assignment prefix and JSON.parses the rest.
 */

export interface ParsedDataFile {
  /** The assigned global, e.g. `YTD.tweets.part1`, `__THAR_CONFIG`, `Grailbird.data.tweets_2015_01` ('' for bare JSON). */
  global: string;
  /** Part number taken from `.partN` in the global (0 when absent). */
  part: number;
  value: unknown;
}

// Assignment header: optional `var|let|const`, optional `window.`, a dotted identifier, `=`.
const HEADER = /^\s*(?:(?:var|let|const)\s+)?(?:window\.)?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*=(?!=)/;

// JSON tokens that matter for id safety: string literals (unrolled-loop form, linear) and numbers.
const TOKENS = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
// Cheap pre-test: a long digit run directly after `:`, `,` or `[` (i.e. a bare number, not a string).
const BARE_BIG_NUMBER = /[:,[]\s*-?\d{16,}/;

/**
 * Turns bare integer literals that JSON.parse would round (beyond 2^53) into JSON strings, so ids in
 * legacy files (Grailbird has numeric `id`, `in_reply_to_status_id`, ...) survive exactly.
 * Strings are matched as whole tokens, so digits inside text are never touched.
 */
export function quoteUnsafeIntegers(json: string): string {
  if (!BARE_BIG_NUMBER.test(json)) return json;
  return json.replace(TOKENS, (tok) => {
    if (tok.charCodeAt(0) === 34 /* " */) return tok;
    if (tok.length < 16 || !/^-?\d+$/.test(tok)) return tok;
    return Number.isSafeInteger(Number(tok)) ? tok : `"${tok}"`;
  });
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Best-effort line number (1-based, in the whole file) of a JSON.parse failure. */
function errorLine(err: unknown, text: string, bodyStart: number): number | undefined {
  const msg = err instanceof Error ? err.message : String(err);
  // Firefox: "... at line 3 column 5 of the JSON data"; V8 (newer): "... (line 3 column 5)"
  const lc = /line (\d+) column (\d+)/.exec(msg);
  if (lc) return lineOfOffset(text, bodyStart) + Number(lc[1]) - 1;
  const pos = /position (\d+)/.exec(msg);
  if (pos) return lineOfOffset(text, bodyStart + Number(pos[1]));
  if (/end of (JSON )?(input|data)/i.test(msg)) return lineOfOffset(text, text.length);
  return undefined;
}

/** Parses one data file; `file` is only used to name the file in errors. */
export function parseDataFile(text: string, file: string): ParsedDataFile {
  let src = text;
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  let global = '';
  let bodyStart = 0;
  const m = HEADER.exec(src);
  if (m) {
    global = m[1] ?? '';
    bodyStart = m[0].length;
  } else {
    const first = /\S/.exec(src);
    if (!first || (first[0] !== '[' && first[0] !== '{')) {
      throw new ArchiveError(
        'malformed-file',
        first
          ? `${file} is not an archive data file (it does not start with "window.YTD.… = [").`
          : `${file} is empty.`,
        { file },
      );
    }
  }
  let body = src.slice(bodyStart).trimEnd();
  if (body.endsWith(';')) body = body.slice(0, -1);
  if (body.trim() === '') {
    throw new ArchiveError(
      'malformed-file',
      `${file} is empty after "${global} =" (the file looks cut off).`,
      {
        file,
      },
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(quoteUnsafeIntegers(body));
  } catch (err) {
    // Re-parse the untouched body so the reported position matches the file.
    let posErr: unknown = err;
    try {
      JSON.parse(body);
    } catch (e2) {
      posErr = e2;
    }
    const line = errorLine(posErr, src, bodyStart);
    const posMsg = String((posErr as Error)?.message ?? posErr);
    const at = /position (\d+)/.exec(posMsg);
    const cutOff = /end of (JSON )?(input|data)/i.test(posMsg) || (!!at && Number(at[1]) >= body.length);
    throw new ArchiveError(
      'malformed-file',
      `${file} is not valid JSON${line ? ` (line ${line})` : ''}${cutOff ? ': the file ends too early' : ''}.`,
      { file, cause: err },
    );
  }
  const partMatch = /\.part(\d+)$/.exec(global);
  return { global, part: partMatch ? Number(partMatch[1]) : 0, value };
}

/** Parses a file that must hold an array of records (every YTD data file, Grailbird month files). */
export function parseYtd(text: string, file: string): unknown[] {
  const parsed = parseDataFile(text, file);
  if (!Array.isArray(parsed.value)) {
    throw new ArchiveError('malformed-file', `${file} does not contain a list of records.`, { file });
  }
  return parsed.value;
}

/** Parses a file that must hold one object (`manifest.js`, Grailbird `user_details.js`). */
export function parseYtdObject(text: string, file: string): Record<string, unknown> {
  const parsed = parseDataFile(text, file);
  const v = parsed.value;
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    throw new ArchiveError('malformed-file', `${file} does not contain an object.`, { file });
  }
  return v as Record<string, unknown>;
}

/**
 * Unwraps `{ "<key>": {...} }` records. With `key` given, returns `rec[key]` when present, else the
 * record itself (pre-2020 tweets are unwrapped). Without key, unwraps any single-key object whose
 * value is an object.
 */
export function unwrapRecord(rec: unknown, key?: string): Record<string, unknown> | undefined {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) return undefined;
  const o = rec as Record<string, unknown>;
  if (key !== undefined) {
    const inner = o[key];
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) return inner as Record<string, unknown>;
    return o;
  }
  const keys = Object.keys(o);
  if (keys.length === 1) {
    const inner = o[keys[0] as string];
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) return inner as Record<string, unknown>;
  }
  return o;
}
