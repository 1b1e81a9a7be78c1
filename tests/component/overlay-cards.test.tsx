import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BadgePopover } from '@/components/overlays/BadgePopover';
import { NOTES_DEBOUNCE_MS, ProfileCard } from '@/components/overlays/ProfileCard';
import { MessageError } from '@/lib/messages/errors';
import type { ContactView, InteractionView } from '@/lib/messages/protocol';
import { setTestLocale } from '../setup/i18n';

const NOW = 1_800_000_000_000;
const DAY = 86_400_000;
const MARKUP = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script><b>bold</b>';

const maya: ContactView = {
  key: '42',
  id: '42',
  handle: 'maya',
  name: 'Maya Okafor',
  stage: 'conversing',
  followsMe: true,
  counts: { reply_out: 1, reply_in: 1, like_out: 2 },
  engagedMe: 1,
  lastAt: NOW - DAY,
  lastKind: 'reply_in',
  lastInAt: NOW - DAY,
  lastOutAt: NOW - 2 * DAY,
  notes: 'Met at JSConf',
  tags: ['frontend'],
};
const history: InteractionView[] = [
  { key: 'a', kind: 'reply_in', at: NOW - DAY, tweetId: '100', text: 'Thanks!' },
  { key: 'b', kind: 'reply_out', at: NOW - 2 * DAY, tweetId: '99' },
  { key: 'c', kind: 'like_out', at: NOW - 3 * DAY },
];

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const noMarkup = (root: ParentNode) => {
  expect(root.querySelectorAll('img, script, b')).toHaveLength(0);
  expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
};

describe('BadgePopover', () => {
  it('shows the stage, the last interaction, counts by kind and a next step', () => {
    render(
      <BadgePopover
        handle="maya"
        contact={maya}
        followsMe
        now={NOW}
        onPointerEnter={() => {}}
        onPointerLeave={() => {}}
      />,
    );
    const details = screen.getByTestId('dt-badge-details');
    expect(details.textContent).toContain('Conversing');
    expect(details.textContent).toContain('Follows you');
    expect(screen.getByTestId('dt-badge-last').textContent).toBe('They replied to you, yesterday');
    expect(details.textContent).toContain('2 likes · 1 reply');
    expect(screen.getByTestId('dt-next-step').textContent).toBe('They wrote last: reply to this?');
  });

  it('offers a first reply to a stranger', () => {
    render(
      <BadgePopover
        handle="sam"
        contact={null}
        followsMe={false}
        now={NOW}
        onPointerEnter={() => {}}
        onPointerLeave={() => {}}
      />,
    );
    expect(screen.getByTestId('dt-badge-last').textContent).toBe('No interaction recorded yet.');
    expect(screen.getByTestId('dt-next-step').textContent).toBe('Never talked: reply to this?');
  });

  it('makes the next step a real button, shows the first line of your note and what is owed', () => {
    const onReply = vi.fn();
    const onOpenProfile = vi.fn();
    const onLegendDone = vi.fn();
    const props = {
      handle: 'maya',
      followsMe: true,
      now: NOW,
      onReply,
      onOpenProfile,
      onPointerEnter: () => {},
      onPointerLeave: () => {},
    };
    const owed: ContactView = {
      ...maya,
      notes: '\n  Met at JSConf, loves Postgres\nsecond line',
      due: { reason: 'reply-back', at: NOW - DAY, since: NOW - DAY },
    };
    const { rerender } = render(
      <BadgePopover {...props} contact={owed} legend onLegendDone={onLegendDone} />,
    );
    expect(screen.getByTestId('dt-badge-due').textContent).toBe('You owe a reply');
    expect(screen.getByTestId('dt-badge-note').textContent).toBe('Your note: Met at JSConf, loves Postgres');
    expect(screen.getByTestId('dt-next-step').textContent).toBe('They wrote lastReply');
    fireEvent.click(screen.getByRole('button', { name: 'Reply' }));
    expect(onReply).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('dt-legend').textContent).toContain('Never talked');
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(onLegendDone).toHaveBeenCalledTimes(1);
    // Waiting for their answer: the button opens their profile instead.
    rerender(<BadgePopover {...props} contact={{ ...maya, stage: 'talked', counts: { reply_out: 1 } }} />);
    expect(screen.getByTestId('dt-next-step').textContent).toBe(
      'You wrote to them: give them time to answer.Open profile',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open profile' }));
    expect(onOpenProfile).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('dt-legend')).toBeNull();
    expect(screen.queryByTestId('dt-badge-due')).toBeNull();
  });

  it('renders a display name full of markup as text', () => {
    const { container } = render(
      <BadgePopover
        handle="mallory"
        name={MARKUP}
        contact={{ ...maya, name: MARKUP, bio: MARKUP }}
        followsMe
        now={NOW}
        onPointerEnter={() => {}}
        onPointerLeave={() => {}}
      />,
    );
    expect(container.textContent).toContain(MARKUP);
    noMarkup(container);
  });
});

