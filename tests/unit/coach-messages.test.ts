import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/coach';
import { catalogLookup, type Message, renderMessage } from '@/lib/coach/messages';
import { COACH_CATALOGS, type CoachLocale } from '@/lib/coach/messages/catalogs';
import type { Finding } from '@/lib/coach/types';

const NOW = Date.UTC(2026, 0, 15, 12);
const placeholders = (s: string) => [...s.matchAll(/\{([1-9])\}/g)].map((m) => m[1]).sort();
const inLocale = (m: Message, loc: CoachLocale) => renderMessage(m, catalogLookup(COACH_CATALOGS[loc]));
const LOCALES = Object.keys(COACH_CATALOGS) as CoachLocale[];

const DRAFTS: [string, Parameters<typeof analyze>[0]['kind'], Partial<Parameters<typeof analyze>[1]>][] = [
  [
    'Just launched my new course! Sign up today: https://dana.dev/course/pricing?utm_source=x 50% off',
    'post',
    {},
  ],
  ['Like and RT! Reply GUIDE and I will DM you 🔥 #a #b #c #d #e', 'post', {}],
  [
    'Hey! We build landing pages for SaaS founders. Want a quick call this week?',
    'dm',
    { targetStage: 'stranger' },
  ],
  ['Loved your talk @maya — here is my newsletter https://bit.ly/x', 'reply', { targetStage: 'noticed' }],
  [
    'Read this again https://example.com/a?ref=me @a @b @c @d @e @f',
    'post',
    {
      ownDomains: ['example.com'],
      recentPosts: [1, 2, 3, 4, 5, 6].map((h) => ({
        at: NOW - h * 3600e3,
        verdict: 'promotional' as const,
        links: ['https://example.com/a'],
        kind: 'post' as const,
      })),
    },
  ],
  ['Now available: grab your copy of the handbook, link in b1o', 'post', {}],
];

function findings(): Finding[] {
  return DRAFTS.flatMap(([text, kind, ctx]) => analyze({ text, kind }, { now: NOW, ...ctx }).findings);
}

describe('coach messages as keys (issue 16 point 3)', () => {
  it('every locale has every key, with the same placeholders as English', () => {
    for (const loc of LOCALES) {
      expect(Object.keys(COACH_CATALOGS[loc]).sort()).toEqual(Object.keys(COACH_CATALOGS.en).sort());
      for (const [k, v] of Object.entries(COACH_CATALOGS.en))
        expect(placeholders(COACH_CATALOGS[loc][k as keyof typeof COACH_CATALOGS.en]), `${loc} ${k}`).toEqual(
          placeholders(v),
        );
    }
  });

  it('keys are valid browser i18n message names', () => {
    for (const k of Object.keys(COACH_CATALOGS.en)) expect(k).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('every finding carries its message and suggestion as keys whose English is the finding text', () => {
    const all = findings();
    const rules = new Set(all.map((f) => f.rule));
    for (const r of [
      'sales-cta',
      'discount',
      'funnel-link',
      'tracking-params',
      'engagement-bait',
      'hashtag-stuffing',
      'pitch-to-stranger',
      'hidden-link',
      'own-domain',
      'same-link',
      'affiliate-link',
      'mention-stuffing',
      'promo-ratio',
      'broadcast-streak',
      'promo-language',
    ])
      expect(rules, r).toContain(r);
    for (const f of all) {
      expect(f.i18n, f.rule).toBeDefined();
      expect(renderMessage(f.i18n?.message as Message)).toBe(f.message);
      expect(renderMessage(f.i18n?.suggestion as Message)).toBe(f.suggestion);
    }
  });

  it('renders in Japanese, Spanish and Portuguese quoting the draft’s own words', () => {
    const [text, kind, ctx] = DRAFTS[0] as (typeof DRAFTS)[number];
    const cta = analyze({ text, kind }, { now: NOW, ...ctx }).findings.find((f) => f.rule === 'sales-cta');
    const m = cta?.i18n?.message as Message;
    expect(inLocale(m, 'ja')).toBe('「Sign up today」は販売への誘導です。');
    expect(inLocale(m, 'es')).toBe('«Sign up today» es una llamada a comprar.');
    expect(inLocale(m, 'pt_BR')).toBe('“Sign up today” é uma chamada para comprar.');
    for (const f of findings())
      for (const loc of LOCALES) {
        const s = inLocale(f.i18n?.message as Message, loc);
        expect(s, `${loc} ${f.rule}`).not.toMatch(/\{[1-9]\}/);
        if (loc !== 'en') expect(s, `${loc} ${f.rule}`).not.toBe(f.message);
      }
  });

  it('renders through the interface’s own lookup (the browser’s getMessage shape)', () => {
    const f = findings().find((x) => x.rule === 'pitch-to-stranger') as Finding;
    const seen: string[] = [];
    const out = renderMessage(f.i18n?.message as Message, (key, subs) => {
      seen.push(key);
      return `${key}(${subs.join('|')})`;
    });
    expect(seen).toContain('coach_pitch');
    expect(out).toMatch(/^coach_pitch\(/);
    expect(out).toContain('coach_stage_stranger()');
  });
});

describe('the coach words in public/_locales', () => {
  it('are the catalogs of lib/coach/messages, key for key (npm run i18n:coach copies them)', () => {
    for (const loc of LOCALES) {
      const file = path.resolve(import.meta.dirname, `../../public/_locales/${loc}/messages.json`);
      const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { message: string }>;
      const coach = Object.fromEntries(
        Object.entries(json)
          .filter(([k]) => k.startsWith('coach_'))
          .map(([k, v]) => [k, v.message]),
      );
      expect(coach, loc).toEqual({ ...COACH_CATALOGS[loc] });
    }
  });
});
