import { type CoachKey, en } from './en';

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

/** Looks a key up with its substitutions already rendered: the browser's getMessage has this shape. */
export type Lookup = (key: CoachKey, substitutions: string[]) => string;

const PLACEHOLDER = /\{([1-9])\}/g;

/** Fills `{1}`..`{9}` of a template with the rendered parameters. */
export const fillTemplate = (template: string, subs: readonly string[]): string =>
  template.replace(PLACEHOLDER, (_, n) => subs[Number(n) - 1] ?? '');

/** A lookup over a catalog of templates (English by default; the others are in ./catalogs). */
export function catalogLookup(catalog: Readonly<Record<CoachKey, string>> = en): Lookup {
  return (key, subs) => fillTemplate(catalog[key] ?? en[key], subs);
}

function renderParam(p: Param, lookup: Lookup): string {
  if (typeof p === 'string') return p;
  if ('list' in p)
    return p.list
      .map((x) => renderParam(x, lookup))
      .join(lookup(p.join === 'and' ? 'coach_list_and' : 'coach_list_comma', []));
  return renderMessage(p, lookup);
}

/** The message in words, through `lookup` (the interface's translations; English when omitted). */
export function renderMessage(m: Message, lookup: Lookup = englishLookup): string {
  const look = lookup;
  return look(
    m.key,
    (m.params ?? []).map((p) => renderParam(p, look)),
  );
}

const englishLookup = catalogLookup(en);

/** The English words, which analyze() also writes into each finding's message and suggestion. */
export const english = (m: Message): string => renderMessage(m, englishLookup);
