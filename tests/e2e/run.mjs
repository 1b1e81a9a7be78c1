// Runs every tests/e2e/*.e2e.mjs with node's test runner, one file at a time (one browser at a
// time on a 2-core machine; Firefox needs port 443 to itself).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { requireBrowser, requireBuild } from './browsers.mjs';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.mjs') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort()
  .map((f) => join(dir, f));

// Fail early and clearly when a browser or the build is missing.
for (const kind of (process.env.DT_BROWSERS ?? 'chromium,firefox').split(',')) requireBrowser(kind);
requireBuild('chrome-mv3');
requireBuild('firefox-mv2');

const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
