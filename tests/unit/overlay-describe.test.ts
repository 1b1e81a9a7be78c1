import { describe, expect, it } from 'vitest';
import {
  ago,
  badgeLabel,
  countsByDirection,
  dueLine,
  isUnmet,
  lastInteraction,
  nextStep,
  stepSentence,
} from '@/lib/features/overlays/describe';
import type { ContactView } from '@/lib/messages/protocol';
import { setTestLocale } from '../setup/i18n';

const NOW = 1_800_000_000_000;
const DAY = 86_400_000;
const contact = (over: Partial<ContactView>): ContactView => ({
  key: '7',
  id: '7',
  handle: 'maya',
  stage: 'stranger',
  counts: {},
  engagedMe: 0,
  ...over,
});

/** The step as the timeline says it without a Reply button. */
const timeline = (c: ContactView | null) => stepSentence(nextStep(c, NOW));

describe('overlay wording', () => {
  it('says how long ago, in words', () => {
    expect(ago(NOW - 10_000, NOW)).toBe('just now');
    expect(ago(NOW - 5 * 60_000, NOW)).toBe('5 minutes ago');
    expect(ago(NOW - 3 * 3_600_000, NOW)).toBe('3 hours ago');
    expect(ago(NOW - DAY - 1, NOW)).toBe('yesterday');
    expect(ago(NOW - 12 * DAY, NOW)).toBe('12 days ago');
    expect(ago(NOW - 90 * DAY, NOW)).toBe('3 months ago');
    expect(ago(NOW - 800 * DAY, NOW)).toBe('2 years ago');
  });

  it('splits counts by direction, biggest first, with plurals', () => {
    const { you, them } = countsByDirection({
      reply_out: 2,
      like_out: 1,
      visit: 3,
      reply_in: 1,
      follow_in: 1,
    });
    expect(you.map((c) => c.text)).toEqual(['3 profile visits', '2 replies', '1 like']);
    expect(them.map((c) => c.text)).toEqual(['1 follow', '1 reply']);
  });

  it('names the last interaction', () => {
    expect(lastInteraction(null)).toBeUndefined();
    expect(lastInteraction(contact({ lastAt: NOW - 2 * DAY, lastKind: 'reply_in' }), NOW)).toBe(
      'They replied to you, 2 days ago',
    );
  });

  it('suggests one next step per situation', () => {
    expect(nextStep(null, NOW)).toEqual({ text: 'Never talked', reply: true });
    expect(timeline(null)).toBe('Never talked: reply to this?');
    expect(timeline(contact({ stage: 'noticed', engagedMe: 2, counts: { like_in: 2 } }))).toBe(
      'They noticed you first: reply to this?',
    );
    expect(timeline(contact({ stage: 'noticed', counts: { mention_in: 1 } }))).toMatch(/never answered/);
    expect(nextStep(contact({ stage: 'talked', counts: { mention_out: 1, reply_out: 1 } }), NOW).text).toBe(
      'You wrote to them 2 times and never heard back: like or read their posts before writing again.',
    );
    expect(nextStep(contact({ stage: 'talked', counts: { reply_out: 1 } }), NOW).text).toMatch(
      /time to answer/,
    );
    expect(
      timeline(
        contact({ stage: 'conversing', lastAt: NOW - DAY, lastInAt: NOW - DAY, lastOutAt: NOW - 2 * DAY }),
      ),
    ).toBe('They wrote last: reply to this?');
    expect(timeline(contact({ stage: 'friend', lastAt: NOW - 45 * DAY }))).toBe(
      'Last talked 45 days ago: reply to this?',
    );
  });

  it('calls a follower unmet while stranger or noticed, not hidden, not snoozed', () => {
    expect(isUnmet(null, true, NOW)).toBe(true);
    expect(isUnmet(null, false, NOW)).toBe(false);
    expect(isUnmet(contact({ stage: 'noticed' }), true, NOW)).toBe(true);
    expect(isUnmet(contact({ stage: 'talked' }), true, NOW)).toBe(false);
    expect(isUnmet(contact({ hidden: true }), true, NOW)).toBe(false);
    expect(isUnmet(contact({ snoozedUntil: NOW + DAY }), true, NOW)).toBe(false);
    expect(isUnmet(contact({ snoozedUntil: NOW - DAY }), true, NOW)).toBe(true);
  });

  it('labels the badge for screen readers', () => {
    expect(badgeLabel('maya', contact({ stage: 'conversing' }), true)).toBe(
      'Dinner Table: @maya, conversing, follows you. Show details',
    );
    expect(badgeLabel('sam', null, true, true)).toBe(
      'Dinner Table: @sam, never talked, follows you, not met yet. Show details',
    );
  });

  it('speaks the interface language: stages, counts, plurals and relative times', () => {
    setTestLocale('ja');
    expect(lastInteraction(contact({ lastAt: NOW - 5 * DAY, lastKind: 'reply_in' }), NOW)).toBe(
      '相手が返信した（5 日前）',
    );
    expect(countsByDirection({ reply_out: 2 }).you.map((c) => c.text)).toEqual(['返信 2']);
    setTestLocale('es');
    expect(countsByDirection({ reply_out: 1, like_in: 3 })).toMatchObject({
      you: [{ text: '1 respuesta' }],
      them: [{ text: '3 me gusta' }],
    });
    expect(timeline(null)).toBe('Nunca hablaron: ¿respondes a esto?');
    expect(
      badgeLabel(
        'sam',
        contact({ due: { reason: 'reply-back', at: NOW - DAY, since: NOW - DAY } }),
        true,
        false,
        NOW,
      ),
    ).toBe('Dinner Table: @sam, nunca hablaron, te sigue, le debes una respuesta. Ver detalles');
    expect(
      dueLine(contact({ due: { reason: 'going-cold', at: NOW - DAY, since: NOW - 24 * DAY } }), NOW)?.text,
    ).toBe('Hablaron por última vez hace 24 días');
    setTestLocale('pt_BR');
    expect(nextStep(contact({ stage: 'talked', counts: { reply_out: 3 } }), NOW).text).toMatch(
      /^Você escreveu 3 vezes/,
    );
    setTestLocale('en');
  });
});
