import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/coach';
import { weightedLength } from '@/lib/coach/length';
import { READ_CHARS, readablePart } from '@/lib/coach/prepare';
import { parseTweet } from '@/lib/text/twitter-text';

const NOW = Date.UTC(2026, 0, 15, 12);
const PITCH =
  'Our new course is live! Sign up today at https://danawhitfield.dev/course/pricing 50% off with code LAUNCH. ';
const CHAT = 'Loved the walk by the river this morning, the herons were out again and so was the fog. ';
const repeat = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);

describe('a long draft is read by its opening', () => {
  it('reads at most READ_CHARS, cut on a space', () => {
    const text = repeat(CHAT, 25_000);
    const part = readablePart(text);
    expect(part.length).toBeLessThanOrEqual(READ_CHARS);
    expect(part.length).toBeGreaterThan(READ_CHARS / 2);
    expect(text.startsWith(part)).toBe(true);
    expect(text[part.length]).toBe(' ');
    expect(readablePart('short draft')).toBe('short draft');
  });
  it('a pitch that opens a 25,000-character draft is still promotional, with spans in the draft', () => {
    const text = PITCH + repeat(CHAT, 25_000 - PITCH.length);
    const v = analyze({ text, kind: 'post' }, { now: NOW, ownDomains: ['danawhitfield.dev'] });
    expect(v.verdict).toBe('promotional');
    for (const f of v.findings) if (f.span) expect(text.slice(f.span.start, f.span.end)).toBe(f.span.text);
  });
  it('a link past the opening is not read (the verdict is about what a reader sees first)', () => {
    const text = `${repeat(CHAT, 5_000)} ${PITCH}`;
    const v = analyze({ text, kind: 'post' }, { now: NOW, ownDomains: ['danawhitfield.dev'] });
    expect(v.findings.some((f) => f.link?.includes('danawhitfield'))).toBe(false);
  });
});

describe('weightedLength', () => {
  it('is twitter-text exactly up to the reading cap', () => {
    for (const t of ['hello', 'see https://example.com/a/b', `日本語のテキスト ${repeat(CHAT, 1_500)}`])
      expect(weightedLength(t)).toBe(parseTweet(t).weightedLength);
  });
  it('counts past the cap with the same weights: links 23, wide characters 2', () => {
    const tail = ' see https://example.com/a/very/long/path and 日本';
    const head = repeat(CHAT, 3_000);
    expect(weightedLength(head + tail)).toBe(parseTweet(head + tail).weightedLength);
  });
});
