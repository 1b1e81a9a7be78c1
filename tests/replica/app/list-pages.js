// Your own followers and following load in pages as you scroll, as on X: the first page when the
// list opens, the next when its end nears, each asked with the last page's bottom cursor. A page
// that adds nobody is the list's real end (X sends such a page, with only its cursors, and stops).
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadListPage } from './api.js';

/** How many of the list's people are shown, whether a page is on its way, and the near-end hook. */
export function useListPages(userId, kind, total, paged) {
  const [pages, setPages] = useState({ shown: paged ? 0 : total, cursor: undefined, loading: paged });
  const busy = useRef(false);
  const ended = useRef(!paged);

  const load = useCallback(
    (cursor) => {
      if (busy.current || ended.current) return;
      busy.current = true;
      setPages((p) => ({ ...p, loading: true }));
      loadListPage(kind, userId, cursor).then(
        ({ users, bottom }) => {
          busy.current = false;
          if (users === 0 || !bottom) ended.current = true;
          // At the end, everyone the page knows is shown (as X shows what it has).
          setPages((p) => ({
            shown: ended.current ? total : Math.min(total, p.shown + users),
            cursor: bottom,
            loading: false,
          }));
        },
        (error) => {
          // The page renders from its store when the API fails, as before.
          console.warn('replica api', error);
          busy.current = false;
          ended.current = true;
          setPages({ shown: total, cursor: undefined, loading: false });
        },
      );
    },
    [userId, kind, total],
  );

  useEffect(() => {
    busy.current = false;
    ended.current = !paged;
    setPages({ shown: paged ? 0 : total, cursor: undefined, loading: paged });
    if (paged) load(undefined);
  }, [paged, total, load]);

  const onNearEnd = useCallback(() => load(pages.cursor), [load, pages.cursor]);
  return {
    shown: pages.shown,
    loading: pages.loading,
    onNearEnd: paged && !ended.current && pages.cursor ? onNearEnd : undefined,
  };
}