describe('ProfileCard', () => {
  it('starts as one line that names where you stand, and opens on click', () => {
    const onToggle = vi.fn();
    const owed: ContactView = {
      ...maya,
      stage: 'talked',
      due: { reason: 'reply-back', at: NOW - DAY, since: NOW - DAY },
    };
    const { container, rerender } = render(
      <ProfileCard
        handle="maya"
        contact={owed}
        history={history}
        followsMe
        onSave={async () => {}}
        open={false}
        onToggle={onToggle}
        now={NOW}
      />,
    );
    const line = screen.getByTestId('dt-card-toggle');
    expect(line.textContent).toBe(
      'Maya Okafor · you talked · follows you · 1 note · 1 tag · you owe a reply▾',
    );
    expect(line.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('dt-due').dataset.reason).toBe('reply-back');
    expect(screen.queryByTestId('dt-notes')).toBeNull();
    expect(screen.queryByTestId('dt-history')).toBeNull();
    fireEvent.click(line);
    expect(onToggle).toHaveBeenCalledWith(true);
    rerender(
      <ProfileCard
        handle="maya"
        contact={owed}
        history={history}
        followsMe
        onSave={async () => {}}
        open
        onToggle={onToggle}
        now={NOW}
      />,
    );
    expect(screen.getByTestId('dt-card-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('dt-notes')).not.toBeNull();
    expect(container.querySelectorAll('[data-testid="dt-history"] li')).toHaveLength(3);
  });

  it('says "last talked" once a conversation goes cold, and nothing before it is due', () => {
    const cold: ContactView = {
      ...maya,
      notes: undefined,
      tags: undefined,
      due: { reason: 'going-cold', at: NOW - 3 * DAY, since: NOW - 24 * DAY },
    } as ContactView;
    render(
      <ProfileCard
        handle="maya"
        contact={cold}
        history={[]}
        followsMe={false}
        onSave={async () => {}}
        open={false}
        onToggle={() => {}}
        now={NOW}
      />,
    );
    expect(screen.getByTestId('dt-card-toggle').textContent).toBe(
      'Maya Okafor · conversing · last talked 24 days ago▾',
    );
    cleanup();
    render(
      <ProfileCard
        handle="maya"
        contact={{ ...cold, due: { reason: 'going-cold', at: NOW + DAY, since: NOW - 20 * DAY } }}
        history={[]}
        followsMe={false}
        onSave={async () => {}}
        open={false}
        onToggle={() => {}}
        now={NOW}
      />,
    );
    expect(screen.queryByTestId('dt-due')).toBeNull();
  });

  it('sets "keep in touch every" for someone in the record, starting from the stage default', async () => {
    const onSave = vi.fn(async () => {});
    render(
      <ProfileCard
        handle="maya"
        contact={maya}
        history={history}
        followsMe
        onSave={onSave}
        open
        onToggle={() => {}}
        now={NOW}
      />,
    );
    const select = screen.getByLabelText('Keep in touch') as HTMLSelectElement;
    expect(select.value).toBe('');
    expect(select.selectedOptions[0]?.textContent).toMatch(/3 weeks/);
    await act(async () => {
      fireEvent.change(select, { target: { value: '1m' } });
    });
    expect(onSave).toHaveBeenCalledWith({ keepEvery: '1m' });
    expect(select.value).toBe('1m');
    expect(screen.getByTestId('dt-save-state').dataset.state).toBe('saved');
    cleanup();
    // A stranger with nothing recorded has no conversation to keep warm: no control.
    render(
      <ProfileCard
        handle="nobody"
        contact={null}
        history={[]}
        followsMe={false}
        onSave={onSave}
        open
        onToggle={() => {}}
        now={NOW}
      />,
    );
    expect(screen.queryByTestId('dt-cadence')).toBeNull();
  });

  it('shows the history newest first, the counts and the stored notes and tags', () => {
    render(
      <ProfileCard
        open
        onToggle={() => {}}
        handle="maya"
        contact={maya}
        history={history}
        followsMe
        latestPostHref="/maya/status/123"
        onSave={async () => {}}
        now={NOW}
      />,
    );
    expect(screen.getByTestId('dt-stage').dataset.stage).toBe('conversing');
    const items = screen.getByTestId('dt-history').querySelectorAll('li');
    expect([...items].map((li) => li.dataset.kind)).toEqual(['reply_in', 'reply_out', 'like_out']);
    expect(items[0]?.textContent).toContain('They replied to you');
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe('/i/status/100');
    expect(screen.getByTestId('dt-counts').textContent).toBe('You2 likes · 1 replyThem1 reply');
    expect((screen.getByTestId('dt-notes') as HTMLTextAreaElement).value).toBe('Met at JSConf');
    expect(screen.getByTestId('dt-tags').textContent).toContain('frontend');
    expect(screen.getByTestId('dt-next-step').querySelector('a')?.getAttribute('href')).toBe(
      '/maya/status/123',
    );
  });

  it('saves notes once, 500 ms after the last keystroke, and says so', async () => {
    vi.useFakeTimers();
    const onSave = vi.fn(async () => {});
    render(
      <ProfileCard
        open
        onToggle={() => {}}
        handle="maya"
        contact={maya}
        history={[]}
        followsMe
        onSave={onSave}
        now={NOW}
      />,
    );
    const notes = screen.getByTestId('dt-notes') as HTMLTextAreaElement;
    for (const text of ['M', 'Me', 'Met twice']) {
      fireEvent.input(notes, { target: { value: text } });
      await act(async () => {
        vi.advanceTimersByTime(200);
      });
    }
    expect(onSave).not.toHaveBeenCalled();
    await act(async () => {
      vi.advanceTimersByTime(NOTES_DEBOUNCE_MS);
    });
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith({ notes: 'Met twice' });
    expect(screen.getByTestId('dt-save-state').textContent).toBe('Saved');
  });

  it('keeps the text and says why when saving fails', async () => {
    vi.useFakeTimers();
    const onSave = vi.fn(async () => {
      throw new MessageError('storage-full', 'background English', 'storage-full');
    });
    render(
      <ProfileCard
        open
        onToggle={() => {}}
        handle="maya"
        contact={null}
        history={[]}
        followsMe={false}
        onSave={onSave}
        now={NOW}
      />,
    );
    const notes = screen.getByTestId('dt-notes') as HTMLTextAreaElement;
    fireEvent.input(notes, { target: { value: 'important' } });
    await act(async () => {
      vi.advanceTimersByTime(NOTES_DEBOUNCE_MS);
    });
    const state = screen.getByTestId('dt-save-state');
    expect(state.dataset.state).toBe('error');
    expect(state.textContent).toContain('Your disk is full');
    expect(state.textContent).not.toContain('background English');
    expect(notes.value).toBe('important');
  });

  it('adds and removes tags and records met in person', async () => {
    const onSave = vi.fn(async () => {});
    render(
      <ProfileCard
        open
        onToggle={() => {}}
        handle="maya"
        contact={maya}
        history={[]}
        followsMe
        onSave={onSave}
        now={NOW}
      />,
    );
    const input = screen.getByTestId('dt-tag-input');
    fireEvent.input(input, { target: { value: 'climate' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onSave).toHaveBeenLastCalledWith({ tags: ['frontend', 'climate'] });
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag frontend' }));
    expect(onSave).toHaveBeenLastCalledWith({ tags: ['climate'] });
    fireEvent.click(screen.getByTestId('dt-met'));
    expect(onSave).toHaveBeenLastCalledWith({ metInPerson: true });
  });

  it('renders names, notes, tags and history text full of markup as text', () => {
    const { container } = render(
      <ProfileCard
        open
        onToggle={() => {}}
        handle="mallory"
        name={MARKUP}
        contact={{ ...maya, name: MARKUP, bio: MARKUP, notes: MARKUP, tags: [MARKUP.slice(0, 40)] }}
        history={[{ key: 'x', kind: 'mention_in', at: NOW, text: MARKUP }]}
        followsMe
        onSave={async () => {}}
        now={NOW}
      />,
    );
    expect(container.querySelector('.dt-card-title')?.textContent).toContain(MARKUP);
    expect((screen.getByTestId('dt-notes') as HTMLTextAreaElement).value).toBe(MARKUP);
    expect(screen.getByTestId('dt-history').textContent).toContain(MARKUP);
    noMarkup(container);
  });

  it('speaks Spanish and Japanese: the one line, the next step with its link, the history and the fields', () => {
    const owed: ContactView = {
      ...maya,
      due: { reason: 'going-cold', at: NOW - DAY, since: NOW - 24 * DAY },
    };
    const card = (contact: ContactView) => (
      <ProfileCard
        handle="maya"
        contact={contact}
        history={history}
        followsMe
        latestPostHref="/maya/status/100"
        onSave={async () => {}}
        open
        onToggle={() => {}}
        now={NOW}
      />
    );
    try {
      setTestLocale('es');
      const { rerender } = render(card(owed));
      expect(screen.getByTestId('dt-card-toggle').textContent).toBe(
        'Maya Okafor · conversando · te sigue · 1 nota · 1 etiqueta · hablaron por última vez hace 24 días▴',
      );
      expect(screen.getByTestId('dt-counts').textContent).toBe('Tú2 me gusta · 1 respuestaEllos1 respuesta');
      expect(screen.getByTestId('dt-history').textContent).toContain('Te respondió');
      expect(screen.getByText('ayer')).toBeTruthy();
      expect(screen.getByTestId('dt-tag-input').getAttribute('placeholder')).toBe(
        'Añade una etiqueta y pulsa Enter',
      );
      const stranger: ContactView = { ...maya, stage: 'stranger', counts: {}, engagedMe: 0 };
      rerender(card(stranger));
      const step = screen.getByTestId('dt-next-step');
      expect(step.textContent).toBe('Nunca hablaron: responde a su último post.');
      expect(step.querySelector('a')?.textContent).toBe('responde a su último post');
      expect(step.querySelector('a')?.getAttribute('href')).toBe('/maya/status/100');
      cleanup();
      setTestLocale('ja');
      render(card(stranger));
      expect(screen.getByTestId('dt-next-step').textContent).toBe(
        'まだ会話していません：最新の投稿に返信しましょう。',
      );
      expect(screen.getByTestId('dt-met').parentElement?.textContent).toBe('直接会った');
    } finally {
      setTestLocale('en');
    }
  });
});
