import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '@/lib/i18n/error-text';
import { t } from '@/lib/i18n/t';

/**
 * The code of a view that is not on the popup's first screen: the entry holds only what paints Today
 * and Keep talking; the other tabs and the Person view come in their own chunks, `preload`ed once the
 * first screen is on screen so that a tab opens at once all the same.
 */
export interface ViewCode<P> {
  preload(): Promise<ComponentType<P>>;
  /** Once loaded. */
  readonly view: ComponentType<P> | undefined;
}

export function viewCode<P>(load: () => Promise<ComponentType<P>>): ViewCode<P> {
  let view: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  return {
    preload() {
      loading ??= load().then(
        (loaded) => {
          view = loaded;
          return loaded;
        },
        (error) => {
          // Asked again at the next showing.
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    get view() {
      return view;
    },
  };
}

/** Shows `code`'s view with `props`, loading its code first when it is not there yet. */
export function LazyView<P extends object>({ code, props }: { code: ViewCode<P>; props: P }) {
  const [, setLoaded] = useState(0);
  const [failed, setFailed] = useState<string>();
  useEffect(() => {
    if (!code.view)
      code.preload().then(
        () => setLoaded((n) => n + 1),
        (error) => setFailed(errorText(error)),
      );
  }, [code]);
  const View = code.view;
  if (View) return <View {...props} />;
  return failed !== undefined ? (
    <p class="notice bad" role="alert">
      {t('couldNotReadData', { error: failed })}
    </p>
  ) : (
    <p class="muted">{t('loading')}</p>
  );
}
