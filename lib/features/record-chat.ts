import { readChatMessages } from '@/lib/x/chat';
import { chatPartner } from '@/lib/x/routes';
import type { Feature } from './types';

/**
 * Messages that arrive in the open chat (`dm_in`, keyed by X's message id). Messages you send are
 * recorded by the coach feature at the moment you send them.
 */
export const chatFeature: Feature = {
  id: 'record-chat',
  routes: ['chat'],
  init({ account, route, dom, events }, signal) {
    const partner = chatPartner(route, account.id);
    if (!partner) return;
    const seen = new Set<string>();
    dom.subscribe(() => {
      for (const message of readChatMessages(document)) {
        if (message.mine || seen.has(message.uuid)) continue;
        seen.add(message.uuid);
        events.push({
          type: 'interaction',
          key: `dm_in:${message.uuid}`,
          kind: 'dm_in',
          person: { id: partner },
          at: message.at ?? Date.now(),
          text: message.text.slice(0, 25_000),
        });
      }
    }, signal);
  },
};
