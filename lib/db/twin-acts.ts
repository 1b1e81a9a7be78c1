import type { InteractionRow } from './schema';

/**
 * One act, two keys. X's pages and its archive name a message and a repost differently: a message by
 * X Chat's uuid on the page (`dm:<uuid>`) and by its numeric id in the archive (`dm:<id>`); a repost
 * by the reposted post on the page (`repost_out:<id>`) and by the repost's own post in the archive
 * (`tweet:<id>:repost_out`). Neither key finds the other, so an act already stored under the other
 * form (same person, same kind, close in time, and for a message the same text) is the same act.
 */
export const TWIN_WINDOW_MS = 10 * 60_000;

type Form = 'page' | 'archive';

/** Which of the two namings a key is, for the acts that have two; undefined for every other key. */
export function keyForm(key: string): Form | undefined {
  if (/^dm:\d+$/.test(key) || /^tweet:\d+:repost_out$/.test(key)) return 'archive';
  if (key.startsWith('dm:') || key.startsWith('repost_out:')) return 'page';
  return undefined;
}

type Act = Pick<InteractionRow, 'key' | 'kind' | 'at' | 'text'>;

/** The page may clip a long message where the archive does not: the opening decides. */
const opening = (text: string | undefined) => (text ?? '').trim().slice(0, 500);

/** Whether `stored` is `act` under its other name. */
export function isTwin(act: Act, stored: Act): boolean {
  const form = keyForm(act.key);
  const other = keyForm(stored.key);
  return (
    form !== undefined &&
    other !== undefined &&
    form !== other &&
    act.kind === stored.kind &&
    Math.abs(act.at - stored.at) <= TWIN_WINDOW_MS &&
    (!act.kind.startsWith('dm_') || opening(act.text) === opening(stored.text))
  );
}

/** The range of a contact's history (index byContact) where a twin of an act at `at` would be. */
export const twinRange = (account: string, contact: string, from: number, to = from) =>
  IDBKeyRange.bound([account, contact, from - TWIN_WINDOW_MS], [account, contact, to + TWIN_WINDOW_MS]);
