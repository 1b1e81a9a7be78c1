import { defineContentScript } from 'wxt/utils/define-content-script';
import { X_MATCHES } from '@/lib/x/hosts';
import { installLens } from '@/lib/x/lens/install';

/**
 * The network lens, in the page's own world before X's scripts run. Chrome: an MV3 `world: "MAIN"`
 * content script. Firefox (MV2): the same manifest key, which Firefox honours since 128 (our
 * strict_min_version), so both browsers load this one file the same way.
 */
export default defineContentScript({
  matches: X_MATCHES,
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    installLens(window);
  },
});
