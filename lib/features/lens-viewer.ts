import { z } from 'zod/mini';
import { Handle, XId } from '@/lib/messages/schemas';
import { LENS_VIEWER, LENS_WHO } from '@/lib/x/lens/channel';

const Viewer = z.object({ id: XId, handle: Handle });

/**
 * The signed-in account as the network lens saw it in X's own responses: the fallback when X's
 * side bar (where the DOM names the account) changed. Only for `cookieId`, the id this content
 * script read from the `twid` cookie itself: a page script can offer a handle, never another account.
 */
export function lensViewer(cookieId: string, signal: AbortSignal): Promise<{ id: string; handle: string }> {
  return new Promise((resolve) => {
    const onViewer = (event: Event) => {
      const detail = (event as CustomEvent).detail;
      if (typeof detail !== 'string' || detail.length > 200) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(detail);
      } catch {
        return;
      }
      const viewer = Viewer.safeParse(parsed);
      if (!viewer.success || viewer.data.id !== cookieId) return;
      document.removeEventListener(LENS_VIEWER, onViewer);
      resolve(viewer.data);
    };
    document.addEventListener(LENS_VIEWER, onViewer, { signal });
    document.dispatchEvent(new CustomEvent(LENS_WHO));
  });
}
