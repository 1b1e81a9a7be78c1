import { afterEach, describe, expect, it } from 'vitest';
import { keySendOf, sendButtonFor, sendTargetOf } from '@/lib/features/coach/composers';

/** Two chat forms on one page (a drawer and the chat page): each send acts only on its own box. */
function twoChats() {
  document.body.innerHTML = `
    <div data-testid="dm-composer-container" id="drawer">
      <form data-testid="dm-composer-form">
        <textarea data-testid="dm-composer-textarea" id="box-a"></textarea>
        <button data-testid="dm-composer-send-button" id="send-a"><span id="icon-a">›</span></button>
      </form>
    </div>
    <div data-testid="dm-composer-container" id="page">
      <form data-testid="dm-composer-form">
        <textarea data-testid="dm-composer-textarea" id="box-b"></textarea>
        <button data-testid="dm-composer-send-button" id="send-b"></button>
      </form>
    </div>
    <button data-testid="dm-composer-send-button" id="stray"></button>`;
  const $ = (id: string) => document.getElementById(id) as HTMLElement;
  return $;
}
const clickOn = (el: Element) => {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'target', { value: el });
  return event;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('chat composers', () => {
  it('a send click acts on the box in its own form only', () => {
    const $ = twoChats();
    expect(sendTargetOf(clickOn($('icon-a')))?.composers).toEqual([$('box-a')]);
    expect(sendTargetOf(clickOn($('send-b')))?.composers).toEqual([$('box-b')]);
  });

  it('a send button outside any chat form acts on no composer (never another one on the page)', () => {
    const $ = twoChats();
    expect(sendTargetOf(clickOn($('stray')))?.composers).toEqual([]);
  });

  it('Enter in a chat box finds that box’s own send button', () => {
    const $ = twoChats();
    expect(sendButtonFor($('box-b'))).toBe($('send-b'));
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true });
    Object.defineProperty(enter, 'target', { value: $('box-a') });
    expect(keySendOf(enter)).toEqual({ button: $('send-a'), composers: [$('box-a')] });
    const shiftEnter = new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true });
    Object.defineProperty(shiftEnter, 'target', { value: $('box-a') });
    expect(keySendOf(shiftEnter)).toBeNull();
  });

  it('a disabled send button is not a send', () => {
    const $ = twoChats();
    $('send-a').setAttribute('aria-disabled', 'true');
    expect(sendTargetOf(clickOn($('send-a')))).toBeNull();
  });
});

describe('a chat drawn without its composer form or container', () => {
  /** The drawer as a review found it: box and send button in sibling boxes, no form around them. */
  const bare = () => {
    document.body.innerHTML = `
      <main><div data-testid="primaryColumn"><button data-testid="dm-composer-send-button" id="elsewhere"></button></div></main>
      <div data-testid="chat-drawer-root">
        <div><textarea data-testid="dm-composer-textarea" id="box"></textarea></div>
        <div><button data-testid="dm-composer-send-button" id="send"><span id="icon">›</span></button></div>
      </div>`;
    return (id: string) => document.getElementById(id) as HTMLElement;
  };

  it('still knows the send button sends that box (their nearest common box), by click or Enter', () => {
    const $ = bare();
    expect(sendTargetOf(clickOn($('icon')))?.composers).toEqual([$('box')]);
    expect(sendButtonFor($('box'))).toBe($('send'));
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true });
    Object.defineProperty(enter, 'target', { value: $('box') });
    expect(keySendOf(enter)).toEqual({ button: $('send'), composers: [$('box')] });
  });

  it('claims nothing for a send button that reaches the box only past a second button', () => {
    const $ = bare();
    // Its nearest box holding a chat box (the page) holds two send buttons: which sends it is unknown.
    expect(sendTargetOf(clickOn($('elsewhere')))?.composers).toEqual([]);
  });
});
