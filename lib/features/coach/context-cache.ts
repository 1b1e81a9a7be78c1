import type { CoachContext } from '@/lib/coach/types';
import { send } from '@/lib/messages/client';
import type { Settings } from '@/lib/settings/settings';
import { mentionsRe } from '@/lib/text/handle';
import { partnerOf, readChatMessages } from '@/lib/x/chat';
import type { ComposerContext } from '@/lib/x/composer';
import { chatPartner, type Route } from '@/lib/x/routes';
import type { FeatureContext } from '../types';

/**
 * What the analyzer needs beyond the text: your domains (settings), the signed-in account's handle and
 * display name (a link under either is your own work on another platform), recent posts and the stage of
 * the people a draft addresses (the background knows them). Asked once per person and cached, so
 * typing never waits on a message.
 */
export function createContextCache({ account, route }: FeatureContext) {
  const stages = new Map<string, CoachContext['targetStage']>();
  let recentPosts: CoachContext['recentPosts'] = [];
  let loaded = false;
  const pending = new Map<string, Promise<void>>();

  const load = (handles: string[]) => {
    const key = handles.join(',');
    const missing = handles.filter((h) => !stages.has(h));
    if (loaded && missing.length === 0) return Promise.resolve();
    if (!pending.has(key)) {
      pending.set(
        key,
        send('coach.context', { account: account.id, people: missing })
          .then((reply) => {
            recentPosts = reply.recentPosts;
            loaded = true;
            for (const h of missing) stages.set(h, reply.stages[h] ?? 'stranger');
          })
          .catch(() => {
            // The background is unreachable: coach on the text alone.
          })
          .finally(() => pending.delete(key)),
      );
    }
    return pending.get(key) as Promise<void>;
  };

  const build = (settings: Settings, where?: ComposerContext, text = ''): CoachContext => {
    const target = where ? targetKey(where, route, account) : undefined;
    const mentioned = [...text.matchAll(mentionsRe())].map((m) => (m[1] ?? '').toLowerCase());
    const mentionStages: Record<string, NonNullable<CoachContext['targetStage']>> = {};
    for (const h of mentioned) mentionStages[h] = stages.get(h) ?? 'stranger';
    return {
      now: Date.now(),
      ownDomains: [...settings.ownDomains, ...settings.learnedDomains],
      ownHandle: account.handle,
      ...(account.name && { ownName: account.name }),
      promoRatioGoal: settings.promoRatioGoal,
      disabledRules: settings.disabledRules,
      recentPosts,
      mentionStages,
      ...(where && target && { targetStage: stageOf(where, target) }),
    };
  };

  /**
   * The stored stage, except that someone whose messages are in the open chat has written to you: never a
   * stranger to pitch (the record may not hold those messages yet when the first check runs).
   */
  const stageOf = (where: ComposerContext, target: string): NonNullable<CoachContext['targetStage']> => {
    const stored = stages.get(target) ?? 'stranger';
    const cold = stored === 'stranger' || stored === 'noticed';
    if (where.kind === 'dm' && cold && readChatMessages(document).some((m) => !m.mine)) return 'talked';
    return stored;
  };

  return {
    async for(where: ComposerContext, text: string, settings: Settings) {
      const handles = [targetKey(where, route, account), ...[...text.matchAll(mentionsRe())].map((m) => m[1])]
        .filter((h): h is string => Boolean(h))
        .map((h) => h.toLowerCase());
      await Promise.race([load(handles), new Promise((r) => setTimeout(r, 300))]);
      return build(settings, where, text);
    },
    cached: build,
  };
}

/**
 * Who a draft is addressed to: the replied-to author's handle, or for a chat the partner, `id:<n>`
 * (the chat page's URL, or the drawer's open conversation row) or, when only the drawer's header
 * names them, their handle.
 */
export function targetKey(
  where: ComposerContext,
  route: Route,
  me: { id: string; handle?: string },
): string | undefined {
  if (where.kind === 'dm') {
    const onPage = chatPartner(route, me.id);
    if (onPage) return `id:${onPage}`;
    const partner = partnerOf(where.chat, me);
    if (!partner) return undefined;
    return 'id' in partner ? `id:${partner.id}` : partner.handle.toLowerCase();
  }
  return where.replyTo?.author?.handle?.toLowerCase();
}
