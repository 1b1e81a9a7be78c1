/**
 * `work` run at most once per `waitMs`, after the calls that asked for it (trailing), and never
 * twice at once: a call while it runs asks for one more run after it. For refreshes whose result
 * only needs to be fresh within a second (the toolbar badge, the day's handful), so a stream of
 * event batches pays for one refresh instead of one each. Failures are the work's own business.
 */
export function throttled(work: () => Promise<unknown>, waitMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  const run = async () => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await work();
    } catch {
      // The work says nothing to the caller; it already handles its own failures.
    } finally {
      running = false;
      if (again) {
        again = false;
        request();
      }
    }
  };
  const request = () => {
    timer ??= setTimeout(run, waitMs);
  };
  return request;
}
