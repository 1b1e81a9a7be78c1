import { send } from '@/lib/messages/client';
import { ENGINES, type Engine, type EngineName } from './engine-files';

const loading = new Map<EngineName, Promise<Engine | undefined>>();
const loaded = new Set<EngineName>();

/**
 * Asks the background to inject an engine once per page. Undefined when that failed: X works as
 * if we were not there (fail open), and the next ask tries again.
 */
export function loadEngine(
  name: EngineName,
  load = () => send('engine.load', { name }),
): Promise<Engine | undefined> {
  let engine = loading.get(name);
  if (!engine) {
    engine = load()
      .then(() => {
        const found = (globalThis as Record<string, unknown>)[ENGINES[name].global] as Engine | undefined;
        if (!found) throw new Error(`${ENGINES[name].file} ran but left no engine`);
        loaded.add(name);
        return found;
      })
      .catch((error) => {
        console.warn(`Dinner Table: the ${name} could not load; X works as usual`, error);
        loading.delete(name);
        return undefined;
      });
    loading.set(name, engine);
  }
  return engine;
}

/** Whether the engine already runs in this page (later pages start it at once). */
export const engineLoaded = (name: EngineName) => loaded.has(name);

/** For unit tests: forget every loaded engine. */
export function forgetEnginesForTests() {
  loading.clear();
  loaded.clear();
}
