import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '@/lib/i18n/error-text';

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; message: string };

/**
 * Runs `load` on mount, whenever `key` changes and on `reload()`, keeping loading, value and error
 * apart for the view. A result that arrives after a newer run started is dropped.
 */
export function useAsync<T>(load: () => Promise<T>, key?: unknown) {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [tick, setTick] = useState(0);
  const latest = useRef(load);
  latest.current = load;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` and `tick` are the triggers; `load` is read through a ref.
  useEffect(() => {
    let current = true;
    latest.current().then(
      (value) => current && setState({ status: 'ready', value }),
      (error: unknown) => current && setState({ status: 'error', message: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return [state, reload] as const;
}
