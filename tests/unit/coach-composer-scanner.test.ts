import { afterEach, describe, expect, it, vi } from 'vitest';
import { composerScanner } from '@/lib/features/coach/composers';

/** A compose editor; `draft` false draws it without Draft.js's class, as a newer editor would. */
const editor = (id: string, draft: boolean) =>
  `<div data-testid="tweetTextarea_0_label"><div id="${id}" ${draft ? 'class="public-DraftEditor-content"' : ''} contenteditable="true" role="textbox" data-testid="tweetTextarea_0"></div></div>`;

/** A scanner whose `known` set is the one `onNew` fills, as the coach's nudges map is. */
function scanner() {
  const known = new Map<Element, true>();
  const found: Element[] = [];
  const scan = composerScanner(
    known,
    (c) => {
      found.push(c);
      known.set(c, true);
    },
    (c) => known.delete(c),
  );
  return { scan, found };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('composerScanner', () => {
  it('finds a compose editor drawn without the Draft.js class', () => {
    document.body.innerHTML = `<main>${editor('a', false)}</main>`;
    const { scan, found } = scanner();
    scan();
    expect(found.map((c) => c.id)).toEqual(['a']);
  });

  it('attaches once to an editor, however many frames see it', () => {
    vi.useFakeTimers();
    document.body.innerHTML = `<main>${editor('a', false)}${editor('b', true)}</main>`;
    const { scan, found } = scanner();
    scan();
    (document.getElementById('a') as HTMLElement).focus();
    scan();
    vi.advanceTimersByTime(10_000);
    scan();
    expect(found.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('finds a class-less editor added later once it is focused, without waiting for a sweep', () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main></main>';
    const { scan, found } = scanner();
    scan();
    document.querySelector('main')?.insertAdjacentHTML('beforeend', editor('late', false));
    scan();
    expect(found).toEqual([]); // not focused, and the last sweep was just now
    (document.getElementById('late') as HTMLElement).focus();
    scan();
    expect(found.map((c) => c.id)).toEqual(['late']);
  });

  it('finds an unfocused class-less editor on the next sweep', () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main></main>';
    const { scan, found } = scanner();
    scan();
    document.querySelector('main')?.insertAdjacentHTML('beforeend', editor('late', false));
    vi.advanceTimersByTime(2_500);
    scan();
    expect(found.map((c) => c.id)).toEqual(['late']);
  });
});
