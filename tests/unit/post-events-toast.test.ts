import { afterEach, describe, expect, it } from 'vitest';
import { recordSent } from '@/lib/features/post-events';
import type { FeatureContext } from '@/lib/features/types';
import type { PageEvent } from '@/lib/messages/schemas';
import { toastPostId } from '@/lib/x/tweet';

const me = { id: '1', handle: 'me_1' };

/** X's "Your post was sent" note in the layers, with the given attributes and link. */
const note = (attrs: string, href: string) =>
  `<main></main><div id="layers"><div ${attrs}><span>Your post was sent.</span><a href="${href}">View</a></div></div>`;

/** A DOM watch that finds at once or never: the note is already on the page when the send is recorded. */
const dom = {
  waitFor: (find: () => unknown) => Promise.resolve(find() ?? undefined),
} as unknown as FeatureContext['dom'];

function sendReply() {
  const pushed: PageEvent[] = [];
  const events = { push: (e: PageEvent) => pushed.push(e) } as unknown as FeatureContext['events'];
  recordSent(
    [
      {
        text: 'Thanks, that was really helpful for our team',
        where: { kind: 'reply', replyTo: { tweetId: '100', author: { handle: 'alice_x' }, text: '' } },
      },
    ],
    { account: me, route: { name: 'home' }, dom, events },
  );
  return pushed;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the "Your post was sent" note', () => {
  it('is read when X draws it as a bare alert in the layers (no toast test id)', () => {
    document.body.innerHTML = note('role="alert" aria-live="assertive"', '/me_1/status/999');
    expect(toastPostId('me_1')).toBe('999');
  });

  it('records a reply sent from the modal once the bare alert links it', async () => {
    document.body.innerHTML = note('role="alert"', '/me_1/status/999');
    const pushed = sendReply();
    await Promise.resolve();
    await Promise.resolve();
    expect(pushed.map((e) => (e.type === 'post' ? e.key : e.type))).toEqual(['tweet:999']);
  });

  it('a bare alert linking someone else’s post is not yours', () => {
    document.body.innerHTML = note('role="alert"', '/alice_x/status/999');
    expect(toastPostId('me_1')).toBeUndefined();
  });

  it('an alert outside the layers is not the note', () => {
    document.body.innerHTML = `<main><div role="alert"><a href="/me_1/status/999">View</a></div></main><div id="layers"></div>`;
    expect(toastPostId('me_1')).toBeUndefined();
  });

  it('the toast test id still works', () => {
    document.body.innerHTML = note('data-testid="toast"', '/me_1/status/999');
    expect(toastPostId('me_1')).toBe('999');
  });
});
