import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, UI_FOLDERS } from './hardcoded';

export type Catalog = Record<string, { message: string; description?: string }>;

export const LOCALES_DIR = join(ROOT, 'public/_locales');
/** `_locales` folder -> the BCP 47 locale `Intl` gets for it. */
export const LOCALES: Record<string, string> = { en: 'en', ja: 'ja', es: 'es', pt_BR: 'pt-BR' };

export const readCatalog = (folder: string): Catalog =>
  JSON.parse(readFileSync(join(LOCALES_DIR, folder, 'messages.json'), 'utf8'));

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** A key without its plural category: `unmet_one` -> `unmet`; other keys as they are. */
export const baseOf = (key: string) => key.replace(PLURAL, '');
export const isPlural = (catalog: Catalog, base: string) => `${base}_other` in catalog;

/** `{name}` parameters a message names. */
export const paramsOf = (message: string) => new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

/** Every source file that may name a message: the code, the manifest config, the HTML pages. */
export function codeText(): string {
  const parts: string[] = [readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8')];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(tsx?|html|css)$/.test(name)) parts.push(readFileSync(path, 'utf8'));
    }
  };
  for (const folder of [...UI_FOLDERS, 'lib']) walk(join(ROOT, folder));
  return parts.join('\n');
}
