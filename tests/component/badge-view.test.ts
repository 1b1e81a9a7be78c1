// The timeline badge is plain DOM (issue 15: no component per post): the same named button, marks
// and classes the details use, repainted only when what it shows changed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { badgeLook, createBadgeView } from '@/lib/features/overlays/badge-view';
import type { ContactView } from '@/lib/messages/protocol';
import { styleRoot } from '@/lib/ui/shadow';

const NOW = 1_800_000_000_000;
const DAY = 86_400_000;

const maya: ContactView = {
  key: '42',
  id: '42',
  handle: 'maya',
  stage: 'conversing',
  followsMe: true,
  counts: { reply_out: 1, reply_in: 1 },
  engagedMe: 1,
};

afterEach(() => {
  document.body.innerHTML = '';
});

const mounted = () => {
  const container = document.body.appendChild(document.createElement('div'));
  const onOpen = vi.fn();
  const onClose = vi.fn();
  const view = createBadgeView(container, { onOpen, onClose });
  return { view, onOpen, onClose, button: view.button };
};

describe('the badge', () => {
  it('is a named button that opens its details on hover and focus, and closes on Escape and leave', () => {
    const { view, onOpen, onClose, button } = mounted();
    view.paint(badgeLook('maya', maya, true, false, 'timeline', NOW));
    expect(button.getAttribute('aria-label')).toBe(
      'Dinner Table: @maya, conversing, follows you. Show details',
    );
    expect(button.title).toBe('Conversing');
    button.dispatchEvent(new FocusEvent('focus'));
    expect(onOpen).toHaveBeenLastCalledWith(button, 'focus');
    button.dispatchEvent(new MouseEvent('mouseenter'));
    expect(onOpen).toHaveBeenLastCalledWith(button, 'hover');
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(onClose).toHaveBeenLastCalledWith('escape');
    button.dispatchEvent(new MouseEvent('mouseleave'));
    expect(onClose).toHaveBeenLastCalledWith('hover');
    const other = document.body.appendChild(document.createElement('div'));
    button.dispatchEvent(new FocusEvent('blur', { relatedTarget: other }));
    expect(onClose).toHaveBeenLastCalledWith('blur', other);
    // Fill and size come with the class: no inline style to parse per badge.
    expect(button.querySelector('.dt-mark.dt-stage-conversing')?.hasAttribute('style')).toBe(false);
    expect(button.querySelector('.dt-follows')?.textContent).toBe('←');
  });

  it('keeps a click inside a post its own: the post does not open', () => {
    const { view, onOpen, button } = mounted();
    view.paint(badgeLook('maya', maya, false, false, 'timeline', NOW));
    const post = vi.fn();
    document.body.addEventListener('click', post);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    button.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(post).not.toHaveBeenCalled();
    expect(onOpen).toHaveBeenLastCalledWith(button, 'focus');
    document.body.removeEventListener('click', post);
  });

  it('says it is loading until the lookup answers, and marks unmet followers in lists', () => {
    const { view, button } = mounted();
    view.paint(badgeLook('sam', undefined, false, false, 'list', NOW));
    expect(button.getAttribute('aria-label')).toBe('Dinner Table: @sam, loading');
    expect(button.hasAttribute('title')).toBe(false);
    expect(button.querySelector('.dt-stage-loading')).not.toBeNull();
    view.paint(badgeLook('sam', null, true, true, 'list', NOW));
    expect(button.className).toBe('dt-badge dt-unmet');
    expect(button.querySelector('.dt-unmet-label')?.textContent).toBe('Unmet');
    expect([...button.children].map((c) => c.className)).toEqual([
      'dt-mark dt-stage-stranger',
      'dt-follows',
      'dt-unmet-label',
    ]);
    // Seen from a timeline, the same person has no words.
    view.paint(badgeLook('sam', null, true, true, 'timeline', NOW));
    expect(button.querySelector('.dt-unmet-label')).toBeNull();
  });

  it('shows a due dot while a reply is owed, and takes it away once answered', () => {
    const { view, button } = mounted();
    const owed = { ...maya, due: { reason: 'reply-back' as const, at: NOW - DAY, since: NOW - 2 * DAY } };
    view.paint(badgeLook('maya', owed, false, false, 'timeline', NOW));
    expect(button.querySelector('.dt-due-dot')?.getAttribute('data-reason')).toBe('reply-back');
    expect(button.title).toBe('Conversing · You owe a reply');
    view.paint(badgeLook('maya', maya, false, false, 'timeline', NOW));
    expect(button.querySelector('.dt-due-dot')).toBeNull();
    expect(button.title).toBe('Conversing');
  });

  it('touches nothing when painted again with the same look', () => {
    const { view, button } = mounted();
    view.paint(badgeLook('maya', maya, true, false, 'timeline', NOW));
    const changes: MutationRecord[] = [];
    const watch = new MutationObserver((records) => changes.push(...records));
    watch.observe(button, { attributes: true, childList: true, subtree: true });
    view.paint(badgeLook('maya', { ...maya }, true, false, 'timeline', NOW));
    changes.push(...watch.takeRecords());
    watch.disconnect();
    expect(changes).toEqual([]);
  });

  it('never reads X text as markup: a handle is only ever text in a label', () => {
    const { view, button } = mounted();
    view.paint(badgeLook('<img src=x onerror=alert(1)>', null, false, false, 'timeline', NOW));
    expect(button.querySelector('img')).toBeNull();
  });
});

describe('styles for a shadow root', () => {
  it('adopt one shared sheet where the world allows it, else fall back to a <style>', () => {
    const roots = [1, 2].map(() => document.createElement('div').attachShadow({ mode: 'closed' }));
    for (const root of roots) styleRoot(root, '.a { color: red }');
    const adopted = roots.map((root) => root.adoptedStyleSheets?.[0]);
    if (adopted[0]) {
      // One parsed sheet for every root.
      expect(adopted[1]).toBe(adopted[0]);
      expect(roots[0]?.querySelector('style')).toBeNull();
    } else {
      for (const root of roots) expect(root.querySelector('style')?.textContent).toBe('.a { color: red }');
    }
  });

  it('fall back to a <style> when adopting throws (older Firefox content scripts)', () => {
    const root = document.createElement('div').attachShadow({ mode: 'closed' });
    Object.defineProperty(root, 'adoptedStyleSheets', {
      set() {
        throw new DOMException('not allowed', 'NotAllowedError');
      },
      get: () => [],
    });
    styleRoot(root, '.b { color: blue }');
    expect(root.querySelector('style')?.textContent).toBe('.b { color: blue }');
  });
});
