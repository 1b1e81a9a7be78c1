import { PROTOCOL } from '@/lib/messages/protocol';

/**
 * A mocked background answer, checked against the message's output schema in lib/messages: a
 * fixture that drifts from the protocol (a renamed field, a missing one, a wrong type) fails the
 * test that uses it instead of passing against data the background could never send. Returns the
 * answer unchanged, as the real client does.
 */
export function checkedReply<T>(type: string, reply: T): T {
  const spec = (PROTOCOL as Record<string, (typeof PROTOCOL)[keyof typeof PROTOCOL]>)[type];
  if (!spec) throw new Error(`the test mocks "${type}", which is no message in lib/messages`);
  const result = spec.output.safeParse(reply);
  if (!result.success)
    throw new Error(
      `the mocked answer to "${type}" does not match its output schema: ${result.error.message}`,
    );
  return reply;
}
