import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// vitest 5's reporter calls Map.groupBy (Node >= 21); this machine runs Node 20.
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value<K, V>(items: Iterable<V>, keyOf: (item: V, index: number) => K) {
      const groups = new Map<K, V[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        groups.set(key, [...(groups.get(key) ?? []), item]);
      }
      return groups;
    },
  });
}

export default defineConfig({
  // The Preact preset in wxt.config's `vite` block is not applied by WxtVitest: repeat it here.
  plugins: [WxtVitest(), preact({ prefreshEnabled: false })],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto', 'tests/setup/i18n.ts', 'tests/setup/testing-library.ts'],
    restoreMocks: true,
    // A timeout here only catches a hang: speed is measured in `npm run bench`, never asserted here, and a
    // loaded 2-core machine can take several seconds to import a real archive fixture.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
