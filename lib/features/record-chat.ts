import { openChat, partnerOf, readChatMessages } from '@/lib/x/chat';
import { chatPartner } from '@/lib/x/routes';
import { X } from '@/lib/x/selectors';
import type { Feature } from './types';

/**
 * The messages of the open chat, as X shows them: yours are `dm_out`, the partner's `dm_in`, both
 * keyed `dm:<uuid>` (X Chat's id of the message), so a message seen again, in a second tab or both
 * on the chat page and in the drawer is stored once; the archive names it by another id, and the
 * record knows the two for one act (lib/db/twin-acts.ts). A message you send counts once X shows it
 * in the conversation, not at the click.
 *
 * On the chat page the URL names the partner. Elsewhere the chat drawer may be open: its open
 * conversation (lib/x/chat.ts `openChat`) names them, and nothing is recorded when it does not.
 */
export const chatFeature: Feature = {
  id: 'record-chat',
  routes: 'all',
  init({ account, route, url, dom, events }, signal) {
    const onPage = chatPartner(route, account.id);
    // A chat page whose URL names no one (the inbox, a group chat) records nothing, as before.
    if (route.name === 'chat' ? !onPage : url.pathname.startsWith('/i/chat')) return;
    // Live: a frame with no chat box open (most frames, on the timeline) costs a look at a short list.
    const boxes = document.getElementsByTagName(X.chatTextarea.tagName);
    const drawerPartner = () =>
      [...boxes].some((box) => box.matches(X.chatTextarea.css))
        ? partnerOf(openChat(document), account)
        : undefined;
    const seen = new Set<string>();
    dom.subscribe(() => {
      const person = onPage ? { id: onPage } : drawerPartner();
      if (!person) return;
      for (const message of readChatMessages(document)) {
        if (seen.has(message.uuid)) continue;
        seen.add(message.uuid);
        events.push({
          type: 'interaction',
          key: `dm:${message.uuid}`,
          kind: message.mine ? 'dm_out' : 'dm_in',
          person,
          at: message.at ?? Date.now(),
          text: message.text.slice(0, 25_000),
        });
      }
    }, signal);
  },
};
