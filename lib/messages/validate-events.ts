import { clip, LIMITS } from './limits';
import { Handle, PageEvent } from './schemas';

export interface Quarantined {
  /** The event's type when it had one. */
  type: string;
  /** Why it could not be stored, short enough to show in the health view. */
  reason: string;
}

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
    const issue = parsed.error.issues[0];
    const type = isRecord(item) && typeof item.type === 'string' ? clip(item.type, 30) : 'unknown';
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    quarantined.push({ type, reason: clip(`${where}${issue?.message ?? 'not an event'}`, 200) });
  }
  return { valid, quarantined };
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
