/**
 * The answer envelope and its error, apart from the protocol's schemas: the content script's client
 * needs these at run time but none of the zod schemas of messages it never validates (importing
 * protocol.ts for a class would bundle every schema into x.js, since zod's calls are not tree-shaken).
 */
export type Reply<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ErrorCode; message: string; reason?: ErrorReason } };
export type ErrorCode =
  | 'malformed'
  | 'unknown-type'
  | 'forbidden'
  | 'storage-full'
  | 'unavailable'
  | 'failed';

/**
 * What went wrong, as a word the page turns into a sentence in its own language (lib/i18n/error-text.ts).
 * The English `message` stays for logs and tests; the interface never shows it.
 */
export type ErrorReason =
  | 'not-ours'
  | 'pages-only'
  | 'bad-input'
  | 'unknown-type'
  | 'answer-malformed'
  | 'storage-full'
  | 'db-unavailable'
  | 'archive-disk-full'
  | 'archive-interrupted'
  | 'archive-incomplete'
  | 'import-account-gone'
  | 'x-tab-only'
  | 'no-answer'
  | 'cancelled'
  | 'internal';

const REASON_OF_CODE: Record<ErrorCode, ErrorReason> = {
  malformed: 'bad-input',
  'unknown-type': 'unknown-type',
  forbidden: 'not-ours',
  'storage-full': 'storage-full',
  unavailable: 'db-unavailable',
  failed: 'internal',
};

export class MessageError extends Error {
  readonly reason: ErrorReason;
  constructor(
    readonly code: ErrorCode,
    message: string,
    reason?: ErrorReason,
  ) {
    super(message);
    this.reason = reason ?? REASON_OF_CODE[code];
  }
}
