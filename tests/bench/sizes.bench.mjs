// What each page of the built extension makes the browser parse, gzipped (level 9, as stores and
// the issue measure it): the content scripts in the manifest (loaded on every x.com page; goal
// <= 40 KB), and the scripts the options page and the popup load before first paint (the HTML's
// module script and its modulepreloads). Reads .output/chrome-mv3, so build first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, requireBuild } from '../e2e/browsers.mjs';

// Kilobytes of 1,000 bytes, as the issue counts them.
const kb = (bytes) => Math.round(bytes / 100) / 10;
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** The scripts an extension page loads up front, from its built HTML. */
function pageScripts(dir, html) {
  const text = readFileSync(join(dir, html), 'utf8');
  const srcs = [
    ...text.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...text.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1].replace(/^\//, ''));
  return [...new Set(srcs)];
}

function weigh(dir, files) {
  const rows = files.map((file) => ({
    file,
    kb: kb(readFileSync(join(dir, file)).length),
    gzKb: kb(gz(join(dir, file))),
  }));
  return {
    kb: Math.round(rows.reduce((s, r) => s + r.kb, 0) * 10) / 10,
    gzKb: Math.round(rows.reduce((s, r) => s + r.gzKb, 0) * 10) / 10,
    files: rows,
  };
}

export default async function sizes() {
  requireBuild('chrome-mv3');
  const dir = join(ROOT, '.output/chrome-mv3');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const content = weigh(
    dir,
    (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
  );
  const options = weigh(dir, pageScripts(dir, 'options.html'));
  const popup = weigh(dir, pageScripts(dir, 'popup.html'));
  // The parts injected when first needed (lib/features/engine-files.ts): each an unlisted script.
  const engines = ['coach-engine.js', 'card-engine.js'].map((file) => weigh(dir, [file]));
  return [
    {
      name: 'content script on every x.com page, gzipped',
      gzKb: content.gzKb,
      kb: content.kb,
      files: content.files,
      goal: '<= 40 KB',
      met: content.gzKb <= 40,
    },
    {
      name: 'options page script, gzipped (module + modulepreloads)',
      gzKb: options.gzKb,
      kb: options.kb,
      files: options.files,
      goal: 'only what the page uses',
    },
    ...engines.map(({ gzKb, kb, files }) => ({
      name: `${files[0].file}, injected when first needed, gzipped (informative)`,
      gzKb,
      kb,
    })),
    {
      name: 'popup script, gzipped (module + modulepreloads; informative)',
      gzKb: popup.gzKb,
      kb: popup.kb,
      files: popup.files,
    },
  ];
}
