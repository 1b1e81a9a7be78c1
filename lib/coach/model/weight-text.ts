/**
 * How the int8 weight tables are written into weights.ts: one printable character per weight for the common
 * small values, so gzip sees one symbol per bucket (base64 spreads each byte over character boundaries and
 * compressed 9 KB worse, which the 50 KB limit of issue 12 could not spare). 89 characters stand for -44..44
 * (no quote, backslash, backtick or tilde, so the text sits in a plain '...' string); any other value is "~"
 * and its byte in two hex digits.
 */
const ALPHABET = '!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}';
const OFFSET = (ALPHABET.length - 1) / 2;
const ESCAPE = '~';
const ESCAPE_CODE = ESCAPE.charCodeAt(0);
const VALUE_OF = new Int8Array(128);
for (let i = 0; i < ALPHABET.length; i++) VALUE_OF[ALPHABET.charCodeAt(i)] = i - OFFSET;

export function encodeWeights(q: Int8Array): string {
  let s = '';
  for (const v of q)
    s += Math.abs(v) <= OFFSET ? ALPHABET[v + OFFSET] : ESCAPE + (v & 0xff).toString(16).padStart(2, '0');
  return s;
}

/** The table back, `size` weights long (missing ones are 0). */
export function decodeWeights(s: string, size: number): Int8Array {
  const out = new Int8Array(size);
  let j = 0;
  for (let i = 0; i < s.length && j < size; i++) {
    const c = s.charCodeAt(i);
    if (c === ESCAPE_CODE) {
      out[j++] = (Number.parseInt(s.slice(i + 1, i + 3), 16) << 24) >> 24;
      i += 2;
    } else out[j++] = VALUE_OF[c] ?? 0;
  }
  return out;
}
