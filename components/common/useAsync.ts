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

/**
 * A view whose answers come from several asks: loads, refreshes and actions. Each ask takes a number,
 * and an answer shows only if nothing was asked or done since (a refresh still on its way must not
 * undo an action the user took meanwhile). `ask` shows a failure in place of the view; `act` leaves
 * the view as it is and rethrows, for the caller to say what could not be done.
 */
export function useLatestAnswer<T>(initial: AsyncState<T>) {
  const [state, setState] = useState<AsyncState<T>>(initial);
  const asked = useRef(0);
  const take = useCallback(async (answer: Promise<T>, showError: boolean): Promise<T> => {
    const mine = ++asked.current;
    try {
      const value = await answer;
      if (mine === asked.current) setState({ status: 'ready', value });
      return value;
    } catch (error) {
      if (showError && mine === asked.current) setState({ status: 'error', message: errorText(error) });
      throw error;
    }
  }, []);
  const ask = useCallback((answer: Promise<T>) => take(answer, true).catch(() => undefined), [take]);
  const act = useCallback((answer: Promise<T>) => take(answer, false), [take]);
  return [state, ask, act] as const;
}
