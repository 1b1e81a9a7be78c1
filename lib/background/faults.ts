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
/** Whether the test hooks are off: read once per worker life (the answer in normal use). */
let hooksOff: Promise<boolean> | undefined;
/** The same answer once read, so a batch in normal use asks no storage and awaits no promise. */
let knownOff = false;

/** Forgets the cached flag when the harness changes it. */
export function watchFaults() {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && TEST_HOOKS_KEY in changes) {
      hooksOff = undefined;
      knownOff = false;
    }
  });
}

/** Whether faults can be armed at all (the test hooks are on); false in normal use, after one read. */
export async function faultsPossible(): Promise<boolean> {
  if (knownOff) return false;
  hooksOff ??= browser.storage.local.get(TEST_HOOKS_KEY).then(
    (stored) => stored[TEST_HOOKS_KEY] !== true,
    () => true,
  );
  const reading = hooksOff;
  const off = await reading;
  // Only the latest read decides (the flag may have changed while it ran).
  if (off && hooksOff === reading) knownOff = true;
  return !off;
}

/**
 * Whether `name` is armed; if so, spends one of its times. With the hooks on, the faults are read
 * afresh at every call, so a fault armed just before a batch applies to that batch. In normal use
 * (hooks off) it answers from memory after the worker's first read: no storage call per batch.
 */
export function fault(name: Fault): Promise<boolean> | false {
  if (knownOff) return false;
  return armed(name);
}

async function armed(name: Fault): Promise<boolean> {
  if (!(await faultsPossible())) return false;
  const stored = (await browser.storage.local.get(FAULTS_KEY).catch(() => ({}) as Record<string, unknown>))[
    FAULTS_KEY
  ];
  const now: Armed = isArmed(stored) ? stored : {};
  const left = now[name] ?? 0;
  if (left <= 0) return false;
  await browser.storage.local.set({ [FAULTS_KEY]: { ...now, [name]: left - 1 } }).catch(() => {});
  return true;
}

/** What a full disk throws (Chromium's name; Firefox's NS_ERROR_DOM_QUOTA_REACHED is handled alike). */
export const quotaError = () => new DOMException('Simulated full disk (test fault).', 'QuotaExceededError');

const isArmed = (value: unknown): value is Armed =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);
