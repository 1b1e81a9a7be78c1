import type { CoachKey } from './en';
import { en } from './en';
import { es } from './es';
import { ja } from './ja';
import { pt_BR } from './pt_BR';

/**
 * Every locale's coach words, named as the browser's _locales folders are. Not imported by analyze() (the
 * content script needs English only; the interface reads the others from _locales): for tests and for
 * `npm run i18n:coach`, which copies them into public/_locales.
 */
export const COACH_CATALOGS: Record<'en' | 'ja' | 'es' | 'pt_BR', Readonly<Record<CoachKey, string>>> = {
  en,
  ja,
  es,
  pt_BR,
};
export type CoachLocale = keyof typeof COACH_CATALOGS;
