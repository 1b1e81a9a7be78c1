// Teardown that leaves nothing (issue #11.3): the badges of one account's pages and their shared
// details popover are all removed, with the page's scroll listener, when the layer stops.
import { act } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBadgeLayer } from '@/lib/features/overlays/badge-layer';
import type { LookupCache } from '@/lib/features/overlays/lookup-cache';
import type { ContactView } from '@/lib/messages/protocol';

const maya: ContactView = {
  key: '42',
  id: '42',
  handle: 'maya',
  stage: 'talked',
  followsMe: true,
  counts: { reply_out: 1 },
  engagedMe: 0,
};

const cache: LookupCache = {
  lookup: async () => maya,
  peek: () => maya,
  last: () => maya,
  invalidate: () => {},
  markStale: () => {},
  sent: 0,
};

const ours = () =>
  [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('dinner-table-'));

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('badge layer teardown', () => {
  it('removes every badge and the popover from <body>, and stops listening to scroll', () => {
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    const layer = createBadgeLayer(cache);
    const rows = [1, 2, 3].map(() => document.body.appendChild(document.createElement('div')));
    const entries = rows.map((row) =>
      layer.attach((host) => row.append(host), { handle: 'maya', variant: 'timeline' }),
    );
    const button = entries[0]?.view.button;
    expect(button).toBeTruthy();
    act(() => button?.focus());
    expect(
      ours()
        .map((el) => el.localName)
        .sort(),
    ).toEqual([
      'dinner-table-badge',
      'dinner-table-badge',
      'dinner-table-badge',
      'dinner-table-badge-popover',
    ]);
    const scrolls = added.mock.calls.filter(([type]) => type === 'scroll').length;
    expect(scrolls).toBe(1);

    act(() => layer.removeAll());
    expect(ours()).toEqual([]);
    expect(removed.mock.calls.filter(([type]) => type === 'scroll').length).toBe(scrolls);
  });
});
