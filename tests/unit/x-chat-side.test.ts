import { afterEach, describe, expect, it } from 'vitest';
import { readChatMessages } from '@/lib/x/chat';

/** One message as X's Chat draws it: row (li), message box, column, bubble, text. */
const message = (uuid: string, box: string, column: string, bubble: string) =>
  `<li class="group/message relative px-4 py-0.5"><div data-testid="message-${uuid}" class="${box}"><div class="${column}"><div class="${bubble}"><span data-testid="message-text-${uuid}" dir="auto">hello</span></div><div><time datetime="2026-12-01T12:43:00.000Z">6:02 PM</time></div></div></div></li>`;

const sides = (html: string) => {
  document.body.innerHTML = `<ul data-testid="dm-message-list">${html}</ul>`;
  return readChatMessages(document).map((m) => m.mine);
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('which side a chat message sits on', () => {
  it('the message box’s own side wins over an items-start that aligns the lines inside the bubble', () => {
    expect(
      sides(
        message(
          'a1',
          'flex w-full justify-end',
          'flex flex-col items-end',
          'rounded-2xl flex flex-col items-start',
        ) +
          message(
            'b1',
            'flex w-full justify-start',
            'flex flex-col items-start',
            'rounded-2xl flex flex-col items-end',
          ),
      ),
    ).toEqual([true, false]);
  });

  it('a side on the column alone (the box says none) still decides', () => {
    expect(
      sides(
        message('a2', 'flex w-full', 'flex flex-col items-end', 'rounded-2xl flex flex-col items-start') +
          message('b2', 'flex w-full', 'flex flex-col items-start', 'rounded-2xl'),
      ),
    ).toEqual([true, false]);
  });

  it('a side on the row (li) above the box decides before the boxes inside it', () => {
    const row = (uuid: string, side: string, bubble: string) =>
      `<li class="flex ${side}"><div data-testid="message-${uuid}"><div class="${bubble}"><span data-testid="message-text-${uuid}">hi</span></div></div></li>`;
    expect(sides(row('a3', 'justify-end', 'items-start') + row('b3', 'justify-start', ''))).toEqual([
      true,
      false,
    ]);
  });

  it('no side anywhere reads as theirs, as before (the message is still recorded)', () => {
    expect(sides(message('c1', 'flex w-full', 'flex flex-col', 'rounded-2xl'))).toEqual([false]);
  });
});
