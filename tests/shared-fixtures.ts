import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe } from 'vitest';

/** ../shared/fixtures: real X archives, saved pages and tweets, read in place (never copied here). */
export const SHARED_FIXTURES = resolve(__dirname, '../../shared/fixtures');

/** The path of one folder of ../shared/fixtures. */
export const sharedFixture = (folder: string) => join(SHARED_FIXTURES, folder);

/**
 * A describe block over one folder of ../shared/fixtures. It runs when the folder is there. Under CI
 * a missing folder fails the file at once: CI must test the real data. In a plain clone without
 * ../shared it is skipped by name, so a newcomer's `npm test` passes and says what it left out.
 */
export function describeWithFixtures(folder: string, title: string, body: () => void): void {
  const path = sharedFixture(folder);
  const present = existsSync(path);
  if (!present && process.env.CI)
    throw new Error(`${path} is missing: CI needs ../shared/fixtures (${title})`);
  if (present) describe(title, body);
  else describe.skip(`${title} SKIPPED: ${path} not found`, body);
}
