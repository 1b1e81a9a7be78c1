import type { Runtime } from 'webextension-polyfill';
import { Envelope, MessageError, type MessageType, PROTOCOL, type Reply } from '@/lib/messages/protocol';
import { X_HOSTS } from '@/lib/x/hosts';

export type Handlers = {
  [T in MessageType]: (input: never, sender: Runtime.MessageSender) => Promise<unknown>;
};

export interface SenderCheck {
  /** The extension's own id. */
  extensionId: string;
  /** The extension's base URL (`chrome-extension://<id>/`, `moz-extension://<uuid>/`). */
  extensionOrigin: string;
}

/** Who sent a message: the extension's own pages, its content script on X, or nobody we trust. */
export function classifySender(
  sender: Runtime.MessageSender,
  check: SenderCheck,
): 'page' | 'content' | 'unknown' {
  if (sender.id !== check.extensionId) return 'unknown';
  const url = sender.url ?? '';
  if (url.startsWith(check.extensionOrigin)) return 'page';
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'https:' && X_HOSTS.has(hostname) && sender.tab) return 'content';
  } catch {
    // no URL: not a sender we know
  }
  return 'unknown';
}

/**
 * Validates a raw message (envelope, type, sender, input), runs its handler and validates what the
 * handler returns. Every refusal is an answer with a code, never a throw: a malformed message
 * changes nothing.
 */
export async function route(
  raw: unknown,
  sender: Runtime.MessageSender,
  handlers: Handlers,
  check: SenderCheck,
): Promise<Reply<unknown>> {
  try {
    const envelope = Envelope.safeParse(raw);
    if (!envelope.success) throw new MessageError('malformed', 'Not a Dinner Table message.', 'bad-input');
    const type = envelope.data.type as MessageType;
    const spec = Object.hasOwn(PROTOCOL, type) ? PROTOCOL[type] : undefined;
    if (!spec) throw new MessageError('unknown-type', `Unknown message type "${envelope.data.type}".`);
    const from = classifySender(sender, check);
    if (from === 'unknown')
      throw new MessageError('forbidden', 'Messages are accepted only from Dinner Table itself.');
    if (spec.from === 'page' && from !== 'page') {
      throw new MessageError(
        'forbidden',
        `"${type}" is accepted only from Dinner Table's own pages.`,
        'pages-only',
      );
    }
    const input = spec.input.safeParse(envelope.data.input);
    if (!input.success)
      throw new MessageError(
        'malformed',
        `Invalid "${type}": ${input.error.issues[0]?.message ?? 'bad input'}.`,
      );
    const output = await handlers[type](input.data as never, sender);
    const checked = spec.output.safeParse(output);
    if (!checked.success)
      throw new MessageError('failed', `The answer to "${type}" was malformed.`, 'answer-malformed');
    return { ok: true, data: checked.data };
  } catch (error) {
    if (error instanceof MessageError)
      return { ok: false, error: { code: error.code, message: error.message, reason: error.reason } };
    if (isQuotaError(error)) {
      return {
        ok: false,
        error: { code: 'storage-full', message: STORAGE_FULL_MESSAGE, reason: 'storage-full' },
      };
    }
    return {
      ok: false,
      error: {
        code: 'failed',
        message: error instanceof Error ? error.message : String(error),
        reason: 'internal',
      },
    };
  }
}

export const STORAGE_FULL_MESSAGE =
  'Your disk is full, so Dinner Table could not save what it saw. Nothing was half-saved; it will retry. Free some disk space.';

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
