import type { Verdict } from '@/lib/coach/types';
import { composerContext, readComposerText } from '@/lib/x/composer';
import { recordSent } from '../post-events';
import type { FeatureContext } from '../types';

/**
 * Hands what a send carried to the recorder (lib/features/post-events.ts, owned by the recording
 * side). The coach only says "this went out with this verdict"; when and how it is recorded (at the
 * click or once X confirms the post) is the recorder's business.
 */
export function reportSent(
  sends: readonly { composer: HTMLElement; verdict?: Verdict }[],
  ctx: Pick<FeatureContext, 'account' | 'route' | 'dom' | 'events'>,
) {
  const drafts = sends.map(({ composer, verdict }) => ({
    text: readComposerText(composer),
    where: composerContext(composer, ctx.route),
    ...(verdict && { verdict: verdict.verdict }),
  }));
  recordSent(drafts, ctx);
}
