import { browser } from 'wxt/browser';
import { TEST_HOOKS_KEY } from '@/lib/ui/test-hooks';

/**
 * Faults the e2e fault suite (tests/e2e/faults.e2e.mjs) asks the background to suffer, for what a
 * browser cannot be made to do on demand: a full disk, a database closed under it. Armed by writing
 * `"dt:faults": { <fault>: <times> }` to storage.local, and honoured only while `"dt:test-hooks"` is
 * true there (both written by the harness through the extension); each firing spends one time. In
 * normal use neither key exists and `fault()` answers false after one storage read per worker life.
 */
export const FAULTS_KEY = 'dt:faults';
export type Fault = 'quota-events' | 'quota-archive' | 'close-db';

type Armed = Partial<Record<Fault, number>>;
let armed: Promise<Armed> | undefined;

function load(): Promise<Armed> {
  armed ??= browser.storage.local.get([TEST_HOOKS_KEY, FAULTS_KEY]).then(
    (stored) => (stored[TEST_HOOKS_KEY] === true && isArmed(stored[FAULTS_KEY]) ? stored[FAULTS_KEY] : {}),
    () => ({}),
  );
  return armed;
}

/** Forgets the cached answer when either key changes (the harness arms a fault mid-test). */
export function watchFaults() {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (TEST_HOOKS_KEY in changes || FAULTS_KEY in changes)) armed = undefined;
  });
}

/** Whether `name` is armed; if so, spends one of its times. */
export async function fault(name: Fault): Promise<boolean> {
  const now = await load();
  const left = now[name] ?? 0;
  if (left <= 0) return false;
  now[name] = left - 1;
  await browser.storage.local.set({ [FAULTS_KEY]: { ...now } }).catch(() => {});
  return true;
}

/** What a full disk throws (Chromium's name; Firefox's NS_ERROR_DOM_QUOTA_REACHED is handled alike). */
export const quotaError = () => new DOMException('Simulated full disk (test fault).', 'QuotaExceededError');

const isArmed = (value: unknown): value is Armed =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);
