import { browser } from 'wxt/browser';
import type catalog from '@/public/_locales/en/messages.json';

/**
 * The interface's words, in the browser's language, through the browser's own i18n (`_locales/`).
 *
 * Messages are plain `messages.json` entries whose text names its parameters in braces, `{name}`;
 * `t` fills them in itself (named, so a translation may reorder them). Plurals are one key per
 * CLDR category (`unmetCount_one`, `unmetCount_other`, and `_many` where the language has it),
 * chosen with `Intl.PluralRules` for the interface's locale.
 */
export type MessageKey = keyof typeof catalog;
type PluralBase<K> = K extends `${infer B}_other` ? B : never;
/** A message with plural forms, named without its category suffix. */
export type PluralKey = PluralBase<MessageKey>;
export type Params = Readonly<Record<string, string | number>>;

/**
 * Messages already looked up. The catalog cannot change while a page lives, and a timeline asks
 * for the same few labels for every post it badges: the browser's getMessage is not free.
 */
const looked = new Map<string, string>();

/** The browser's catalog lookup; absent (unit tests without a fake, a torn-down page) means English keys show. */
function lookup(key: string): string {
  const known = looked.get(key);
  if (known !== undefined) return known;
  let text = '';
  try {
    // Typed by WXT for literal keys only; plural keys are built at run time.
    const i18n = browser.i18n as { getMessage?: (name: string) => string } | undefined;
    text = i18n?.getMessage?.(key) ?? '';
  } catch {
    return '';
  }
  // An empty answer is not kept: a catalog still loading (or a fake set later) may answer next time.
  if (text) looked.set(key, text);
  return text;
}

/** The interface's text for `key`, with `{param}`s filled in (numbers formatted for the locale). */
export function t(key: MessageKey, params?: Params): string {
  const text = lookup(key);
  // A missing message (a catalog the tests would have caught) shows its key, never an empty control.
  return fill(text || key, params);
}

/** The plural form of `key` for `count`, which is also available to the text as `{count}`. */
export function tp(key: PluralKey, count: number, params?: Params): string {
  const category = pluralRules().select(count);
  const all = { count, ...params };
  const text = (category !== 'other' && lookup(`${key}_${category}`)) || lookup(`${key}_other`);
  return fill(text || key, all);
}

function fill(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

let locale: string | undefined;
/**
 * The BCP 47 locale for `Intl`: the browser's own when it speaks the catalog's language (en-GB dates for
 * an en-GB browser), else the catalog's (a German browser sees the English catalog, so English dates).
 */
export function uiLocale(): string {
  if (locale) return locale;
  const shown = lookup('intlLocale') || 'en';
  let browserLocale = '';
  try {
    browserLocale = browser.i18n?.getUILanguage?.() ?? '';
  } catch {}
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  locale =
    browserLocale && primary(browserLocale) === primary(shown) ? browserLocale.replace('_', '-') : shown;
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    locale = shown;
  }
  return locale;
}

/** Forget the cached locale (tests switch catalogs). */
export function resetLocaleCache() {
  looked.clear();
  locale = undefined;
  plural = undefined;
  numbers = undefined;
}

let plural: Intl.PluralRules | undefined;
const pluralRules = () => {
  plural ??= new Intl.PluralRules(uiLocale());
  return plural;
};

let numbers: Intl.NumberFormat | undefined;
export function formatNumber(n: number): string {
  numbers ??= new Intl.NumberFormat(uiLocale());
  return numbers.format(n);
}
