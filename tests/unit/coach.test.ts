import { describe, expect, it } from 'vitest';
import {
  analyze,
  type CoachContext,
  type Draft,
  normalizeUrl,
  RULES,
  type RuleId,
  registrableDomain,
} from '@/lib/coach';
import { evaluate, loadCorpus, REPO_ROOT } from '../coach-corpus/corpus';

const NOW = Date.UTC(2026, 0, 15, 12);
const DAY = 24 * 60 * 60 * 1000;

const run = (text: string, kind: Draft['kind'] = 'post', ctx: Partial<CoachContext> = {}) =>
  analyze({ text, kind }, { now: NOW, ...ctx });
const rules = (text: string, kind: Draft['kind'] = 'post', ctx: Partial<CoachContext> = {}) =>
  new Set(run(text, kind, ctx).findings.map((f) => f.rule));
const finding = (text: string, rule: RuleId, kind: Draft['kind'] = 'post', ctx: Partial<CoachContext> = {}) =>
  run(text, kind, ctx).findings.find((f) => f.rule === rule);

describe('RULES', () => {
  it('lists every rule once with a name and description', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.name.length).toBeGreaterThan(3);
      expect(r.description.length).toBeGreaterThan(10);
    }
  });
});

describe('rules fire on a positive and stay quiet on a near miss', () => {
  const cases: {
    rule: RuleId;
    pos: [string, Draft['kind'], Partial<CoachContext>?];
    neg: [string, Draft['kind'], Partial<CoachContext>?];
  }[] = [
    {
      rule: 'own-domain',
      pos: ['New post: https://blog.tidyform.io/launch', 'post', { ownDomains: ['tidyform.io'] }],
      neg: ['Great read: https://notidyform.io/launch', 'post', { ownDomains: ['tidyform.io'] }],
    },
    {
      rule: 'own-domain',
      pos: [
        'New video https://youtube.com/@keebnerd/videos',
        'post',
        { ownDomains: ['youtube.com/@keebnerd'] },
      ],
      neg: ['Loved this https://youtube.com/@someoneelse', 'post', { ownDomains: ['youtube.com/@keebnerd'] }],
    },
    {
      rule: 'funnel-link',
      pos: ['Details: https://acme.com/pricing', 'post'],
      neg: ['Details: https://acme.com/blog/pricing-thoughts', 'post'],
    },
    {
      rule: 'funnel-link',
      pos: ['Chat? https://calendly.com/me/15min', 'post'],
      neg: ['Chat? https://github.com/me/calendar', 'post'],
    },
    {
      rule: 'link-hub',
      pos: ['all my stuff https://linktr.ee/me', 'post'],
      neg: ['all my stuff https://linear.app/me', 'post'],
    },
    {
      rule: 'hidden-link',
      pos: ['look https://bit.ly/3xQ9aZk', 'post'],
      neg: ['look https://t.co/abc123', 'post'],
    },
    {
      rule: 'tracking-params',
      pos: ['https://example.com/a?utm_source=x', 'post'],
      neg: ['https://example.com/a?page=2', 'post'],
    },
    {
      rule: 'affiliate-link',
      pos: ['https://example.com/a?ref=sam', 'post'],
      neg: ['https://github.com/a/b/blob/x.ts?ref=main', 'post'],
    },
    {
      rule: 'sales-cta',
      pos: ['Sign up today and save!', 'post'],
      neg: ['I signed up for the marathon today', 'post'],
    },
    {
      rule: 'sales-cta',
      pos: ['Buy now while it lasts', 'post'],
      neg: ['Buy now, pay later apps are a trap', 'post'],
    },
    {
      rule: 'sales-cta',
      pos: ['full tutorial: link in bio', 'post'],
      neg: ['"Link in bio" culture ruined Instagram', 'post'],
    },
    {
      rule: 'sales-cta',
      pos: ['Details in bio.', 'post'],
      neg: ['More details about my bio project soon', 'post'],
    },
    {
      rule: 'sales-cta',
      pos: ['my bio has the link to the waitlist', 'post'],
      neg: ['my bio has the same joke since 2014', 'post'],
    },
    {
      rule: 'discount',
      pos: ['Everything 40% off this weekend', 'post'],
      neg: ['Eggs are up 40% from last year', 'post'],
    },
    {
      rule: 'discount',
      pos: ['Use code SPRING50 at checkout', 'post'],
      neg: ['Use code blocks with three backticks', 'post'],
    },
    {
      rule: 'engagement-bait',
      pos: ["Like + RT and I'll DM you the template", 'post'],
      neg: ['I like RTs of good threads', 'post'],
    },
    {
      rule: 'engagement-bait',
      pos: ['Reply "GUIDE" and I\'ll send it', 'post'],
      neg: ['Reply to me when you can', 'post'],
    },
    {
      rule: 'engagement-bait',
      pos: ['Follow for more tips', 'post'],
      neg: ['Follow @ana, she is great', 'post'],
    },
    {
      rule: 'catchy-title',
      pos: ['10 AI tools that will replace your team 🧵', 'post'],
      neg: ['I tried ten tools this week.', 'post'],
    },
    {
      rule: 'catchy-title',
      pos: ['STOP SCROLLING THIS WILL CHANGE YOUR LIFE', 'post'],
      neg: ['Stop scrolling and go outside, friends', 'dm'],
    },
    { rule: 'hashtag-stuffing', pos: ['hello #a #b #c', 'post'], neg: ['hello #a #b', 'post'] },
    {
      rule: 'mention-stuffing',
      pos: ['gm @a @b @c @d @e', 'post'],
      neg: ['@a @b @c @d @e thanks all!', 'reply'],
    },
    {
      rule: 'self-announcement',
      pos: ['We just launched our new app', 'post'],
      neg: ['They launched a rocket today', 'post'],
    },
  ];
  for (const c of cases) {
    it(`${c.rule}: "${c.pos[0]}" vs "${c.neg[0]}"`, () => {
      expect(rules(...c.pos).has(c.rule)).toBe(true);
      expect(rules(...c.neg).has(c.rule)).toBe(false);
    });
  }

  it('same-link fires within 14 days of the same normalized link, not after', () => {
    const recent = (daysAgo: number) => [
      {
        at: NOW - daysAgo * DAY,
        verdict: 'promotional' as const,
        links: ['https://www.Acme.com/launch/?utm_source=x'],
        kind: 'post' as const,
      },
    ];
    expect(
      rules('again https://acme.com/launch#top', 'post', { recentPosts: recent(3) }).has('same-link'),
    ).toBe(true);
    expect(rules('again https://acme.com/launch', 'post', { recentPosts: recent(15) }).has('same-link')).toBe(
      false,
    );
    expect(rules('again https://acme.com/other', 'post', { recentPosts: recent(3) }).has('same-link')).toBe(
      false,
    );
  });

  it('broadcast-streak fires after several broadcasts and no conversation today', () => {
    const posts = (verdict: 'broadcast' | 'conversational') =>
      [1, 2, 3].map((h) => ({ at: NOW - h * 3600_000, verdict, links: [], kind: 'post' as const }));
    expect(rules('Shipping day', 'post', { recentPosts: posts('broadcast') }).has('broadcast-streak')).toBe(
      true,
    );
    expect(
      rules('Shipping day', 'post', { recentPosts: posts('conversational') }).has('broadcast-streak'),
    ).toBe(false);
    expect(
      rules('Shipping day, how is yours?', 'post', { recentPosts: posts('broadcast') }).has(
        'broadcast-streak',
      ),
    ).toBe(false);
  });

  it('promo-ratio fires above the goal only when the draft promotes too', () => {
    const recentPosts = Array.from({ length: 20 }, (_, i) => ({
      at: NOW - i * DAY,
      verdict: i < 6 ? ('promotional' as const) : ('conversational' as const),
      links: [],
      kind: 'post' as const,
    }));
    expect(rules('Sign up today!', 'post', { recentPosts }).has('promo-ratio')).toBe(true);
    expect(rules('Sign up today!', 'post', { recentPosts, promoRatioGoal: 0.5 }).has('promo-ratio')).toBe(
      false,
    );
    expect(rules('Lovely morning', 'post', { recentPosts }).has('promo-ratio')).toBe(false);
  });
});

