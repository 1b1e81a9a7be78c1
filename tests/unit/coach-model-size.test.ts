import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeWeights, encodeWeights } from '@/lib/coach/model/weight-text';

// Issue #12: the learned model ships as data, at most 50 KB gzipped. Read as 50,000 bytes (the
// stricter reading), at gzip's best level as the stores compress. Every retrain must stay under it.
const LIMIT_BYTES = 50_000;

describe('the coach model shipped as data', () => {
  it('is at most 50 KB gzipped', () => {
    const text = readFileSync(join(__dirname, '../../lib/coach/model/weights.ts'));
    const gzipped = gzipSync(text, { level: 9 }).length;
    expect(gzipped).toBeGreaterThan(1_000); // the weights are really there
    expect(gzipped).toBeLessThanOrEqual(LIMIT_BYTES);
  });
});

describe('the weight tables as text (model/weight-text.ts)', () => {
  it('gives back every int8 value it was given, small ones as one character', () => {
    const all = Int8Array.from({ length: 256 }, (_, i) => i - 128);
    const text = encodeWeights(all);
    expect([...decodeWeights(text, all.length)]).toEqual([...all]);
    expect(encodeWeights(Int8Array.from([0, 44, -44]))).toHaveLength(3);
    expect(text).not.toMatch(/['\\`]/);
  });
  it('reads a short text as zeros past its end', () => {
    expect([...decodeWeights(encodeWeights(Int8Array.from([3])), 3)]).toEqual([3, 0, 0]);
  });
});
