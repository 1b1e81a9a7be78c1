import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  baseOf,
  type Catalog,
  codeText,
  isPlural,
  LOCALES,
  LOCALES_DIR,
  paramsOf,
  readCatalog,
} from '../i18n/catalogs';

const english = readCatalog('en');
const others = Object.keys(LOCALES).filter((l) => l !== 'en');
const bases = [...new Set(Object.keys(english).map(baseOf))];

/** The keys a locale must have: every English key, with plural keys in that language's categories. */
function expectedKeys(folder: string): string[] {
  const categories = new Intl.PluralRules(LOCALES[folder]).resolvedOptions().pluralCategories;
  return bases.flatMap((base) => (isPlural(english, base) ? categories.map((c) => `${base}_${c}`) : [base]));
}

describe('the _locales catalogs', () => {
  it('are exactly en, ja, es and pt_BR', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(Object.keys(LOCALES).sort());
  });

  for (const folder of Object.keys(LOCALES)) {
    describe(folder, () => {
      const catalog: Catalog = readCatalog(folder);

      it('has every key, plurals in each category its language uses, and nothing else', () => {
        expect(Object.keys(catalog).sort()).toEqual(expectedKeys(folder).sort());
      });

      it('names keys the way browsers read them (letters, digits, _; unique ignoring case)', () => {
        for (const key of Object.keys(catalog)) expect(key).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
        const lower = Object.keys(catalog).map((k) => k.toLowerCase());
        expect(new Set(lower).size).toBe(lower.length);
      });

      it('fills the same {params} as English, with no $ (the browser’s own substitution syntax)', () => {
        for (const [key, { message }] of Object.entries(catalog)) {
          expect(message.trim(), key).not.toBe('');
          expect(message, key).not.toContain('$');
          const en = english[key] ?? english[`${baseOf(key)}_other`];
          const want = new Set(paramsOf(en?.message ?? ''));
          // A plural form may leave out {count} ("one reply"), never add a parameter English lacks.
          const got = paramsOf(message);
          for (const p of got) expect(want, `${folder}:${key} names {${p}}`).toContain(p);
          for (const p of want) if (p !== 'count') expect(got, `${folder}:${key} lacks {${p}}`).toContain(p);
        }
      });
    });
  }

  it('translates: a non-English catalog differs from English in most messages', () => {
    for (const folder of others) {
      const catalog = readCatalog(folder);
      const same = Object.keys(catalog).filter((k) => catalog[k]?.message === english[k]?.message);
      // Names, handles and placeholders-only messages stay the same; prose does not.
      expect(same.length / Object.keys(catalog).length, `${folder}: ${same.join(', ')}`).toBeLessThan(0.25);
    }
  });

  it('holds no message the code never uses', () => {
    const code = codeText();
    const unused = bases.filter(
      (base) =>
        !code.includes(`'${base}'`) && !code.includes(`"${base}"`) && !code.includes(`__MSG_${base}__`),
    );
    expect(unused).toEqual([]);
  });
});
