import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HealthList } from '@/components/common/HealthList';
import { QuarantineNote } from '@/components/common/QuarantineNote';
import { ACCOUNT_MISMATCH, ACCOUNT_ROUTE } from '@/lib/features/account-guard';
import { setTestLocale } from '../setup/i18n';

afterEach(() => {
  cleanup();
  setTestLocale('en');
});

const quarantine = [
  {
    account: '1',
    count: 6,
    lastAt: Date.UTC(2026, 10, 30, 9),
    reasons: [
      { code: 'bad-field' as const, type: 'interaction', field: 'person.handle', count: 3 },
      { code: 'store-failed' as const, type: 'post', detail: 'ConstraintError', count: 1 },
      { code: 'unknown-type' as const, type: 'unknown', count: 1 },
      { code: 'not-an-event' as const, type: 'unknown', count: 1 },
    ],
  },
];

describe('the quarantine note', () => {
  it('words each reason code in the interface language, with the field, error name and count', () => {
    render(<QuarantineNote quarantine={quarantine} account="1" />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'A reply, mention, like or message: its “person.handle” field could not be read (3×)',
      'A post of yours that the database refused (ConstraintError)',
      'An event of a kind this version does not know',
      'Something that was not an event',
    ]);
  });

  it('speaks Spanish in a Spanish interface', () => {
    setTestLocale('es');
    render(<QuarantineNote quarantine={quarantine} account="1" />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toBe(
      'Una respuesta, mención, me gusta o mensaje: no se pudo leer su campo «person.handle» (3×)',
    );
    expect(items[3]).toBe('Algo que no era un evento');
  });

  it('names every kind of event in words, never by its type name', () => {
    const types = ['interaction', 'post', 'edge', 'profile', 'nudge', 'list-end', 'mystery'];
    for (const locale of ['en', 'ja', 'es', 'pt_BR'] as const) {
      setTestLocale(locale);
      const reasons = types.map((type) => ({ code: 'bad-field' as const, type, count: 1 }));
      render(<QuarantineNote quarantine={[{ account: '1', count: 7, lastAt: 1, reasons }]} account="1" />);
      const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
      expect(new Set(items).size, locale).toBe(types.length);
      for (const text of items) expect(text, locale).not.toMatch(/interaction|edge|nudge|list-end|mystery/);
      cleanup();
    }
  });
});

describe('the health list', () => {
  it('says a tab stopped recording when X showed another account', () => {
    const report = { route: ACCOUNT_ROUTE, path: '/home', at: 1, found: [], missing: [ACCOUNT_MISMATCH] };
    render(<HealthList health={[{ account: '1', report }]} account="1" />);
    const item = screen.getByRole('listitem');
    expect(item.textContent).toMatch(/stopped recording in an X tab.*reload that tab/);
    expect(item.getAttribute('data-ok')).toBe('false');
  });
});
