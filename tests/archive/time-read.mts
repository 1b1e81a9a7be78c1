// Times readArchive() on a synthetic archive zip:
//   npx tsx tests/archive/time-read.mts [mediaMB=200] [zipPath]      (writes the zip, then reads it)
//   READ_ONLY=1 npx tsx tests/archive/time-read.mts 0 existing.zip    (only reads: clean peak-RSS number)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArchive } from '../../lib/archive/read-zip';
import { summarizeArchive as summarize } from '../../lib/archive/types';
import { makeSyntheticArchive } from './make-synthetic.mjs';
import { NodeFileBlob } from './node-file-blob';

const mediaMB = Number(process.argv[2] ?? 200);
const dir = await mkdtemp(join(tmpdir(), 'archive-time-'));
const zipPath = process.argv[3] ?? join(dir, 'synthetic.zip');
try {
  const t0 = performance.now();
  const made = process.env.READ_ONLY
    ? { bytes: (await import('node:fs')).statSync(zipPath).size, expected: 'n/a' }
    : await makeSyntheticArchive(zipPath, { mediaBytes: mediaMB * 1024 * 1024 });
  const t1 = performance.now();
  const rssAfterWrite = Math.round(process.resourceUsage().maxRSS / 1024);
  let rssSamples = 0;
  const timer = setInterval(() => {
    rssSamples = Math.max(rssSamples, process.memoryUsage().rss);
  }, 20);
  const { blob, close } = NodeFileBlob.open(zipPath); // not fs.openAsBlob: wrong size > 4 GiB on node 20
  const contents = await readArchive(blob).finally(close);
  const t2 = performance.now();
  clearInterval(timer);
  console.log(
    JSON.stringify(
      {
        zipBytes: made.bytes,
        writeSeconds: +((t1 - t0) / 1000).toFixed(2),
        readSeconds: +((t2 - t1) / 1000).toFixed(2),
        maxRssMBAfterWrite: rssAfterWrite,
        peakRssMBDuringRead: Math.round(rssSamples / 1024 / 1024),
        maxRssMBProcess: Math.round(process.resourceUsage().maxRSS / 1024),
        summary: summarize(contents),
        expected: made.expected,
      },
      null,
      1,
    ),
  );
} finally {
  if (!process.argv[3]) await rm(dir, { recursive: true, force: true });
}
