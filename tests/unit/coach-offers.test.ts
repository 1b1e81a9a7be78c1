// The offer phrases (lib/coach/lexicon): a DM or reply to a stranger that offers a call, a demo, help
// from a trade, a collaboration or a job is a pitch whatever the model says. Six of them had been
// written with a backspace where `\b` was meant, and matched nothing for a whole generation of the
// coach: every pattern here is checked to match what it was written for, and the sources to hold no
// control characters.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/coach';
import { en } from '@/lib/coach/lexicon/en';

const NOW = Date.UTC(2026, 0, 15, 12);
const offers = en.offers.map((p) => new RegExp(p.re, 'i'));
const offered = (text: string) => offers.some((re) => re.test(text));

describe('offer phrases', () => {
  it.each([
    'Want to hop on a quick call this week?',
    'Are you open to a quick chat about it?',
    'Happy to book a demo whenever suits you',
    'We help founders turn churn into upgrades',
    'I specialize in landing pages for SaaS',
    'Interested in a paid collab? Let me know your rates',
    "We're hiring a designer and you'd be a perfect fit for the team",
    'Would you be open to a new role at a Series B startup?',
    'I noticed your site loads slowly, we can fix that in a week',
    'Mind if I send over a short deck?',
  ])('names the offer in "%s"', (text) => {
    expect(offered(text)).toBe(true);
  });

  it.each([
    'Would you be open to a commission? Totally fine if not, I just love your style',
    'What happens if the API rate limits you mid-batch? Do you retry or skip?',
    'Open to a collab? (the collab is you making this recipe for me)',
    'Are you open on Sundays?',
    'I saw your talk, loved the part about queues',
  ])('finds none in "%s"', (text) => {
    expect(offered(text)).toBe(false);
  });

  it('make a DM to a stranger a pitch', () => {
    const v = analyze(
      {
        text: 'Hi! I noticed your store checkout is slow on mobile, we can fix that fast. Mind if I send a video?',
        kind: 'dm',
      },
      { now: NOW, targetStage: 'stranger' },
    );
    expect(v.verdict).toBe('promotional');
    expect(v.findings.some((f) => f.rule === 'pitch-to-stranger')).toBe(true);
  });
});

describe('lexicon sources', () => {
  const dir = join(__dirname, '../../lib/coach/lexicon');
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s holds no control characters', (file) => {
    // Only newlines and tabs: a `\b` typed into a template as a real backspace matches nothing.
    const controls = [...readFileSync(join(dir, file), 'utf8')].filter(
      (c) => c < ' ' && c !== '\n' && c !== '\t',
    );
    expect(controls.map((c) => c.charCodeAt(0))).toEqual([]);
  });
});
