import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EARLY_OPENING_GLOBAL, type OpeningStorage, readOpening } from '@/components/popup/opening-read';

/**
 * The popup's first screen, asked for before anything else of the popup loads: a small classic
 * script at the top of popup.html (no polyfill, no Preact), run while the browser still fetches and
 * compiles the popup's modules, so the storage reads overlap that wait instead of following it.
 * The popup's module takes the promise it leaves (first-screen-read.ts `takeOpeningRead`).
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as {
    browser?: { storage: OpeningStorage };
    chrome?: { storage: OpeningStorage };
  } & Record<string, unknown>;
  // Firefox's `browser` and Chrome's `chrome` both answer storage reads with promises.
  const areas = (scope.browser ?? scope.chrome)?.storage;
  if (areas) scope[EARLY_OPENING_GLOBAL] = readOpening(areas);
});
