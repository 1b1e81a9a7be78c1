import { t, uiLocale } from './t';

/**
 * Dates, times and relative times in the interface's locale, through `Intl` (never hand-made
 * "3 days ago" strings: Japanese says 3日前, Spanish hace 3 días).
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat>(
  name: string,
  make: (locale: string) => T,
): T {
  const locale = uiLocale();
  const id = `${locale}|${name}`;
  let f = cache.get(id) as T | undefined;
  if (!f) {
    f = make(locale);
    cache.set(id, f);
  }
  return f;
}

/** "Nov 30, 2026" / "2026年11月30日" / "30 nov 2026". */
export const formatDate = (at: number) =>
  cached(
    'date',
    (l) => new Intl.DateTimeFormat(l, { year: 'numeric', month: 'short', day: 'numeric' }),
  ).format(at);

/** Date and time of day, for "last on …". */
export const formatDateTime = (at: number) =>
  cached('datetime', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' })).format(
    at,
  );

/** "a, b and c" / "a、b、c" / "a, b y c". */
export const formatList = (items: readonly string[]) =>
  cached('list', (l) => new Intl.ListFormat(l, { style: 'long', type: 'conjunction' })).format(items);

const relative = () => cached('relative', (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' }));

/**
 * How long ago, coarse as a person says it: "just now", "5 minutes ago", "yesterday", "12 days ago",
 * "3 months ago", "2 years ago" (in the interface's language).
 */
export function ago(at: number, now = Date.now()): string {
  const d = Math.max(0, now - at);
  if (d < MINUTE) return t('timeJustNow');
  const rtf = relative();
  if (d < HOUR) return rtf.format(-Math.floor(d / MINUTE), 'minute');
  if (d < DAY) return rtf.format(-Math.floor(d / HOUR), 'hour');
  const days = Math.floor(d / DAY);
  if (days < 60) return rtf.format(-days, 'day');
  if (days < 730) return rtf.format(-Math.floor(days / 30), 'month');
  return rtf.format(-Math.floor(days / 365), 'year');
}
