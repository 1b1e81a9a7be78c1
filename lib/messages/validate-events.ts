import { clip, LIMITS } from './limits';
import { Handle, PageEvent } from './schemas';

/**
 * Why an event could not be stored, as a code the health view words in the interface's language
 * (components/common/QuarantineNote): not an event at all, a type Dinner Table does not know, a
 * field the schema refused (`field` names it), or a database refusal of this event alone (`detail`
 * is the error's name).
 */
export const QUARANTINE_CODES = ['not-an-event', 'unknown-type', 'bad-field', 'store-failed'] as const;
export type QuarantineCode = (typeof QUARANTINE_CODES)[number];

export interface Quarantined {
  /** The event's type when it had a known one, else 'unknown'. */
  type: string;
  code: QuarantineCode;
  /** The refused field's path (`person.handle`), for `bad-field`. */
  field?: string;
  /** The error's name (`ConstraintError`), for `store-failed`. */
  detail?: string;
}

/** Every event type (the record below fails to compile when a type is added to PageEvent and not here). */
const TYPES = { interaction: 1, post: 1, edge: 1, profile: 1, nudge: 1, 'list-end': 1 } satisfies Record<
  PageEvent['type'],
  1
>;
const EVENT_TYPES: ReadonlySet<string> = new Set(Object.keys(TYPES));

/**
 * Checks each event of a batch on its own. Over-long fields are clipped to `LIMITS`; mentions that
 * cannot be X handles (twitter-text accepts up to 20 characters, X handles have at most 15) are
 * dropped from the post's mention list; a person's malformed handle is dropped when their id says
 * who they are. What still fails is quarantined with its reason, and the rest of the batch is kept.
 */
export function validateEvents(raw: readonly unknown[]): { valid: PageEvent[]; quarantined: Quarantined[] } {
  const valid: PageEvent[] = [];
  const quarantined: Quarantined[] = [];
  for (const item of raw) {
    const parsed = PageEvent.safeParse(repair(item));
    if (parsed.success) {
      valid.push(parsed.data);
      continue;
    }
    quarantined.push(whyNot(item, parsed.error.issues[0]?.path ?? []));
  }
  return { valid, quarantined };
}

/** The code for an event the schema refused; only known words and field paths, never the event's content. */
function whyNot(item: unknown, path: readonly PropertyKey[]): Quarantined {
  if (!isRecord(item) || typeof item.type !== 'string') return { type: 'unknown', code: 'not-an-event' };
  if (!EVENT_TYPES.has(item.type)) return { type: 'unknown', code: 'unknown-type' };
  // Array indexes are left out: "links" says enough, and the reasons stay few.
  const field = path.filter((p) => typeof p === 'string').join('.');
  return { type: item.type, code: 'bad-field', ...(field && { field: clip(field, 60) }) };
}

/** A copy of `item` with every clippable field clipped; anything else is left for the schema to judge. */
function repair(item: unknown): unknown {
  if (!isRecord(item)) return item;
  const event: Record<string, unknown> = { ...item };
  if (typeof event.text === 'string') event.text = clip(event.text, LIMITS.text);
  if ('person' in event) event.person = repairPerson(event.person);
  for (const field of ['replyTo', 'quoteOf'] as const) {
    const target = event[field];
    if (isRecord(target) && 'person' in target)
      event[field] = { ...target, person: repairPerson(target.person) };
  }
  if (Array.isArray(event.links)) {
    event.links = event.links
      .slice(0, LIMITS.linksPerPost)
      .map((link) => (typeof link === 'string' ? clip(link, LIMITS.link) : link));
  }
  if (Array.isArray(event.mentions)) {
    const handles = event.mentions.filter((h) => typeof h === 'string' && Handle.safeParse(h).success);
    event.mentions = [...new Set(handles)].slice(0, LIMITS.mentionsPerPost);
  }
  if (Array.isArray(event.rules)) {
    event.rules = event.rules
      .slice(0, LIMITS.rulesPerNudge)
      .map((rule) => (typeof rule === 'string' ? clip(rule, LIMITS.rule) : rule));
  }
  return event;
}

function repairPerson(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const person: Record<string, unknown> = { ...value };
  if (typeof person.name === 'string') person.name = clip(person.name, LIMITS.name);
  if (typeof person.bio === 'string') person.bio = clip(person.bio, LIMITS.bio);
  if (typeof person.url === 'string') person.url = clip(person.url, LIMITS.url);
  if (person.handle !== undefined && person.id !== undefined && !Handle.safeParse(person.handle).success)
    delete person.handle;
  return person;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
