import { readChatMessages } from '@/lib/x/chat';
import { chatPartner } from '@/lib/x/routes';
import type { Feature } from './types';

/**
 * The messages of the open chat, as X shows them: yours are `dm_out`, the partner's `dm_in`, both
 * keyed `dm:<uuid>` (X Chat's id of the message), so a message seen again or in a second tab is
 * stored once; the archive names it by another id, and the record knows the two for one act
 * (lib/db/twin-acts.ts). A message you send counts once X shows it in the conversation, not at the
 * click.
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
        if (seen.has(message.uuid)) continue;
        seen.add(message.uuid);
        events.push({
          type: 'interaction',
          key: `dm:${message.uuid}`,
          kind: message.mine ? 'dm_out' : 'dm_in',
          person: { id: partner },
          at: message.at ?? Date.now(),
          text: message.text.slice(0, 25_000),
        });
      }
    }, signal);
  },
};
