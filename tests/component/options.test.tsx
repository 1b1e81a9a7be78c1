import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMatches } from '@/components/options/DeleteAccount';
import { Options } from '@/components/options/Options';
import { loadSettings } from '@/lib/settings/settings';
import { checkedReply } from './checked-reply';

const calls: { type: string; input: unknown }[] = [];
let accounts = [
  { id: '1', handle: 'dana_builds', name: 'Dana', lastSeen: 20 },
  { id: '2', handle: 'dana_alt', lastSeen: 10 },
];
const ok = { route: 'home', path: '/home', at: 1, found: ['a'], missing: [] };
vi.mock('@/lib/messages/client', () => ({
  send: vi.fn(async (type: string, input: { account?: string }) => {
    calls.push({ type, input });
    if (type === 'status.get')
      return checkedReply(type, {
        accounts,
        health: [
          { account: '1', report: ok },
          { account: '1', report: { ...ok, route: 'profile' } },
          { account: '2', report: { ...ok, route: 'status', missing: ['tweet-text'] } },
        ],
      });
    if (type === 'data.wipe') {
      accounts = accounts.filter((a) => a.id !== input.account);
      return checkedReply(type, { deleted: 51 });
    }
    throw new Error(`no reply for ${type}`);
  }),
}));

beforeEach(() => {
  fakeBrowser.reset();
  calls.length = 0;
  history.replaceState(null, '', '#');
  accounts = [
    { id: '1', handle: 'dana_builds', name: 'Dana', lastSeen: 20 },
    { id: '2', handle: 'dana_alt', lastSeen: 10 },
  ];
});
afterEach(cleanup);

describe('the options page account', () => {
  it('starts on the account last signed in; health is one line when all is well', async () => {
    render(<Options />);
    const select = (await screen.findByLabelText('Account')) as HTMLSelectElement;
    expect(select.value).toBe('1');
    expect(select.selectedOptions[0]?.textContent).toBe('Dana · @dana_builds (last signed in on X)');
    expect(screen.getByTestId('dt-health-summary').textContent).toMatch(/All 2 X pages .* work/);
    expect(screen.getByRole('heading', { name: "@dana_builds's data" })).toBeTruthy();
  });

  it('choosing @dana_alt sets what every section shows and acts on; Delete asks for the handle', async () => {
    render(<Options />);
    fireEvent.change(await screen.findByLabelText('Account'), { target: { value: '2' } });
    await screen.findByRole('heading', { name: "@dana_alt's data" });
    expect(screen.getByRole('heading', { name: 'Settings for @dana_alt' })).toBeTruthy();
    expect(location.hash).toBe('#account=2');
    // @dana_alt's broken page shows in full, not behind a one-line summary.
    expect(screen.queryByTestId('dt-health-summary')).toBeNull();
    expect(screen.getByTestId('dt-health').textContent).toMatch(/post pages/);

    // Settings changed here are @dana_alt's only.
    fireEvent.click(await screen.findByLabelText(/Badges on the timeline/));
    await waitFor(async () => expect((await loadSettings('2')).overlays.badges).toBe(false));
    expect((await loadSettings('1')).overlays.badges).toBe(true);

    fireEvent.click(screen.getByTestId('dt-wipe'));
    const confirm = screen.getByTestId('dt-wipe-confirm') as HTMLButtonElement;
    expect(confirm.textContent).toBe('Delete @dana_alt');
    expect(confirm.disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Type dana_alt to confirm'), { target: { value: 'dana_builds' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.submit(confirm.closest('form') as HTMLFormElement);
    expect(calls.some((c) => c.type === 'data.wipe')).toBe(false);
    fireEvent.input(screen.getByLabelText('Type dana_alt to confirm'), { target: { value: '@Dana_Alt ' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await screen.findByTestId('dt-wiped');
    expect(calls.filter((c) => c.type === 'data.wipe').map((c) => c.input)).toEqual([{ account: '2' }]);
    expect(screen.getByTestId('dt-wiped').textContent).toMatch(/Deleted 51 records of @dana_alt/);
    // The deleted account is gone from the header; the page is back on the one signed in.
    await screen.findByRole('heading', { name: "@dana_builds's data" });
    expect(screen.queryByLabelText('Account')).toBeNull();
    expect(screen.getByTestId('dt-account').textContent).toBe('Dana · @dana_builds (last signed in on X)');
  });

  it('keeps the account named in the address after a reload', async () => {
    history.replaceState(null, '', '#account=2');
    render(<Options />);
    expect(((await screen.findByLabelText('Account')) as HTMLSelectElement).value).toBe('2');
  });
});

describe('handleMatches', () => {
  it.each([
    ['dana_alt', true],
    ['@dana_alt', true],
    [' DANA_ALT ', true],
    ['dana_al', false],
    ['dana_alt2', false],
    ['', false],
  ])('%j', (typed, expected) => expect(handleMatches(typed, 'dana_alt')).toBe(expected));
});
