/**
 * Who is who, as X's own responses say: handle → user id, learned by the network lens. Posts in
 * X's DOM name their author only by handle; with this map the badges ask the record by id, so a
 * person keeps their history (stage, notes) across a handle change. When an id shows up under a new
 * handle, the old handle is forgotten (someone else may take it).
 */
const MAX_KNOWN = 50_000;

const idByHandle = new Map<string, string>();
const handleById = new Map<string, string>();
const listeners = new Set<() => void>();

/** Records what one lens batch said; tells the listeners when anything changed. */
export function learnIds(users: readonly { id: string; handle: string }[]): void {
  let changed = false;
  for (const { id, handle } of users) {
    const lower = handle.toLowerCase();
    if (idByHandle.get(lower) === id) continue;
    const previous = handleById.get(id);
    if (previous !== undefined && idByHandle.get(previous) === id) idByHandle.delete(previous);
    const other = idByHandle.get(lower);
    if (other !== undefined) handleById.delete(other);
    idByHandle.set(lower, id);
    handleById.set(id, lower);
    changed = true;
  }
  if (idByHandle.size > MAX_KNOWN) {
    // Maps keep insertion order: the people learned longest ago go first.
    for (const [lower, id] of idByHandle) {
      if (idByHandle.size <= MAX_KNOWN / 2) break;
      idByHandle.delete(lower);
      handleById.delete(id);
    }
  }
  if (changed) for (const listener of listeners) listener();
}

/** The user id X gave for a handle on this page, if the lens has seen it. */
export function idOfHandle(handle: string): string | undefined {
  return idByHandle.get(handle.replace(/^@/, '').toLowerCase());
}

/** Calls `listener` whenever new ids are learned, until `signal` aborts. */
export function onIdsLearned(listener: () => void, signal: AbortSignal): void {
  listeners.add(listener);
  signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
}

/** For unit tests. */
export function forgetIdsForTests(): void {
  idByHandle.clear();
  handleById.clear();
  listeners.clear();
}
