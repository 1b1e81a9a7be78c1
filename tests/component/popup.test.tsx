import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BalanceBody } from '@/components/popup/Balance';
import { Person } from '@/components/popup/Person';
import { Popup } from '@/components/popup/Popup';
import { Unmet } from '@/components/popup/Unmet';
import { MessageError } from '@/lib/messages/errors';
import type { ContactView } from '@/lib/messages/protocol';
import type { BalanceView, Handful } from '@/lib/messages/protocol-popup';
import { checkedReply } from './checked-reply';

const replies: Record<string, (input: never) => unknown> = {};
const calls: { type: string; input: unknown }[] = [];
vi.mock('@/lib/messages/client', () => ({
  send: vi.fn(async (type: string, input: unknown) => {
    calls.push({ type, input });
    const reply = replies[type];
    if (!reply) throw new Error(`no reply for ${type}`);
    const answer = reply(input as never);
    // Checked against the protocol; a promise is checked when it settles (no extra tick otherwise).
    return answer instanceof Promise ? answer.then((a) => checkedReply(type, a)) : checkedReply(type, answer);
  }),
}));

const MARKUP = '<img src=x onerror="globalThis.__pwned=1"><b>bold</b>';
const person = (i: number, extra: Partial<ContactView> = {}): ContactView => ({
  key: String(2000 + i),
  id: String(2000 + i),
  handle: `fan_${i}`,
  name: `Fan ${i}`,
  bio: `Bio ${i}`,
  stage: 'noticed',
  counts: {},
  engagedMe: 0,
  followsMe: true,
  ...extra,
});
const account = { id: '1000000001', handle: 'dana_builds', name: 'Dana', lastSeen: 1 };
const status = (extra = {}) => ({ accounts: [account], health: [], ...extra });
const DAY = 86_400_000;
const REASONS: Handful['picks'][number]['reason'][] = [
  {
    kind: 'latest-post',
    via: 'reply',
    count: 2,
    answered: false,
    at: Date.now() - 2 * DAY,
    snippet: 'Loved the Postgres thread',
  },
  { kind: 'followed', mutual: true, at: Date.now() - 3 * DAY },
  { kind: 'wrote-to-you', count: 1, answered: false, at: Date.now() - DAY, snippet: 'Hello from Lisbon' },
  { kind: 'liked', likes: 3, reposts: 1 },
  { kind: 'bio', bio: MARKUP, mutual: false },
];
const handful = (extra: Partial<Handful> = {}): Handful => ({
  account: account.id,
  handle: account.handle,
  name: account.name,
  date: '2025-05-20',
  size: 5,
  met: 1,
  unmet: 1234,
  hasFollowers: true,
  picks: [0, 1, 2, 3, 4].map((i) => ({
    contact: person(i, i === 4 ? { handle: undefined, name: undefined, bio: MARKUP } : {}),
    tier: i === 0 ? 'engaged' : 'recent',
    reason: REASONS[i] ?? { kind: 'followed', mutual: false },
    reply:
      i === 0
        ? { to: 'post', url: 'https://x.com/fan_0/status/1800000000000000001' }
        : { to: 'profile', url: i === 4 ? 'https://x.com/i/user/2004' : `https://x.com/fan_${i}` },
    met: i === 1,
  })),
  ...extra,
});

beforeEach(() => {
  fakeBrowser.reset();
  calls.length = 0;
  for (const key of Object.keys(replies)) delete replies[key];
  replies['status.get'] = () => status();
  replies['handful.get'] = () => handful();
});
afterEach(cleanup);

