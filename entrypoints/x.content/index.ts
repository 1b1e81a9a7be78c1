import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDinnerTable } from '@/lib/features/start';
import { X_MATCHES } from '@/lib/x/hosts';

export default defineContentScript({
  matches: X_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const stop = new AbortController();
    // The extension was updated or reloaded: this copy of the script must let go of the page.
    ctx.onInvalidated(() => stop.abort());
    startDinnerTable(stop.signal).catch((error) => console.error('Dinner Table failed to start', error));
  },
});
