// Every selector in lib/x/selectors.ts, counted on the real pages saved by other projects in
// ../shared/fixtures/x-dom. When X changes, this table says which anchor moved.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type SelectorSpec, X } from '@/lib/x/selectors';
import { countMatches, meetsExpectation, SEEN, type Seen } from '@/lib/x/selectors-seen';
import { describeWithFixtures, sharedFixture } from '../shared-fixtures';

const FIXTURES = sharedFixture('x-dom');

const cases = Object.entries(X as Record<string, SelectorSpec>).flatMap(([name, spec]) =>
  Object.entries((SEEN as Record<string, Seen>)[name]?.fixtures ?? {}).map(([file, expected]) => ({
    name,
    spec,
    file,
    expected,
  })),
);

const parsed = new Map<string, Document>();
function page(file: string): Document {
  let doc = parsed.get(file);
  if (!doc) {
    doc = new DOMParser().parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html');
    parsed.set(file, doc);
  }
  return doc;
}

describeWithFixtures('x-dom', 'selectors on real saved X pages', () => {
  it('covers most selectors with at least one saved page', () => {
    const covered = new Set(cases.map((c) => c.name));
    expect(covered.size).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('$name matches $expected on $file', ({ spec, file, expected }) => {
    const count = countMatches(spec, page(file));
    expect(meetsExpectation(count, expected), `found ${count}`).toBe(true);
  });
});

describe('expectations', () => {
  it.each([
    [3, 3, true],
    [2, 3, false],
    [7, '>=5', true],
    [4, '>=5', false],
  ] as const)('%s against %s is %s', (count, expected, ok) => {
    expect(meetsExpectation(count, expected)).toBe(ok);
  });
});
