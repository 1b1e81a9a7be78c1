// The one string hash: FNV-1a, 32 bits, over UTF-16 code units. Its output must never change: it
// keys stored rows (a like known only by its post's text), orders the day's handful, spreads the
// balance chart's dots and indexes the coach model's hashed features (the trained weights). A test
// pins it on fixed inputs (tests/unit/fnv1a.test.ts).

/** FNV-1a's offset basis, the state before any character. */
export const FNV1A_SEED = 0x811c9dc5;

/**
 * Continues an FNV-1a state over `text[from, to)`, so hash("c|" + x) needs no new string. The state
 * is a signed 32-bit number: `>>> 0` makes it the hash.
 */
export function fnv1aMore(state: number, text: string, from = 0, to = text.length): number {
  let h = state;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** FNV-1a, 32 bits: a stable, well-spread unsigned number for a string. */
export const fnv1a = (text: string): number => fnv1aMore(FNV1A_SEED, text) >>> 0;
