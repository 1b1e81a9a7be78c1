import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDinnerTable } from '@/lib/features/start';
import { X_MATCHES } from '@/lib/x/hosts';

/** How often an idle copy asks whether its extension is still there (WXT checks on each of its timers). */
const ORPHAN_CHECK_MS = 1_000;

export default defineContentScript({
  matches: X_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // ctx.signal aborts when a newer copy of this script starts in the page (an update or reload
    // re-injects it) or, noticed by this timer, when the extension that ran this copy is gone:
    // the orphan then removes everything it added. Chrome re-injects nothing by itself.
    ctx.setInterval(() => {}, ORPHAN_CHECK_MS);
    startDinnerTable(ctx.signal).catch((error) => console.error('Dinner Table failed to start', error));
  },
});