describe('spans', () => {
  it('point at the link in UTF-16 indices, with emoji before it', () => {
    const text = '🎉👨‍👩‍👧 new thing ✨ https://linktr.ee/me and more';
    const f = finding(text, 'link-hub');
    expect(f?.span).toBeDefined();
    expect(f?.span?.text).toBe('https://linktr.ee/me');
    expect(text.slice(f?.span?.start, f?.span?.end)).toBe('https://linktr.ee/me');
    expect(f?.link).toBe('https://linktr.ee/me');
  });
  it('point at the phrase, with emoji before it', () => {
    const text = '🔥🔥🔥 Use code SPRING50 now';
    const f = finding(text, 'discount');
    expect(f?.span?.text).toBe('Use code SPRING50');
    expect(text.slice(f?.span?.start, f?.span?.end)).toBe('Use code SPRING50');
  });
  it('cover the hashtags', () => {
    const text = '🌸 spring #a #b #c';
    expect(finding(text, 'hashtag-stuffing')?.span?.text).toBe('#a #b #c');
  });
  it('every span matches the text slice', () => {
    const text =
      '👩🏽‍💻 Just launched! Sign up today, 40% off with code LAUNCH40 → https://tidyform.io/signup?utm_source=x #a #b #c';
    const v = run(text, 'post', { ownDomains: ['tidyform.io'] });
    expect(v.findings.length).toBeGreaterThan(4);
    for (const f of v.findings) if (f.span) expect(text.slice(f.span.start, f.span.end)).toBe(f.span.text);
  });
});

