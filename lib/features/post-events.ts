import type { PageEvent, VerdictName } from '@/lib/messages/schemas';
import { extractMentions, extractUrls } from '@/lib/text/twitter-text';
import type { ComposerContext } from '@/lib/x/composer';
import { chatPartner } from '@/lib/x/routes';
import type { FeatureContext } from './types';

export interface SentDraft {
  text: string;
  where: ComposerContext;
  verdict?: VerdictName;
}

/**
 * The events one send makes: a `post` per composer (a thread gives one per item, the first is what
 * the button's context says, the rest continue the thread), or a `dm_out` to the chat partner.
 * Keys are made once here, so a retried batch is stored once.
 */
export function postEvents(
  drafts: readonly SentDraft[],
  { account, route }: Pick<FeatureContext, 'account' | 'route'>,
) {
  const at = Date.now();
  const stamp = `${at.toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  const events: PageEvent[] = [];
  drafts.forEach((draft, index) => {
    const text = draft.text.trim();
    if (!text) return;
    if (draft.where.kind === 'dm') {
      const partner = chatPartner(route, account.id);
      if (!partner) return;
      events.push({
        type: 'interaction',
        key: `dm_out:${stamp}:${index}`,
        kind: 'dm_out',
        person: { id: partner },
        at,
        text,
      });
      return;
    }
    const kind = index === 0 ? draft.where.kind : 'post';
    const replyTo = index === 0 ? draft.where.replyTo : undefined;
    const quoteOf = index === 0 ? draft.where.quoteOf : undefined;
    events.push({
      type: 'post',
      key: `post:${stamp}:${index}`,
      at,
      kind,
      text,
      links: extractUrls(text).slice(0, 50),
      mentions: [...new Set(extractMentions(text))].slice(0, 50),
      ...(draft.verdict && { verdict: draft.verdict }),
      ...(replyTo && { replyTo: target(replyTo) }),
      ...(quoteOf && { quoteOf: target(quoteOf) }),
    });
  });
  return events;
}

function target(tweet: NonNullable<ComposerContext['replyTo']>) {
  return {
    ...(tweet.tweetId && { tweetId: tweet.tweetId }),
    ...(tweet.author && {
      person: { handle: tweet.author.handle, ...(tweet.author.name && { name: tweet.author.name }) },
    }),
  };
}
