/**
 * The answer envelope and its error, apart from the protocol's schemas: the content script's client
 * needs these at run time but none of the zod schemas of messages it never validates (importing
 * protocol.ts for a class would bundle every schema into x.js, since zod's calls are not tree-shaken).
 */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };
export type ErrorCode = 'malformed' | 'unknown-type' | 'forbidden' | 'storage-full' | 'failed';

export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
