// fillTemplate scans for placeholders by hand (it runs for every finding of every keystroke): it must fill
// exactly as the regular expression it replaced.
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '@/lib/coach/messages';
import { COACH_CATALOGS } from '@/lib/coach/messages/catalogs';

const byRegex = (template: string, subs: readonly string[]) =>
  template.replace(/\{([1-9])\}/g, (_, n) => subs[Number(n) - 1] ?? '');

describe('fillTemplate', () => {
  const subs = ['one', '{2}', '$&', '', 'five'];
  it('fills every template of every catalog as the regular expression did', () => {
    let n = 0;
    for (const catalog of Object.values(COACH_CATALOGS))
      for (const t of Object.values(catalog)) {
        expect(fillTemplate(t, subs)).toBe(byRegex(t, subs));
        n++;
      }
    expect(n).toBeGreaterThan(100);
  });

  it.each([
    '{1}{2}{3}',
    '{0} {10} {9}',
    '{{1}}',
    '{1',
    'x{9}y{5}z',
    '{a}{}',
    '',
    'no placeholder',
    '{1}',
    '{',
    '}{1}{',
  ])('fills %j the same', (t) => {
    expect(fillTemplate(t, subs)).toBe(byRegex(t, subs));
    expect(fillTemplate(t, [])).toBe(byRegex(t, []));
  });
});