describe('words a person reads', () => {
  it('names a shop subdomain by its whole host', () => {
    const f = finding('Spring sale is on: https://shop.tidyform.io/spring', 'funnel-link');
    expect(f?.message).toContain('a shop.tidyform.io page');
  });
  it('quotes only phrases with letters in them as the learned reasons', () => {
    const drafts = [
      'New course is live! Sign up today at https://danawhitfield.dev/course/pricing?utm_source=x, 50% off',
      'Launching v2.0 today, 30% off for 48 hours: https://shop.example.com/sale',
      'Only 99 left!! 2 for 1 until 12/31, 100% guaranteed 🔥 https://example.com/deal',
    ];
    let quoted = 0;
    for (const text of drafts) {
      const phrases = finding(text, 'promo-language')?.phrases ?? [];
      quoted += phrases.length;
      for (const phrase of phrases) expect(phrase).toMatch(/\p{L}/u);
    }
    expect(quoted).toBeGreaterThan(0);
  });
});

describe('pitch to a stranger', () => {
  const reply = '@kim Great thread! We built a tool for this: https://flowmate.io';
  const ctx = { ownDomains: ['flowmate.io'] };
  it('fires for stranger and noticed', () => {
    expect(run(reply, 'reply', { ...ctx, targetStage: 'stranger' }).pitch).toBe(true);
    expect(run(reply, 'reply', { ...ctx, targetStage: 'noticed' }).pitch).toBe(true);
    expect(
      run('Hi! Book a call with me: https://calendly.com/x/15', 'dm', { targetStage: 'stranger' }).pitch,
    ).toBe(true);
  });
  it('does not fire for conversing, friend, or without a stage', () => {
    expect(run(reply, 'reply', { ...ctx, targetStage: 'conversing' }).pitch).toBe(false);
    expect(run(reply, 'reply', { ...ctx, targetStage: 'friend' }).pitch).toBe(false);
    expect(run(reply, 'reply', ctx).pitch).toBe(false);
  });
  it('does not fire for a helpful link with no pitch', () => {
    const v = run('@kim this is the issue: https://github.com/vercel/next.js/issues/1', 'reply', {
      targetStage: 'stranger',
    });
    expect(v.pitch).toBe(false);
  });
  it('fires for a mention of a stranger in a post', () => {
    const v = run('@kim you should sign up today: https://acme.com/signup', 'post', {
      mentionStages: { kim: 'stranger' },
    });
    expect(v.pitch).toBe(true);
    expect(
      run('@kim you should sign up today: https://acme.com/signup', 'post', {
        mentionStages: { kim: 'friend' },
      }).pitch,
    ).toBe(false);
  });
});

