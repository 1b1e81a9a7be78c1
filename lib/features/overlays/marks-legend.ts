import { browser } from 'wxt/browser';

/**
 * The one-time legend of the badge marks: shown in the badge details until "Got it", then never
 * again (remembered in storage.local, for every account on this browser).
 */
const KEY = 'dt:marks-legend-done';

export interface MarksLegendState {
  /** Whether the details should show the legend now. */
  readonly show: boolean;
  done(): void;
}

export function marksLegend(): MarksLegendState {
  // Hidden until storage answers, so a person who already dismissed it never sees it flash.
  let show = false;
  browser.storage.local.get(KEY).then(
    (stored) => {
      show = stored[KEY] !== true;
    },
    () => {},
  );
  return {
    get show() {
      return show;
    },
    done() {
      show = false;
      browser.storage.local.set({ [KEY]: true }).catch(() => {});
    },
  };
}
