import { afterEach, describe, expect, it } from 'vitest';
import { ago, formatDate } from '@/lib/i18n/format';
import { formatNumber, t, uiLocale } from '@/lib/i18n/t';
import { setTestLocale } from '../setup/i18n';

const NOW = Date.UTC(2026, 10, 30, 12);
const DAY = 86_400_000;

describe('t()', () => {
  afterEach(() => setTestLocale('en', 'en-US'));

  it('reads the catalog of the browser’s language and fills {params}', () => {
    expect(t('couldNotReadData', { error: 'disk full' })).toBe(
      'Dinner Table could not read its data: disk full',
    );
    setTestLocale('ja');
    expect(t('couldNotReadData', { error: 'disk full' })).toBe(
      'Dinner Table はデータを読み込めませんでした:disk full',
    );
    setTestLocale('pt_BR');
    expect(t('optionsSubtitle')).toBe('Configurações e dados');
  });

  it('formats numbers and dates for the interface locale, the browser’s region when it speaks that language', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    setTestLocale('es', 'es-ES');
    expect(uiLocale()).toBe('es-ES');
    expect(formatNumber(1234567)).toBe('1.234.567');
    setTestLocale('pt_BR');
    expect(uiLocale()).toBe('pt-BR');
    expect(formatDate(NOW)).toMatch(/30 de nov\.? de 2026/);
  });

  it('uses the catalog’s locale when the browser speaks a language without one (no German dates in English text)', () => {
    setTestLocale('en', 'de-DE');
    expect(uiLocale()).toBe('en');
    expect(formatNumber(1234.5)).toBe('1,234.5');
  });

  it('says how long ago in the interface language', () => {
    expect(ago(NOW - 10_000, NOW)).toBe('just now');
    expect(ago(NOW - 3 * DAY, NOW)).toBe('3 days ago');
    expect(ago(NOW - DAY, NOW)).toBe('yesterday');
    setTestLocale('ja');
    expect(ago(NOW - 3 * DAY, NOW)).toBe('3 日前');
    expect(ago(NOW - 10_000, NOW)).toBe('たった今');
    setTestLocale('es');
    expect(ago(NOW - 400 * DAY, NOW)).toBe('hace 13 meses');
  });
});