describe('verdicts', () => {
  it('promotional, broadcast and conversational', () => {
    expect(run('Our spring sale: 50% off everything, shop now https://shop.acme.com').verdict).toBe(
      'promotional',
    );
    expect(run('We shipped the new onboarding today.').verdict).toBe('broadcast');
    expect(run('What is your favorite book this year?').verdict).toBe('conversational');
    expect(run('@ana congrats on the launch!', 'reply').verdict).toBe('conversational');
    expect(run('Great piece by @kara on journalism https://nytimes.com/x').verdict).toBe('conversational');
  });
  it('conversation lowers the score', () => {
    const alone = run('New post on my blog https://lina.blog/x', 'post', { ownDomains: ['lina.blog'] }).score;
    const asked = run('New post on my blog, what do you think? https://lina.blog/x', 'post', {
      ownDomains: ['lina.blog'],
    }).score;
    expect(asked).toBeLessThan(alone);
  });
  it('reports the weighted length', () => {
    expect(run('hello').weightedLength).toBe(5);
    expect(run('see https://example.com/a/very/long/path/that/is/long').weightedLength).toBe(4 + 23);
  });
});

describe('disabledRules', () => {
  it('removes the finding and its weight', () => {
    const text = 'Sign up today! https://acme.com/signup';
    const on = run(text);
    const off = run(text, 'post', { disabledRules: ['funnel-link', 'sales-cta'] });
    expect(on.findings.some((f) => f.rule === 'funnel-link')).toBe(true);
    expect(off.findings.some((f) => f.rule === 'funnel-link' || f.rule === 'sales-cta')).toBe(false);
    expect(off.score).toBeLessThan(on.score);
  });
  it('can turn off the pitch rule', () => {
    const v = run('Book a call: https://calendly.com/x/15', 'dm', {
      targetStage: 'stranger',
      disabledRules: ['pitch-to-stranger'],
    });
    expect(v.pitch).toBe(false);
  });
});

describe('determinism and purity', () => {
  it('same input, same output; context is not mutated', () => {
    const ctx: CoachContext = {
      now: NOW,
      ownDomains: ['acme.com'],
      recentPosts: [{ at: NOW - DAY, verdict: 'promotional', links: ['https://acme.com/x'], kind: 'post' }],
    };
    const before = JSON.stringify(ctx);
    const text = 'Try it free 👉 https://acme.com/x?utm_source=tw #a #b #c';
    const a = analyze({ text, kind: 'post' }, ctx);
    const b = analyze({ text, kind: 'post' }, ctx);
    expect(b).toEqual(a);
    expect(JSON.stringify(ctx)).toBe(before);
  });
  it('handles empty and huge drafts', () => {
    expect(run('').verdict).toBe('broadcast');
    const big = 'Sign up today https://acme.com/signup #a @b what? '.repeat(600);
    const v = run(big);
    expect(v.verdict).toBe('promotional');
    expect(v.findings.length).toBeLessThan(2000);
  });
});

describe('normalizeUrl and registrableDomain', () => {
  it('normalizes', () => {
    expect(normalizeUrl('HTTP://WWW.Example.com/a/b/?utm_source=x&b=2&a=1#frag')).toBe(
      'https://example.com/a/b?a=1&b=2',
    );
    expect(normalizeUrl('example.com/')).toBe('https://example.com');
    expect(normalizeUrl('https://example.com/p?ref=me&fbclid=1')).toBe('https://example.com/p');
    expect(normalizeUrl('https://github.com/a/b?ref=main')).toBe('https://github.com/a/b?ref=main');
  });
  it('finds the registrable domain', () => {
    expect(registrableDomain('https://blog.example.co.uk/x')).toBe('example.co.uk');
    expect(registrableDomain('www.acme.io')).toBe('acme.io');
    expect(registrableDomain('not a url')).toBe('');
  });
});

describe('synthetic corpus', () => {
  it('meets precision >= 0.95 and recall >= 0.90', () => {
    const { rows } = loadCorpus([`${REPO_ROOT}/tests/coach-corpus/synthetic.jsonl`]);
    const r = evaluate(rows);
    expect(r.n).toBeGreaterThanOrEqual(400);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
  });
});
