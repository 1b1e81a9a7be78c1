/**
 * The chat drawer (X's Chat opened over /home or any page but /i/chat): the URL names no one, so the
 * coach reads who the open conversation is with from the drawer's markup (its open conversation row,
 * `dm-conversation-item-<a>:<b>`, or its header's profile link). A cold pitch there is a pitch to a
 * stranger, as the same DM on /i/chat/<a>-<b> is. Found by a review (scratch tests in /tmp/dom-review).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '@/lib/coach';
import { createContextCache, targetKey } from '@/lib/features/coach/context-cache';
import type { FeatureContext } from '@/lib/features/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { composerContext } from '@/lib/x/composer';
import { routeOf } from '@/lib/x/routes';

const ME = { id: '1287364509182736451', handle: 'lena_v0ss_27' };
const PARTNER = '902341188';
const HOME = routeOf('https://x.com/home');

/** A drawer with the conversation list (the open row marked as on the chat page) and the open chat. */
const drawer = ({ rows = true, header = true, openMark = 'aria-current="page"' } = {}) => `
  <main><div data-testid="primaryColumn">timeline</div></main>
  <div data-testid="chat-drawer-root"><div data-testid="chat-drawer-main">
    ${
      rows
        ? `<ul>
      <li><a href="/i/chat/${ME.id}-${PARTNER}" data-testid="dm-conversation-item-${ME.id}:${PARTNER}" ${openMark}>Maya</a></li>
      <li><a href="/i/chat/${ME.id}-1499023884561022977" data-testid="dm-conversation-item-${ME.id}:1499023884561022977">Hannah</a></li>
    </ul>`
        : ''
    }
    <section>
      ${header ? '<div data-testid="dm-conversation-header"><a href="/maya__ortiz"><span>Maya Ortiz</span><span>@maya__ortiz</span></a></div>' : ''}
      <div data-testid="dm-composer-container"><form data-testid="dm-composer-form">
        <textarea data-testid="dm-composer-textarea"></textarea>
        <button data-testid="dm-composer-send-button" type="submit"></button>
      </form></div>
    </section>
  </div></div>`;

const box = () => document.querySelector('textarea') as HTMLTextAreaElement;
const keyInDrawer = () => targetKey(composerContext(box(), HOME), HOME, ME);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a DM written in the chat drawer', () => {
  it('is addressed to the open conversation row’s other id, as on the chat page', () => {
    document.body.innerHTML = drawer();
    expect(keyInDrawer()).toBe(`id:${PARTNER}`);
    const onChatPage = routeOf(`https://x.com/i/chat/${ME.id}-${PARTNER}`);
    expect(targetKey({ kind: 'dm' }, onChatPage, ME)).toBe(`id:${PARTNER}`);
  });

  it('reads a row marked selected as the open one too', () => {
    document.body.innerHTML = drawer({ header: false, openMark: 'aria-selected="true"' });
    expect(keyInDrawer()).toBe(`id:${PARTNER}`);
  });

  it('falls back to the header’s profile link when no row is marked open', () => {
    document.body.innerHTML = drawer({ openMark: '' });
    expect(keyInDrawer()).toBe('maya__ortiz');
    document.body.innerHTML = drawer({ rows: false });
    expect(keyInDrawer()).toBe('maya__ortiz');
  });

  it('is addressed to no one when the drawer does not say, or says only you', () => {
    document.body.innerHTML = drawer({ rows: false, header: false });
    expect(keyInDrawer()).toBeUndefined();
    document.body.innerHTML = drawer({ rows: false }).replace('/maya__ortiz', `/${ME.handle}`);
    expect(keyInDrawer()).toBeUndefined();
  });

  it('reads two open rows as no one rather than guess', () => {
    document.body.innerHTML = drawer({ header: false }).replace(
      `data-testid="dm-conversation-item-${ME.id}:1499023884561022977"`,
      `data-testid="dm-conversation-item-${ME.id}:1499023884561022977" aria-current="page"`,
    );
    expect(keyInDrawer()).toBeUndefined();
  });

  it('gets the stranger’s stage, so a cold pitch there is held as one', () => {
    document.body.innerHTML = drawer();
    const cache = createContextCache({ account: ME, route: HOME } as unknown as FeatureContext);
    const text =
      'Hi! Would you be open to a quick call next week to talk about a collaboration? I think we could do something great together.';
    const where = composerContext(box(), HOME);
    const context = cache.cached(DEFAULT_SETTINGS, where, text);
    expect(context.targetStage).toBe('stranger');
    expect(analyze({ text, kind: 'dm' }, context).pitch).toBeTruthy();
  });
});
