/**
 * npm run i18n:coach: copies the coach's words (lib/coach/messages, one catalog per locale) into
 * public/_locales/<locale>/messages.json, so the interface shows findings in its language through the
 * browser's i18n. Other keys are kept as they are; coach keys are replaced, in catalog order at the end.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COACH_CATALOGS, type CoachLocale } from '../../lib/coach/messages/catalogs.ts';
import { REPO_ROOT } from './corpus.ts';

export const COACH_PREFIX = 'coach_';
const DESCRIPTION =
  'Coach finding or suggestion; {1}, {2}... are the draft’s own words, a link, a count or another coach message.';

export function mergedCatalog(locale: CoachLocale, current: Record<string, { message: string }>) {
  const out: Record<string, { message: string; description?: string }> = {};
  for (const [k, v] of Object.entries(current)) if (!k.startsWith(COACH_PREFIX)) out[k] = v;
  for (const [k, v] of Object.entries(COACH_CATALOGS[locale]))
    out[k] = locale === 'en' ? { message: v, description: DESCRIPTION } : { message: v };
  return out;
}

function main() {
  for (const locale of Object.keys(COACH_CATALOGS) as CoachLocale[]) {
    const file = path.join(REPO_ROOT, 'public/_locales', locale, 'messages.json');
    const current = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, `${JSON.stringify(mergedCatalog(locale, current), null, 2)}\n`);
  }
  console.log('coach messages copied into public/_locales');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