describe('the first screen kept by the background', () => {
  const due = (handle: string) => ({
    account: account.id,
    due: [
      {
        contact: person(9, { handle, name: handle }),
        reason: 'reply-back' as const,
        why: { kind: 'replied' as const, at: Date.now() - DAY },
        dueAt: Date.now() - DAY,
        theirs: { at: Date.now() - DAY, text: 'are you coming?' },
        open: `https://x.com/${handle}`,
      },
    ],
    missed: [],
    reachedOut: 0,
    counts: { replyBacks: 1, goingCold: 0, missed: 0 },
  });
  const first = {
    format: 1,
    account: account.id,
    date: '2025-05-20',
    builtAt: Date.now() - 1000,
    validUntil: Date.now() + 60_000,
    settings: 'null',
    handful: handful(),
    due: due('from_snapshot'),
  };

  it('shows Today and Keep talking at the first render, asks nothing before, then the live answers replace it', async () => {
    let answer: (h: Handful) => void = () => {};
    replies['handful.get'] = () => new Promise<Handful>((resolve) => (answer = resolve));
    replies['due.get'] = () => due('from_live');
    render(<Popup first={first} />);
    // On screen before any answer: the rows of the first screen.
    expect(screen.getByTestId('dt-handful').querySelectorAll('[data-testid="dt-contact"]')).toHaveLength(5);
    expect(screen.getByTestId('dt-due').getAttribute('data-handle')).toBe('from_snapshot');
    // Then the live answers (asked once it is painted) replace it.
    await waitFor(() => expect(screen.getByTestId('dt-due').getAttribute('data-handle')).toBe('from_live'));
    answer(handful({ met: 3 }));
    await waitFor(() => expect(screen.getByTestId('dt-progress').textContent).toMatch(/3 of 5/));
    expect(calls.filter((c) => c.type === 'handful.get')).toHaveLength(1);
  });

  it('the last first screen (from before a write) shows marked as updating and inert until both live answers replace it', async () => {
    performance.clearMarks();
    let answer: (h: Handful) => void = () => {};
    let dueAnswer: (view: ReturnType<typeof due>) => void = () => {};
    replies['handful.get'] = () => new Promise<Handful>((resolve) => (answer = resolve));
    replies['due.get'] = () => new Promise((resolve) => (dueAnswer = resolve));
    render(<Popup first={first} updating />);
    // Seen at once, but said to be updating, and nothing in it can be acted on.
    expect(screen.getByTestId('dt-updating').textContent).toBe('Updating…');
    expect(screen.getByTestId('dt-handful').querySelectorAll('[data-testid="dt-contact"]')).toHaveLength(5);
    const lists = screen.getByTestId('dt-handful').closest('.today-lists') as HTMLElement;
    expect(lists.hasAttribute('inert')).toBe(true);
    expect(lists.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(calls.filter((c) => c.type === 'due.get')).toHaveLength(1));
    dueAnswer(due('from_live'));
    await waitFor(() => expect(screen.getByTestId('dt-due').getAttribute('data-handle')).toBe('from_live'));
    // One list is live, the other still from before: still marked.
    expect(screen.getByTestId('dt-updating')).toBeTruthy();
    expect(performance.getEntriesByName('dt-current-content')).toHaveLength(0);
    answer(handful({ met: 3 }));
    await waitFor(() => expect(screen.queryByTestId('dt-updating')).toBeNull());
    expect(screen.getByTestId('dt-progress').textContent).toMatch(/3 of 5/);
    expect(lists.hasAttribute('inert')).toBe(false);
    await waitFor(() =>
      expect(
        (performance.getEntriesByName('dt-current-content')[0] as PerformanceMark | undefined)?.detail,
      ).toEqual({ source: 'live' }),
    );
    expect((performance.getEntriesByName('dt-first-content')[0] as PerformanceMark).detail).toEqual({
      source: 'previous',
    });
  });

  it('the current first screen shows unmarked', () => {
    replies['due.get'] = () => due('from_live');
    render(<Popup first={first} />);
    expect(screen.queryByTestId('dt-updating')).toBeNull();
    const lists = screen.getByTestId('dt-handful').closest('.today-lists') as HTMLElement;
    expect(lists.hasAttribute('inert')).toBe(false);
  });

  it('keeps a due row done while the refresh asked before it is still on its way', async () => {
    let lateAnswer: (view: ReturnType<typeof due>) => void = () => {};
    replies['due.get'] = () => new Promise((resolve) => (lateAnswer = resolve));
    replies['due.act'] = () => ({ ...due('x'), due: [], counts: { replyBacks: 0, goingCold: 0, missed: 0 } });
    render(<Popup first={first} />);
    await waitFor(() => expect(calls.some((c) => c.type === 'due.get')).toBe(true));
    fireEvent.click(screen.getByTestId('dt-due-done'));
    await waitFor(() => expect(screen.queryByTestId('dt-due')).toBeNull());
    // The refresh answers with the list from before the click: the row stays done on screen.
    lateAnswer(due('from_snapshot'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('dt-due')).toBeNull();
    expect(calls.filter((c) => c.type === 'due.act')).toHaveLength(1);
  });
});

describe('Today', () => {
  it('shows the handful with names, reasons, progress and the test hooks', async () => {
    render(<Popup />);
    const list = await screen.findByTestId('dt-handful');
    const rows = list.querySelectorAll('[data-testid="dt-contact"]');
    expect(rows).toHaveLength(5);
    expect(rows[0]?.getAttribute('data-handle')).toBe('fan_0');
    expect(rows[0]?.getAttribute('data-id')).toBe('2000');
    expect(rows[0]?.getAttribute('data-stage')).toBe('noticed');
    expect(rows[4]?.getAttribute('data-handle')).toBe('');
    // Each reason is specific to the person, in words.
    const reasons = [...rows].map((r) => r.querySelector('[data-testid="dt-pick-reason"]')?.textContent);
    expect(reasons[0]).toBe(
      'Why them: Replied to you 2 times · 2 days ago · not answered yet They wrote: Loved the Postgres thread',
    );
    expect(reasons[1]).toBe('Why them: You follow each other · Followed you 3 days ago');
    expect(reasons[2]).toMatch(
      /^Why them: Messaged you · yesterday · not answered yet They wrote: Hello from Lisbon$/,
    );
    expect(reasons[3]).toBe('Why them: Liked 3 of your posts · Reposted you once');
    expect(reasons[4]).toBe(`Why them: Follows you Their bio: ${MARKUP}`);
    expect(new Set(reasons).size).toBe(5);
    // Reply opens their latest post, or their profile when none is known, with a name a reader can use.
    const reply0 = rows[0]?.querySelector('[data-testid="dt-pick-reply"]');
    expect(reply0?.getAttribute('href')).toBe('https://x.com/fan_0/status/1800000000000000001');
    expect(reply0?.getAttribute('aria-label')).toBe('Reply to the latest post of Fan 0 on X (new tab)');
    expect(reply0?.textContent).toBe('Reply');
    expect(rows[2]?.querySelector('[data-testid="dt-pick-reply"]')?.getAttribute('aria-label')).toBe(
      'Open the profile of Fan 2 on X and reply to their latest post (new tab)',
    );
    // A met pick has no menu; the others have one, closed.
    expect(rows[1]?.querySelector('[data-testid="dt-pick-more"]')).toBeNull();
    expect(rows[0]?.querySelector('[role="menu"]')).toBeNull();
    expect(screen.getByTestId('dt-progress').textContent).toMatch(/1 of 5\s*met today/);
    expect(screen.getByTestId('dt-account').textContent).toContain('@dana_builds');
    // A follower known only by id links to x.com/i/user/<id>; their bio is text, never markup.
    expect(rows[4]?.querySelector('a')?.getAttribute('href')).toBe('https://x.com/i/user/2004');
    expect(rows[4]?.querySelector('img, b')).toBeNull();
    expect(rows[4]?.textContent).toContain('<img src=x');
    expect(performance.getEntriesByName('dt-first-content').length).toBe(1);
    // Today first; status.get only after.
    await screen.findByTestId('dt-account');
    // Keep talking (above the handful) asks for its own rows alongside; status.get still waits.
    await waitFor(() => expect(calls.some((c) => c.type === 'status.get')).toBe(true));
    const types = calls.map((c) => c.type);
    expect(types.filter((t) => t !== 'due.get').slice(0, 2)).toEqual(['handful.get', 'status.get']);
    expect(types.indexOf('due.get')).toBeLessThan(types.indexOf('status.get'));
  });

  it('opens the row menu by keyboard, moves with arrows, and Escape closes it back onto its button', async () => {
    render(<Popup />);
    await screen.findByTestId('dt-handful');
    const first = screen.getAllByTestId('dt-contact')[0] as HTMLElement;
    const more = first.querySelector('[data-testid="dt-pick-more"]') as HTMLButtonElement;
    expect(more.getAttribute('aria-label')).toBe('More for Fan 0');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    more.focus();
    fireEvent.keyDown(more, { key: 'ArrowDown' });
    const menu = await waitFor(() => first.querySelector('[role="menu"]') as HTMLElement);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const items = [...menu.querySelectorAll('[role="menuitem"]')].map((b) => b.textContent);
    expect(items).toEqual(['Met in person', 'Snooze a week', 'Not for me']);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Met in person'));
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Snooze a week');
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toBe('Not for me');
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(first.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(more);
    expect(calls.some((c) => c.type === 'handful.act')).toBe(false);
    // A click elsewhere closes it too.
    fireEvent.click(more);
    expect(first.querySelector('[role="menu"]')).not.toBeNull();
    fireEvent.pointerDown(document.body);
    await waitFor(() => expect(first.querySelector('[role="menu"]')).toBeNull());
  });

  it('snoozes from the menu, offers Undo, and Undo puts the person back', async () => {
    const without = handful({ picks: handful().picks.filter((p) => p.contact.key !== '2000') });
    replies['handful.act'] = (input: { action: string }) => (input.action === 'undo' ? handful() : without);
    render(<Popup />);
    await screen.findByTestId('dt-handful');
    const first = screen.getAllByTestId('dt-contact')[0] as HTMLElement;
    fireEvent.click(first.querySelector('[data-testid="dt-pick-more"]')!);
    fireEvent.click(first.querySelector('[data-testid="dt-pick-snooze"]')!);
    const bar = await screen.findByTestId('dt-undo-bar');
    expect(bar.textContent).toContain("Fan 0 snoozed for a week; someone else is in today's handful.");
    await waitFor(() =>
      expect(screen.queryAllByTestId('dt-contact').map((r) => r.dataset.handle)).not.toContain('fan_0'),
    );
    fireEvent.click(screen.getByTestId('dt-pick-undo'));
    await waitFor(() => expect(screen.queryByTestId('dt-undo-bar')).toBeNull());
    expect(screen.getAllByTestId('dt-contact')[0]?.dataset.handle).toBe('fan_0');
    expect(calls.filter((c) => c.type === 'handful.act').map((c) => c.input)).toEqual([
      { account: account.id, key: '2000', action: 'snooze' },
      { account: account.id, key: '2000', action: 'undo' },
    ]);
    expect(screen.getByTestId('dt-announce').textContent).toBe("Fan 0 is back in today's handful.");
  });

  it('sets a pick aside with "Not for me"; a failed act offers no Undo', async () => {
    replies['handful.act'] = () => {
      throw new MessageError('storage-full', 'background English', 'storage-full');
    };
    render(<Popup />);
    await screen.findByTestId('dt-handful');
    const third = screen.getAllByTestId('dt-contact')[2] as HTMLElement;
    fireEvent.click(third.querySelector('[data-testid="dt-pick-more"]')!);
    fireEvent.click(third.querySelector('[data-testid="dt-pick-hide"]')!);
    await waitFor(() => expect(screen.getByTestId('dt-announce').textContent).toMatch(/Your disk is full/));
    expect(screen.queryByTestId('dt-undo-bar')).toBeNull();
    replies['handful.act'] = () => handful({ met: 1 });
    fireEvent.click(third.querySelector('[data-testid="dt-pick-more"]')!);
    fireEvent.click(third.querySelector('[data-testid="dt-pick-hide"]')!);
    expect((await screen.findByTestId('dt-undo-bar')).textContent).toContain('Fan 2 set aside');
    expect(calls.filter((c) => c.type === 'handful.act').at(-1)?.input).toEqual({
      account: account.id,
      key: '2002',
      action: 'hide',
    });
  });

  it('shows progress that counts followers met outside the list', async () => {
    replies['handful.get'] = () => handful({ met: 6, metElsewhere: 5 });
    render(<Popup />);
    const progress = await screen.findByTestId('dt-progress');
    expect(progress.textContent).toBe('6 of 5 met today · well done');
    expect(progress.dataset.elsewhere).toBe('5');
    expect(screen.getByTestId('dt-met-elsewhere').textContent).toBe(
      'Counts 5 followers you met outside this list',
    );
    expect((document.querySelector('.today > .bar span') as HTMLElement).style.width).toBe('100%');
  });

  it('acts on a pick and announces it', async () => {
    replies['handful.act'] = () => handful({ met: 2 });
    render(<Popup />);
    await screen.findByTestId('dt-handful');
    const first = screen.getAllByTestId('dt-contact')[0] as HTMLElement;
    fireEvent.click(first.querySelector('[data-testid="dt-pick-more"]')!);
    fireEvent.click(first.querySelector('[data-testid="dt-pick-snooze"]')!);
    await waitFor(() =>
      expect(screen.getByTestId('dt-undo-bar').textContent).toMatch(/Fan 0 snoozed for a week/),
    );
    expect(calls.find((c) => c.type === 'handful.act')?.input).toEqual({
      account: account.id,
      key: '2000',
      action: 'snooze',
    });
    expect(screen.getByTestId('dt-progress').textContent).toMatch(/2 of 5/);
  });

  it('teaches what to do with no account, no followers, or nobody left', async () => {
    replies['status.get'] = () => status({ accounts: [] });
    replies['handful.get'] = () => handful({ account: null, picks: [], unmet: 0, hasFollowers: false });
    const { unmount } = render(<Popup />);
    expect((await screen.findByTestId('dt-empty')).textContent).toMatch(/Open x\.com/);
    unmount();

    replies['status.get'] = () => status();
    replies['handful.get'] = () => handful({ picks: [], unmet: 0, hasFollowers: false, met: 0 });
    const second = render(<Popup />);
    const empty = await screen.findByTestId('dt-empty-followers');
    expect(empty.textContent).toMatch(/followers page on X/);
    expect(empty.querySelector('a')?.getAttribute('href')).toBe('https://x.com/dana_builds/followers');
    second.unmount();

    replies['handful.get'] = () => handful({ picks: [], unmet: 0, hasFollowers: true, met: 0 });
    const third = render(<Popup />);
    expect((await screen.findByTestId('dt-empty-handful')).textContent).toMatch(/Every follower .* is met/);
    third.unmount();

    // "Everyone is met" only when no one is unmet.
    replies['handful.get'] = () => handful({ picks: [], unmet: 3, hasFollowers: true, met: 0 });
    render(<Popup />);
    const some = await screen.findByTestId('dt-empty-handful');
    expect(some.textContent).not.toMatch(/is met/);
    expect(some.textContent).toMatch(/3 unmet followers/);
  });

  it('says how many followers were just found above a fresh pick', async () => {
    replies['handful.get'] = () => handful({ found: 30, met: 0 });
    render(<Popup />);
    expect((await screen.findByTestId('dt-found')).textContent).toMatch(
      /Found 30 followers to meet: here are 5 for today/,
    );
  });

  it('keeps showing a broken health check and a storage problem', async () => {
    replies['status.get'] = () =>
      status({
        storageProblem: { at: 1, message: 'The disk is full.' },
        health: [
          {
            account: account.id,
            report: { route: 'compose', path: '/compose/post', at: 1, found: [], missing: ['composer'] },
          },
        ],
      });
    render(<Popup />);
    // The background's English words stay in the background: the page says it in its own language.
    expect((await screen.findByTestId('dt-storage-problem')).textContent).toMatch(/^Your disk is full/);
    const health = await screen.findByTestId('dt-health-problem');
    expect(health.textContent).toMatch(/paused there/);
    expect(health.querySelector('li[data-route="compose"]')?.getAttribute('data-ok')).toBe('false');
  });

  it('says so when the handful cannot be read', async () => {
    replies['handful.get'] = () => {
      throw new MessageError('failed', 'database closed', 'internal');
    };
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Popup />);
    // The background's English stays in the console; the page says it in its own words.
    const alert = (await screen.findByRole('alert')).textContent ?? '';
    expect(alert).toMatch(/Could not pick today's handful: something went wrong inside the extension/);
    expect(alert).not.toMatch(/database closed/);
  });

  it('moves between tabs with the arrow keys', async () => {
    replies['contacts.list'] = () => ({ total: 0, rows: [] });
    replies['balance.get'] = () => balance();
    render(<Popup />);
    await screen.findByTestId('dt-handful');
    const today = screen.getByRole('tab', { name: 'Today' });
    fireEvent.keyDown(today, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Unmet' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByTestId('dt-unmet-list')).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Unmet' }), { key: 'ArrowRight' });
    expect(await screen.findByTestId('dt-balance')).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Balance' }), { key: 'ArrowRight' });
    expect(await screen.findByTestId('dt-handful')).toBeTruthy();
  });

  it('opens a person from a pick and comes back', async () => {
    replies['contact.get'] = () => ({ contact: person(0, { notes: 'Old note' }), history: [] });
    render(<Popup />);
    await screen.findByTestId('dt-handful');
    fireEvent.click(screen.getByRole('button', { name: 'Fan 0' }));
    expect(await screen.findByTestId('dt-person')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect(await screen.findByTestId('dt-handful')).toBeTruthy();
  });
});

describe('Unmet', () => {
  it('renders only the rows in view of 100k, and asks for pages as you scroll', async () => {
    replies['contacts.list'] = (input: { offset: number; limit: number }) => ({
      total: 100_000,
      rows: Array.from({ length: input.limit }, (_, i) => person(input.offset + i)),
    });
    render(<Unmet account={account.id} onOpen={() => {}} height={300} />);
    const list = await screen.findByTestId('dt-unmet-list');
    await waitFor(() =>
      expect(list.querySelectorAll('[data-testid="dt-contact"]').length).toBeGreaterThan(0),
    );
    expect(list.getAttribute('data-total')).toBe('100000');
    expect(list.querySelectorAll('li').length).toBeLessThan(30);
    expect(screen.getByTestId('dt-unmet-count').textContent).toBe('100,000 unmet people');

    list.scrollTop = 60 * 50_000;
    fireEvent.scroll(list);
    await waitFor(() =>
      expect(list.querySelector('[data-index="50000"] [data-testid="dt-contact"]')).toBeTruthy(),
    );
    expect(
      calls.some((c) => c.type === 'contacts.list' && (c.input as { offset: number }).offset === 50_000),
    ).toBe(true);
    expect(list.querySelectorAll('li').length).toBeLessThan(30);
  });

  it('searches, filters and sorts through contacts.list', async () => {
    replies['contacts.list'] = (input: { search?: string }) =>
      input.search ? { total: 1, rows: [person(7)] } : { total: 2, rows: [person(1), person(2)] };
    render(<Unmet account={account.id} onOpen={() => {}} />);
    await screen.findByText('2 unmet people');
    fireEvent.input(screen.getByLabelText('Search by handle, name or bio'), { target: { value: 'fan_7' } });
    await screen.findByText('1 unmet person matching “fan_7”');
    fireEvent.click(screen.getByRole('button', { name: 'Mutual' }));
    fireEvent.click(screen.getByRole('button', { name: 'Engaged with you' }));
    fireEvent.change(screen.getByLabelText('Sort'), { target: { value: 'engaged' } });
    await waitFor(() =>
      expect(calls.at(-1)?.input).toMatchObject({
        unmetOnly: true,
        search: 'fan_7',
        iFollow: true,
        engagedMe: true,
        sort: 'engaged',
      }),
    );
    expect(screen.getByRole('button', { name: 'Mutual' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('searches "@handle" as the handle, and keeps the search when a person is opened and closed', async () => {
    replies['contacts.list'] = (input: { search?: string }) =>
      input.search === 'fan_7' ? { total: 1, rows: [person(7)] } : { total: 2, rows: [person(1), person(2)] };
    replies['contact.get'] = () => ({ contact: person(7), history: [] });
    replies['handful.get'] = () => handful();
    render(<Popup />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Unmet' }));
    const search = (await screen.findByLabelText('Search by handle, name or bio')) as HTMLInputElement;
    fireEvent.input(search, { target: { value: '@fan_7' } });
    await screen.findByText('1 unmet person matching “@fan_7”');
    expect(calls.at(-1)?.input).toMatchObject({ search: 'fan_7' });
    fireEvent.click(screen.getByRole('button', { name: /Fan 7/ }));
    fireEvent.click(await screen.findByRole('button', { name: /Back/ }));
    const again = (await screen.findByLabelText('Search by handle, name or bio')) as HTMLInputElement;
    expect(again.value).toBe('@fan_7');
    await screen.findByText('1 unmet person matching “@fan_7”');
  });

  it('teaches when nobody matches', async () => {
    replies['contacts.list'] = () => ({ total: 0, rows: [] });
    render(<Unmet account={account.id} onOpen={() => {}} />);
    await waitFor(() =>
      expect(screen.getByTestId('dt-unmet-list').textContent).toMatch(/import your X archive/),
    );
  });
});

const balance = (): BalanceView => ({
  goal: 0.2,
  windows: [
    {
      days: 7,
      posts: 4,
      verdicts: { conversational: 2, broadcast: 1, promotional: 1 },
      replies: 2,
      broadcasts: 2,
      promoShare: 0.25,
      overGoal: true,
      nudges: { flagged: 10, revised: 4, postedAnyway: 3, cancelled: 0, edited: 1 },
    },
    {
      days: 30,
      posts: 10,
      verdicts: { conversational: 8, broadcast: 1, promotional: 1 },
      replies: 8,
      broadcasts: 2,
      promoShare: 0.1,
      overGoal: false,
      nudges: { flagged: 0, revised: 0, postedAnyway: 0, cancelled: 0, edited: 0 },
    },
  ],
  series: { dates: [], x: [], conversational: [], broadcast: [], promotional: [] },
});

describe('Balance', () => {
  it('reads at a glance, for 7 and 30 days', () => {
    let days = 7;
    const { rerender } = render(<BalanceBody balance={balance()} days={days} setDays={(d) => (days = d)} />);
    const view = screen.getByTestId('dt-balance');
    expect(view.getAttribute('data-days')).toBe('7');
    expect(screen.getByTestId('dt-balance-goal').textContent).toMatch(
      /25% of your posts were promotional, above your 20% goal/,
    );
    expect(screen.getByTestId('dt-balance-nudges').textContent).toBe(
      'You revised 4 of 10 flagged drafts and posted 3 anyway.',
    );
    expect(screen.getByTestId('dt-balance-verdicts').textContent).toMatch(
      /2 conversational.*1 broadcast.*1 promotional/,
    );
    fireEvent.click(screen.getByRole('button', { name: '30 days' }));
    expect(days).toBe(30);
    rerender(<BalanceBody balance={balance()} days={30} setDays={() => {}} />);
    expect(screen.getByTestId('dt-balance-goal').textContent).toMatch(/Within your goal: 10%/);
  });

  it('teaches with no posts yet', () => {
    const b = balance();
    b.windows[0] = { ...b.windows[0]!, posts: 0, promoShare: undefined, overGoal: false };
    render(<BalanceBody balance={b} days={7} setDays={() => {}} />);
    expect(screen.getByTestId('dt-balance-empty').textContent).toMatch(/No posts in the last 7 days/);
    cleanup();

    // Nothing in 30 days and no nudge: no empty axes, no "flagged none", but what the numbers will mean.
    const none = balance();
    none.windows = none.windows.map((w) => ({
      ...w,
      posts: 0,
      replies: 0,
      broadcasts: 0,
      promoShare: undefined,
      overGoal: false,
      nudges: { flagged: 0, revised: 0, postedAnyway: 0, cancelled: 0, edited: 0 },
    }));
    const { container } = render(<BalanceBody balance={none} days={7} setDays={() => {}} />);
    const empty = screen.getByTestId('dt-balance-empty').textContent ?? '';
    expect(empty).toMatch(/Replies : posts/);
    expect(empty).toMatch(/under your goal of 20%/);
    expect(screen.queryByTestId('dt-balance-nudges')).toBeNull();
    expect(container.querySelector('svg, canvas, .uplot, [data-testid="dt-balance-chart"]')).toBeNull();
  });
});

describe('Person', () => {
  it('saves notes on blur, on Back (unmount) and when the popup is hidden, before the pause', async () => {
    replies['contact.get'] = () => ({ contact: person(3), history: [] });
    replies['contact.update'] = (input: { patch: object }) => ({ contact: person(3, input.patch) });
    const updates = () => calls.filter((c) => c.type === 'contact.update').map((c) => c.input);
    const first = render(<Person account={account.id} contact={person(3)} onBack={() => {}} />);
    const notes = () => screen.getByLabelText('Notes') as HTMLTextAreaElement;
    fireEvent.input(notes(), { target: { value: 'blurred' } });
    fireEvent.blur(notes());
    await waitFor(() => expect(updates()).toHaveLength(1));
    expect(updates()[0]).toMatchObject({ patch: { notes: 'blurred' } });
    fireEvent.blur(notes()); // nothing new typed: nothing sent again
    fireEvent.input(notes(), { target: { value: 'hidden' } });
    dispatchEvent(new Event('pagehide'));
    await waitFor(() => expect(updates()).toHaveLength(2));
    expect(updates()[1]).toMatchObject({ patch: { notes: 'hidden' } });
    fireEvent.input(notes(), { target: { value: 'went back' } });
    first.unmount();
    await waitFor(() => expect(updates()).toHaveLength(3));
    expect(updates()[2]).toMatchObject({ patch: { notes: 'went back' } });
  });

  it('shows stage and timeline, and saves notes and tags', async () => {
    replies['contact.get'] = () => ({
      contact: person(3, { stage: 'talked', notes: 'Met at JSConf', tags: ['frontend'] }),
      history: [
        { key: 'a', kind: 'reply_in', at: 1_700_000_000_000, text: MARKUP },
        { key: 'b', kind: 'reply_out', at: 1_700_000_100_000 },
      ],
    });
    replies['contact.update'] = (input: { patch: object }) => ({
      contact: person(3, { stage: 'talked', ...input.patch }),
    });
    render(<Person account={account.id} contact={person(3)} onBack={() => {}} />);
    const view = await screen.findByTestId('dt-person');
    await waitFor(() => expect(view.getAttribute('data-stage')).toBe('talked'));
    const timeline = await screen.findByTestId('dt-timeline');
    expect(timeline.textContent).toMatch(/They replied to you/);
    expect(timeline.querySelector('img, b')).toBeNull();
    const notes = screen.getByLabelText('Notes') as HTMLTextAreaElement;
    expect(notes.value).toBe('Met at JSConf');
    expect(screen.queryByRole('button', { name: /Save notes/ })).toBeNull();
    fireEvent.input(notes, { target: { value: 'Met at JSConf, loves Rust' } });
    // Nothing is sent on each keystroke; the pause saves.
    expect(calls.find((c) => c.type === 'contact.update')).toBeUndefined();
    await screen.findByText('Saved ✓', {}, { timeout: 3000 });
    expect(calls.filter((c) => c.type === 'contact.update')).toHaveLength(1);
    expect(calls.find((c) => c.type === 'contact.update')?.input).toMatchObject({
      account: account.id,
      person: 'id:2003',
      patch: { notes: 'Met at JSConf, loves Rust' },
    });
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'rust' } });
    fireEvent.keyDown(screen.getByLabelText('Tags'), { key: 'Enter' });
    await screen.findByText('Tag “rust” added.');
    expect(calls.at(-1)?.input).toMatchObject({ patch: { tags: ['frontend', 'rust'] } });
  });

  it('makes the stage and the sentence agree after "Met in person" (#17.10)', async () => {
    replies['contact.get'] = () => ({ contact: person(3, { stage: 'noticed' }), history: [] });
    replies['contact.update'] = (input: { patch: { metInPerson?: boolean } }) => ({
      contact: person(3, {
        stage: input.patch.metInPerson ? 'friend' : 'noticed',
        metInPerson: input.patch.metInPerson,
      }),
    });
    render(<Person account={account.id} contact={person(3)} onBack={() => {}} />);
    expect((await screen.findByTestId('dt-together-empty')).textContent).toMatch(/^Nothing between you yet/);
    fireEvent.click(screen.getByRole('button', { name: 'Met in person' }));
    await waitFor(() => expect(calls.map((c) => c.type)).toContain('contact.update'));
    await waitFor(() => expect(screen.getByTestId('dt-person').getAttribute('data-stage')).toBe('friend'));
    expect(screen.getByTestId('dt-person-stage').textContent).toMatch(/met in person/);
    const sentence = screen.getByTestId('dt-together-empty').textContent ?? '';
    expect(sentence).toMatch(/You met in person/);
    expect(sentence).not.toMatch(/Nothing between you yet/);
  });

  it('says when a save fails, in the page’s words for the background’s reason, and keeps what was typed', async () => {
    replies['contact.get'] = () => ({ contact: person(3), history: [] });
    replies['contact.update'] = () => {
      throw new MessageError('storage-full', 'background English', 'storage-full');
    };
    render(<Person account={account.id} contact={person(3)} onBack={() => {}} />);
    await screen.findByText(/Nothing between you yet/);
    fireEvent.input(screen.getByLabelText('Notes'), { target: { value: 'keep me' } });
    fireEvent.blur(screen.getByLabelText('Notes'));
    const alert = (await screen.findByRole('alert')).textContent ?? '';
    expect(alert).toMatch(/Your disk is full/);
    expect(alert).not.toMatch(/background English/);
    expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('keep me');
  });
});
