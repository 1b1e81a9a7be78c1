// Vite config for the X replica SPA (React 18 + Draft.js). Not part of the extension build.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
// REPLICA_DEV=1 builds React in development mode, unminified (readable errors).
const dev = process.env.REPLICA_DEV === '1';

export default defineConfig({
  // Pinned: a build started from inside vitest (NODE_ENV=test) would otherwise compile JSX for
  // development (jsxDEV), which the production React bundle does not have.
  mode: dev ? 'development' : 'production',
  root: `${here}app`,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  // The repo root uses Preact; the replica uses real React so Draft.js works as on x.com.
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'react', development: dev },
  },
  define: {
    global: 'globalThis',
    'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production'),
  },
  resolve: {
    dedupe: ['react', 'react-dom'],
  },
  build: {
    outDir: `${here}dist`,
    emptyOutDir: true,
    sourcemap: false,
    minify: !dev,
    target: 'es2020',
    assetsDir: 'assets',
  },
});
