/** Error codes the archive reader can fail with. The UI maps each to a user-facing explanation. */
export type ArchiveErrorCode =
  | 'not-zip'
  | 'not-archive'
  | 'truncated'
  | 'malformed-file'
  | 'wrong-account'
  | 'too-large'
  | 'cancelled';

export const ARCHIVE_ERROR_CODES: readonly ArchiveErrorCode[] = [
  'not-zip',
  'not-archive',
  'truncated',
  'malformed-file',
  'wrong-account',
  'too-large',
  'cancelled',
];

/** The only error type the archive reader throws (anything unexpected is wrapped). */
export class ArchiveError extends Error {
  readonly code: ArchiveErrorCode;
  /** Archive-relative path of the offending file, when one file is to blame. */
  readonly file?: string;

  constructor(code: ArchiveErrorCode, message: string, options: { file?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ArchiveError';
    this.code = code;
    if (options.file !== undefined) this.file = options.file;
  }
}

export const isArchiveError = (e: unknown): e is ArchiveError => e instanceof ArchiveError;

export function cancelledError(): ArchiveError {
  return new ArchiveError('cancelled', 'Reading the archive was cancelled.');
}
