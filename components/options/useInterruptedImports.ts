import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/messages/client';
import type { Output } from '@/lib/messages/protocol';

export type Interrupted = Output<'archive.import.status'>['interrupted'];

/**
 * Archive imports that were started and never finished (the page closed, the browser crashed, the
 * disk filled): asked of the background when the page opens and after every attempt to import.
 */
export function useInterruptedImports(): { interrupted: Interrupted; refresh: () => void } {
  const [interrupted, setInterrupted] = useState<Interrupted>([]);
  const refresh = useCallback(() => {
    send('archive.import.status', {}).then(
      (reply) => setInterrupted(reply.interrupted),
      () => setInterrupted([]),
    );
  }, []);
  useEffect(refresh, [refresh]);
  return { interrupted, refresh };
}
