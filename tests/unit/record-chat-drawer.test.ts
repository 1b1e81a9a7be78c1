/**
 * The chat drawer's messages are recorded like the chat page's: off /i/chat the drawer's open
 * conversation names the partner, and each message is keyed `dm:<uuid>` as on the chat page, so one
 * seen in both places is stored once. With no one named, nothing is recorded.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chatFeature } from '@/lib/features/record-chat';
import type { FeatureContext } from '@/lib/features/types';
import type { PageEvent } from '@/lib/messages/schemas';
import { routeOf } from '@/lib/x/routes';

const ME = { id: '1000000001', handle: 'me_1' };
const PARTNER = '1000000002';

afterEach(() => {
  document.body.innerHTML = '';
});

function run(path: string) {
  const url = new URL(`https://x.com${path}`);
  const pushed: PageEvent[] = [];
  const scans: (() => void)[] = [];
  const context = {
    account: ME,
    route: routeOf(url),
    url,
    dom: { subscribe: (fn: () => void) => scans.push(fn) },
    events: { push: (e: PageEvent) => pushed.push(e) },
  } as unknown as FeatureContext;
  chatFeature.init(context, new AbortController().signal);
  return {
    pushed,
    scan: () => {
      for (const s of scans) s();
    },
  };
}

const message = (uuid: string, side: 'justify-end' | 'justify-start', text: string) =>
  `<li class="flex ${side}"><div data-testid="message-${uuid}"><span data-testid="message-text-${uuid}">${text}</span><time datetime="2026-12-01T12:43:00.000Z">6:02 PM</time></div></li>`;

/** The drawer with one conversation open; `row` marks its conversation row open. */
const drawer = ({ row = true } = {}) => `
  <div data-testid="chat-drawer-root">
    ${row ? `<a data-testid="dm-conversation-item-${ME.id}:${PARTNER}" aria-current="page" href="/i/chat/${ME.id}-${PARTNER}">Dana</a>` : ''}
    <ul data-testid="dm-message-list">${message('u-1', 'justify-start', 'hey there')}${message('u-2', 'justify-end', 'hi!')}</ul>
    <form data-testid="dm-composer-form"><textarea data-testid="dm-composer-textarea"></textarea></form>
  </div>`;

const summary = (events: PageEvent[]) =>
  events.map((e) => (e.type === 'interaction' ? [e.key, e.kind, e.person] : e.type));

describe('recording the chat drawer', () => {
  it('records the open conversation’s messages on /home, keyed as on the chat page', () => {
    const home = run('/home');
    document.body.innerHTML = `<main>timeline</main>${drawer()}`;
    home.scan();
    expect(summary(home.pushed)).toEqual([
      ['dm:u-1', 'dm_in', { id: PARTNER }],
      ['dm:u-2', 'dm_out', { id: PARTNER }],
    ]);
    // The same messages on the chat page carry the same keys and person: stored once.
    const page = run(`/i/chat/${ME.id}-${PARTNER}`);
    page.scan();
    expect(summary(page.pushed)).toEqual(summary(home.pushed));
  });

  it('records nothing while the drawer does not name the partner, or no chat box is open', () => {
    const home = run('/home');
    document.body.innerHTML = drawer({ row: false });
    home.scan();
    expect(home.pushed).toEqual([]);
    document.body.innerHTML = drawer().replace(/<form[\s\S]*<\/form>/, '');
    home.scan();
    expect(home.pushed).toEqual([]);
  });

  it('records nothing on a chat page whose URL names no one (a group chat)', () => {
    const group = run('/i/chat/g1912345678901234567');
    document.body.innerHTML = drawer();
    group.scan();
    expect(group.pushed).toEqual([]);
  });
});
