import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/coach';
import { draftFeatures } from '@/lib/coach/analyze';
import { COACH_CATALOGS } from '@/lib/coach/messages/catalogs';
import { ownNames, ownWorkOf, squash } from '@/lib/coach/model/own-work';
import { parseUrl } from '@/lib/coach/url';

const NOW = Date.UTC(2026, 0, 15, 12);
const me = { now: NOW, ownHandle: 'rowan_pike', ownName: 'Rowan Pike 🌲' };
const cues = (text: string, ctx: Parameters<typeof draftFeatures>[1] = me, kind: 'post' | 'reply' = 'post') =>
  new Set(
    draftFeatures({ text, kind }, ctx)
      .map((f) => f.key)
      .filter((k) => k.startsWith('s|')),
  );
const kindOf = (url: string) => {
  const u = parseUrl(url);
  if (!u) throw new Error(url);
  return ownWorkOf(u, ownNames(me));
};

describe('your names, compared without case or separators', () => {
  it('squashes case, separators, accents and emoji', () => {
    expect(squash('Rowan_Pike')).toBe('rowanpike');
    expect(squash('rowan-pike')).toBe('rowanpike');
    expect(squash('Lucía F.')).toBe('luciaf');
    expect(ownNames(me)).toEqual(['rowanpike']);
    expect(ownNames({ ownHandle: '@Kai', ownName: 'Kai' })).toEqual([]);
  });

  it.each([
    ['https://github.com/rowan-pike/jdiff', 'own-page'],
    ['gist.github.com/RowanPike/5f4e3d', 'own-page'],
    ['dribbble.com/rowan_pike/shots/123', 'own-page'],
    ['behance.net/rowanpike', 'own-page'],
    ['youtube.com/@RowanPike', 'own-page'],
    ['youtube.com/c/RowanPikeDev', 'own-page'],
    ['rowanpike.substack.com/p/notes', 'own-page'],
    ['medium.com/@rowan.pike/why-4f2a', 'own-page'],
    ['rowan-pike.github.io/posts/x', 'own-page'],
    ['x.com/rowan_pike/status/1801122334455667788', 'own-post'],
    ['https://twitter.com/Rowan_Pike/status/1801122334455667788', 'own-post'],
  ])('%s is your %s', (url, kind) => expect(kindOf(url)).toBe(kind));

  it.each([
    'github.com/rowanfans/jdiff',
    'github.com/someone/rowan-pike-fork-of-everything-ever',
    'x.com/rowan_pike',
    'x.com/rowan_pike/status/1801122334455667788/photo/1',
    'x.com/lindseyqa/status/1789988877766655443',
    'youtube.com/@3blue1brown',
    'docs.python.org/3/library/logging.html',
  ])('%s is not your own work', (url) => expect(kindOf(url)).toBeUndefined());

  it('without a handle or name nothing is your own work', () => {
    expect(cues('github.com/rowan-pike/jdiff', { now: NOW }).has('s|link:own-page')).toBe(false);
  });
});

describe('cues the model weighs', () => {
  it('a link to your own repo, channel or post', () => {
    expect(cues('New CLI for diffing JSON github.com/rowan-pike/jdiff')).toContain('s|link:own-page');
    expect(cues('Part 2 is up x.com/rowan_pike/status/1801122334455667788')).toContain('s|link:own-post');
    expect(cues('New CLI for diffing JSON github.com/someone/jdiff')).not.toContain('s|link:own-page');
  });

  it('your own event or opening, without a link', () => {
    expect(cues("I'm speaking at NodeConf on Friday")).toContain('s|own-event');
    expect(cues("We'll be exhibiting all weekend, stop by stand C14")).toContain('s|own-event+come');
    expect(cues('Swing by our booth in hall B')).toContain('s|own-event+come');
    expect(cues('come see us at the market on Sunday')).toContain('s|come-see-us');
    expect(cues("We're hiring two backend engineers")).toContain('s|hiring');
    expect(cues('Join our team as a designer')).toContain('s|hiring');
    expect(cues('3 open roles on the data team')).toContain('s|hiring');
  });

  it("someone else's event or opening is no cue", () => {
    for (const t of [
      '@mira is speaking at NodeConf on Friday, go see her',
      "my friend's company is hiring a designer",
      'Is anyone going to NodeConf this year?',
      'I stripped the holes in my table top',
    ]) {
      const c = cues(t);
      for (const k of ['s|own-event', 's|own-event+come', 's|hiring']) expect(c, t).not.toContain(k);
    }
  });
});

describe('a promotional verdict names the own-work cue in every interface language', () => {
  it('names your own page when it weighed', () => {
    const v = analyze(
      { text: 'the longer version of this is on my channel youtube.com/@RowanPike', kind: 'post' },
      me,
    );
    expect(v.verdict).toBe('promotional');
    const learned = v.findings.find((f) => f.rule === 'promo-language');
    expect(JSON.stringify(learned?.i18n?.message)).toContain('coach_cue_own_page');
  });

  it('every new cue has words in all four catalogs', () => {
    for (const key of [
      'coach_cue_own_page',
      'coach_cue_own_post',
      'coach_cue_own_event',
      'coach_cue_come',
      'coach_cue_hiring',
    ] as const)
      for (const [locale, catalog] of Object.entries(COACH_CATALOGS))
        expect(catalog[key], `${locale} ${key}`).toMatch(/\S/);
  });
});
