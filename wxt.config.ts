import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { X_MATCHES } from './lib/x/hosts';

export const GECKO_ID = 'dinner-table@dinnertable.app';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // `node tests/bench/weight.mjs` builds once more with source maps into a scratch folder, to see what
  // the content script is made of; the shipped build has neither.
  ...(process.env.DT_ANALYZE_OUT && { outDir: process.env.DT_ANALYZE_OUT }),
  // webextension-polyfill behind `wxt/browser` (WXT >= 0.20 no longer ships it).
  modules: ['@wxt-dev/webextension-polyfill'],
  // Firefox stays on MV2: its MV3 treats host permissions as optional, so after a store install
  // the content script would not run on x.com until the user grants access by hand. MV2 grants
  // the x.com hosts at install time, which is what "install and it works" needs.
  manifest: ({ browser, manifestVersion }) => ({
    // The name and description in the browser's language (public/_locales/*/messages.json).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `scripting`: the background injects the coach when a composer is first focused (MV2's
    // tabs.executeScript needs only the x.com host permissions). No install warning in Chrome.
    // `alarms`: the popup's first screen is built again at midnight and when the next contact
    // becomes due, even after the worker stopped (lib/background/first-screen.ts). No warning either.
    permissions: ['storage', 'unlimitedStorage', 'alarms', ...(manifestVersion === 3 ? ['scripting'] : [])],
    host_permissions: X_MATCHES,
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '128.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  vite: () => ({
    ...(process.env.DT_ANALYZE_OUT && { build: { sourcemap: 'hidden' as const } }),
    plugins: [preact({ prefreshEnabled: false })],
    resolve: {
      alias: [
        { find: /^core-js\/modules\/.*$/, replacement: resolve(import.meta.dirname, 'lib/shims/empty.ts') },
      ],
    },
  }),
  zip: {
    // The Firefox sources zip is for AMO review: no tests (they hold the replica's TLS key).
    excludeSources: ['tests/**', '.ci/**', '.output/**', '.cache/**', 'coverage/**'],
  },
});
