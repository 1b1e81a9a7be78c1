import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsSection } from '@/components/options/SettingsSection';
import { RULES } from '@/lib/coach';
import { normalizeDomain } from '@/lib/settings/own-domains';
import { loadSettings, saveSettings } from '@/lib/settings/settings';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const ready = () => screen.findByLabelText('People to meet each day');

describe('SettingsSection', () => {
  it('adds own domains (cleaned), refuses what is not a domain, and removes learned ones', async () => {
    await saveSettings({ learnedDomains: ['dana.dev'] });
    render(<SettingsSection />);
    await ready();
    const input = screen.getByLabelText('Add a domain');
    fireEvent.input(input, { target: { value: 'not a domain' } });
    fireEvent.submit(input.closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toMatch(/is not a domain/);
    expect((await loadSettings()).ownDomains).toEqual([]);
    expect((screen.getByLabelText('Add a domain') as HTMLInputElement).value).toBe('not a domain');

    fireEvent.input(input, { target: { value: 'https://www.Example.com/pricing' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(async () => expect((await loadSettings()).ownDomains).toEqual(['example.com']));
    expect(screen.getByTestId('dt-settings-status').textContent).toBe('example.com added.');

    fireEvent.click(screen.getByRole('button', { name: 'Remove dana.dev' }));
    await waitFor(async () => expect((await loadSettings()).learnedDomains).toEqual([]));
  });

  it('turns each rule and the hold off and on', async () => {
    render(<SettingsSection />);
    await ready();
    const rules = screen.getByTestId('dt-settings-rules');
    expect(rules.querySelectorAll('[data-rule]')).toHaveLength(RULES.length);
    const first = RULES[0]!;
    const box = rules.querySelector(`[data-rule="${first.id}"] input`) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(async () => expect((await loadSettings()).disabledRules).toEqual([first.id]));
    fireEvent.click(box);
    await waitFor(async () => expect((await loadSettings()).disabledRules).toEqual([]));
    fireEvent.click(screen.getByLabelText(/Hold the Post click once/));
    await waitFor(async () => expect((await loadSettings()).holdsEnabled).toBe(false));
  });

  it('sets the handful size and promo goal, refusing sizes out of range', async () => {
    render(<SettingsSection />);
    const size = (await ready()) as HTMLInputElement;
    fireEvent.change(size, { target: { value: '8' } });
    await waitFor(async () => expect((await loadSettings()).handfulSize).toBe(8));
    fireEvent.change(size, { target: { value: '99' } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/1 to 20/);
    expect((await loadSettings()).handfulSize).toBe(8);
    fireEvent.change(screen.getByLabelText(/share of your posts promotional/), { target: { value: '10' } });
    await waitFor(async () => expect((await loadSettings()).promoRatioGoal).toBe(0.1));
  });

  it("switches overlays for the account it is given, and only that account's", async () => {
    render(<SettingsSection account={{ id: '2', handle: 'dana_alt' }} />);
    await ready();
    expect(screen.getByRole('heading', { name: 'Settings for @dana_alt' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/Badges on the timeline/));
    await waitFor(async () => expect((await loadSettings('2')).overlays.badges).toBe(false));
    expect((await loadSettings('1')).overlays.badges).toBe(true);
    expect((await loadSettings()).overlays.badges).toBe(true);
  });

  it('follows changes made elsewhere', async () => {
    render(<SettingsSection />);
    const size = (await ready()) as HTMLInputElement;
    await saveSettings({ handfulSize: 3 });
    await waitFor(() => expect(size.value).toBe('3'));
  });
});

describe('normalizeDomain', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  HTTPS://www.Example.COM/a?b#c ', 'example.com'],
    ['shop.example.co.uk:8080', 'shop.example.co.uk'],
    ['localhost', null],
    ['', null],
    ['exa mple.com', null],
  ])('%j → %j', (input, expected) => expect(normalizeDomain(input)).toBe(expected));
});
