import { type CoachKey, catalogLookup, type Message, renderMessage } from '@/lib/coach/messages';
import { type MessageKey, t } from '@/lib/i18n/t';

const english = catalogLookup();

/**
 * A coach message in the interface language: the finding's key through the browser's i18n, its parameters
 * (the draft's own words, hosts, counts, other coach messages) filled in as `{1}`, `{2}`... A key the
 * catalog lacks falls back to the analyzer's English, never to the bare key.
 */
function lookup(key: CoachKey, subs: string[]): string {
  const params = Object.fromEntries(subs.map((s, i) => [String(i + 1), s]));
  const text = t(key as MessageKey, params);
  return text === key ? english(key, subs) : text;
}

/** The words to show for a finding's message or suggestion; `fallback` (the English) when it has no key. */
export function findingWords(message: Message | undefined, fallback: string): string {
  return message ? renderMessage(message, lookup) : fallback;
}
