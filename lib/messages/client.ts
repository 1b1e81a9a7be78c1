import { browser } from 'wxt/browser';
import { MessageError, type Reply } from './errors';
import type { Input, MessageType, Output } from './protocol';

/**
 * Sends one message to the background and returns its typed answer, or throws a MessageError
 * with the background's code, reason and (English, for logs) message.
 */
export async function send<T extends MessageType>(type: T, input: Input<T>): Promise<Output<T>> {
  const reply = (await browser.runtime.sendMessage({ dt: 1, type, input })) as Reply<Output<T>> | undefined;
  if (!reply)
    throw new MessageError(
      'failed',
      'The extension did not answer. Reload the page and try again.',
      'no-answer',
    );
  if (!reply.ok) throw new MessageError(reply.error.code, reply.error.message, reply.error.reason);
  return reply.data;
}
