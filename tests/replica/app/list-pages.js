// Your own followers and following load in pages as you scroll, as on X: the first page when the
// list opens (api.js loadRoute), the next when its end nears, each asked with the last page's bottom
// cursor. A page that adds nobody is the list's real end (X sends such a page, with only its
// cursors, and stops). Someone else's list, and the verified tab, show their first page only.
import { useCallback } from 'react';
import { loadMore, routeKey } from './api.js';
import { state } from './store.js';

/** Whether a page of the list is on its way, and the near-end hook while there are more pages. */
export function useListPages(handle, kind) {
  const key = routeKey({ name: 'follows', handle, kind });
  const onNearEnd = useCallback(() => loadMore({ name: 'follows', handle, kind }), [handle, kind]);
  return {
    loading: !state.loaded.has(key) || state.loadingMore.has(key),
    onNearEnd: state.more.has(key) ? onNearEnd : undefined,
  };
}
