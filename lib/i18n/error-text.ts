import { type ErrorReason, MessageError } from '@/lib/messages/errors';
import { type MessageKey, t } from './t';

const SENTENCE: Record<ErrorReason, MessageKey> = {
  'not-ours': 'errNotOurs',
  'pages-only': 'errPagesOnly',
  'bad-input': 'errBadInput',
  'unknown-type': 'errUnknownType',
  'answer-malformed': 'errAnswerMalformed',
  'storage-full': 'errStorageFull',
  'db-unavailable': 'errDbUnavailable',
  'archive-disk-full': 'errArchiveDiskFull',
  'archive-interrupted': 'errArchiveInterrupted',
  'archive-incomplete': 'errArchiveIncomplete',
  'import-account-gone': 'errImportAccountGone',
  'x-tab-only': 'errXTabOnly',
  'no-answer': 'errNoAnswer',
  cancelled: 'errCancelled',
  internal: 'errInternal',
};

/**
 * What went wrong, in the page's language, for the `{error}` of a notice. The background answers with a
 * reason (lib/messages/errors.ts), never with words for the page. An error from elsewhere (the browser's
 * storage, a bug) gets the generic sentence; its English text goes to the console for whoever debugs it.
 */
export function errorText(error: unknown): string {
  if (error instanceof MessageError && error.reason !== 'internal') return t(SENTENCE[error.reason]);
  console.warn('Dinner Table:', error);
  return t('errInternal');
}
