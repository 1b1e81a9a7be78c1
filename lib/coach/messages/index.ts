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

/**
 * Fills `{1}`..`{9}` of a template with the rendered parameters (a missing one is empty). Hot path (every
 * finding of every keystroke): a scan for "{", as /\{([1-9])\}/g with a replacer would, without its arrays.
 */
export function fillTemplate(template: string, subs: readonly string[]): string {
  let out = '';
  let last = 0;
  for (let i = template.indexOf('{'); i >= 0; i = template.indexOf('{', i + 1)) {
    const n = template.charCodeAt(i + 1) - 48;
    if (n < 1 || n > 9 || template.charCodeAt(i + 2) !== 125) continue;
    out += template.slice(last, i) + (subs[n - 1] ?? '');
    last = i + 3;
    i += 2;
  }
  return last === 0 ? template : out + template.slice(last);
}

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

/** English messages without parameters, rendered once: most suggestions are. */
const englishByKey = new Map<CoachKey, string>();

/** The English words, which analyze() also writes into each finding's message and suggestion. */
export function english(m: Message): string {
  if (m.params?.length) return renderMessage(m, englishLookup);
  let text = englishByKey.get(m.key);
  if (text === undefined) {
    text = renderMessage(m, englishLookup);
    englishByKey.set(m.key, text);
  }
  return text;
}
