import { browser } from 'wxt/browser';

/**
 * Test hooks (open shadow roots, light-DOM data attributes, the overlays' perf probe) exist only
 * when the test harness has written `"dt:test-hooks": true` to storage.local through the extension.
 * Without it nothing a page script can read names a stage, a count or the account: X's own scripts
 * share the DOM with us.
 */
export const TEST_HOOKS_KEY = 'dt:test-hooks';

let enabled = false;

/** Reads the flag once, before the content script mounts anything. Any failure means "off". */
export async function loadTestHooks(): Promise<boolean> {
  try {
    const stored = await browser.storage.local.get(TEST_HOOKS_KEY);
    enabled = stored[TEST_HOOKS_KEY] === true;
  } catch {
    enabled = false;
  }
  return enabled;
}

export const testHooksOn = (): boolean => enabled;

/**
 * Sets the flag without reading storage: for unit tests that mount without a browser, and for the
 * coach engine, a separate bundle that takes the content script's answer.
 */
export function setTestHooks(on: boolean): void {
  enabled = on;
}

/** For unit tests that mount without a browser. */
export const setTestHooksForTests = setTestHooks;

/** Sets a light-DOM attribute only when test hooks are on (the value is never private otherwise). */
export function hookAttribute(el: Element, name: `data-${string}`, value: string | boolean): void {
  if (!enabled) return;
  if (typeof value === 'boolean') el.toggleAttribute(name, value);
  else el.setAttribute(name, value);
}
