import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/coach';
import { draftFeatures } from '@/lib/coach/analyze';
import { isShortCodePath } from '@/lib/coach/url';

const NOW = Date.UTC(2026, 0, 15, 12);
const ctx = { now: NOW, ownDomains: ['danaweb.com'] };
const rules = (text: string) => new Set(analyze({ text, kind: 'post' }, ctx).findings.map((f) => f.rule));
const cues = (text: string) =>
  new Set(
    draftFeatures({ text, kind: 'post' }, ctx)
      .map((f) => f.key)
      .filter((k) => k.startsWith('s|')),
  );

describe('short codes', () => {
  it.each([
    ['/S8R7QZ', true],
    ['/pcWf1Q', true],
    ['/41th', true],
    ['/kick', false],
    ['/posts/scaling-cheddar', false],
    ['/about', false],
    ['/', false],
  ])('%s -> %s', (path, yes) => expect(isShortCodePath(path)).toBe(yes));
});

describe("your own shortener is a hidden link, not your own site (it opens anyone's page)", () => {
  it('a short code on your domain reads as a hidden link and a shortener cue', () => {
    const text = 'Loved how they framed it: http://2.danaweb.com/S8R7QZ';
    expect(rules(text).has('own-domain')).toBe(false);
    expect(rules(text).has('hidden-link')).toBe(true);
    expect(cues(text).has('s|link:own-shortener')).toBe(true);
    expect(cues(text).has('s|link:own-domain')).toBe(false);
  });
  it('a page of your own site still reads as your own', () => {
    const text = 'New post: why I stopped estimating http://danaweb.com/posts/no-estimates';
    expect(rules(text).has('own-domain')).toBe(true);
    expect(cues(text).has('s|link:own-domain')).toBe(true);
  });
});

describe('"I wrote / just posted" with a link is a cue of your own work', () => {
  it.each([
    'I wrote up my notes from the meetup: http://example.org/notes',
    'Just posted the slides from my talk http://example.org/slides',
    'Wrote up really extensive notes on the call http://example.org/call',
    'Just CogDogBlogged: a blog in a blog http://example.org/b',
  ])('%s', (text) => expect(cues(text).has('s|made-own+link')).toBe(true));
  it.each([
    'They wrote a great piece on this http://example.org/piece',
    'Who made this? http://example.org/x',
  ])('not: %s', (text) => expect(cues(text).has('s|made-own+link')).toBe(false));
  it('without a link it is a cue of its own', () => {
    const c = cues('I wrote three pages today and deleted two');
    expect(c.has('s|made-own')).toBe(true);
    expect(c.has('s|made-own+link')).toBe(false);
  });
});

describe('a page under your own name on another platform is a cue of your own work', () => {
  const named = { now: NOW, ownDomains: ['danaweb.com', 'blog.tidyform.io'] };
  const keys = (text: string) => new Set(draftFeatures({ text, kind: 'post' }, named).map((f) => f.key));
  it('codepen.io/danaweb/... and slides.com/@danaweb read as yours', () => {
    expect(keys('ZOMG http://codepen.io/danaweb/full/yNEGyb/').has('s|link:own-name-path')).toBe(true);
    expect(keys('deck: https://slides.com/@danaweb/talk').has('s|link:own-name-path')).toBe(true);
  });
  it("someone else's page, a generic first label and your own site do not", () => {
    expect(keys('ha http://codepen.io/someoneelse/full/x').has('s|link:own-name-path')).toBe(false);
    expect(keys('see https://medium.com/blog/x').has('s|link:own-name-path')).toBe(false);
    expect(keys('new post http://danaweb.com/danaweb/x').has('s|link:own-name-path')).toBe(false);
  });
});
