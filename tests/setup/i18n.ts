import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetLocaleCache } from '@/lib/i18n/t';

/**
 * The fake browser has no `i18n`: give it the real catalogs, looked up the way browsers do
 * (case-insensitive names, the default locale for a missing message), so component tests read the
 * same words a user sees. English unless a test calls `setTestLocale`.
 */
type Catalog = Record<string, { message: string }>;
const read = (folder: string): Catalog =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../public/_locales/${folder}/messages.json`), 'utf8'),
  );

const lower = (c: Catalog) => new Map(Object.entries(c).map(([k, v]) => [k.toLowerCase(), v.message]));
const english = lower(read('en'));
let current = english;
let uiLanguage = 'en-US';

/** Show the interface in `folder` (a `_locales` folder name: ja, es, pt_BR, en) for the rest of the test. */
export function setTestLocale(folder: string, browserLanguage = folder.replace('_', '-')) {
  current = folder === 'en' ? english : lower(read(folder));
  uiLanguage = browserLanguage;
  resetLocaleCache();
}

Object.assign(fakeBrowser.i18n, {
  getMessage: (name: string) => {
    const key = name.toLowerCase();
    return (current.get(key) ?? english.get(key) ?? '').replace(/\$\$/g, '$');
  },
  getUILanguage: () => uiLanguage,
});

// Each test file starts in English.
setTestLocale('en', 'en-US');
