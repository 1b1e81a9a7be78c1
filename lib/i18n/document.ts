import { type MessageKey, t, uiLocale } from './t';

/**
 * An extension page in the interface's language: `lang` (fonts, hyphenation, screen readers) and the
 * title. HTML files cannot hold `__MSG_…__` the way the manifest and CSS can, so this runs first.
 */
export function localizeDocument(title: MessageKey) {
  document.documentElement.lang = uiLocale();
  document.title = t(title);
}
