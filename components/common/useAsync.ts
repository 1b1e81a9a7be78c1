import { useCallback, useEffect, useState } from 'preact/hooks';

export type AsyncState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/** Runs `load` on mount (and on `reload()`), keeping loading, value and error apart for the view. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[] = []) {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what `load` depends on.
  const run = useCallback(() => {
    load().then(
      (value) => setState({ status: 'ready', value }),
      (error: unknown) => setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, deps);
  useEffect(run, [run]);
  return [state, run] as const;
}
