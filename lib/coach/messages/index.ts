import { type CoachKey, en } from './en';
import { es } from './es';
import { ja } from './ja';
import { pt_BR } from './pt_BR';

export type { CoachKey } from './en';

/**
 * A message to show: a key of the catalogs and its parameters. A parameter is the draft's own words (or a
 * host, a count), another message, or a list of them joined the way the language joins lists.
 */
export interface Message {
  key: CoachKey;
  params?: Param[];
}
export type Param = string | Message | { list: Param[]; join?: 'comma' | 'and' };

/** The locales the coach speaks, named as the browser's _locales folders are. */
export const COACH_CATALOGS: Record<'en' | 'ja' | 'es' | 'pt_BR', Record<CoachKey, string>> = {
  en,
  ja,
  es,
  pt_BR,
};
export type CoachLocale = keyof typeof COACH_CATALOGS;

/** Looks a key up with its substitutions already rendered: the browser's getMessage has this shape. */
export type Lookup = (key: CoachKey, substitutions: string[]) => string;

const PLACEHOLDER = /\$([1-9])/g;

export function catalogLookup(locale: CoachLocale): Lookup {
  const catalog = COACH_CATALOGS[locale];
  return (key, subs) => (catalog[key] ?? en[key]).replace(PLACEHOLDER, (_, n) => subs[Number(n) - 1] ?? '');
}

function renderParam(p: Param, lookup: Lookup): string {
  if (typeof p === 'string') return p;
  if ('list' in p)
    return p.list
      .map((x) => renderParam(x, lookup))
      .join(lookup(p.join === 'and' ? 'coach_list_and' : 'coach_list_comma', []));
  return renderMessage(p, lookup);
}

/** The message in words, through `lookup` (the interface's translations) or a built-in catalog. */
export function renderMessage(m: Message, lookup: Lookup | CoachLocale = 'en'): string {
  const look = typeof lookup === 'string' ? catalogLookup(lookup) : lookup;
  return look(
    m.key,
    (m.params ?? []).map((p) => renderParam(p, look)),
  );
}

/** The English words, which analyze() also writes into each finding's message and suggestion. */
export const english = (m: Message): string => renderMessage(m, 'en');
