import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

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
