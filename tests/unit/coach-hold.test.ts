import { describe, expect, it } from 'vitest';
import type { Finding, RuleId, Verdict } from '@/lib/coach/types';
import { countPostedAnyway, HoldGate, holdingRule, SHRINK_AFTER } from '@/lib/features/coach/hold';
import { mainFirst, strongestFirst } from '@/lib/features/coach/order';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';

const finding = (rule: RuleId, severity: Finding['severity']): Finding => ({
  rule,
  severity,
  message: rule,
  suggestion: 'try talking',
});
const verdict = (kind: Verdict['verdict'], findings: Finding[], pitch = false): Verdict => ({
  verdict: kind,
  score: kind === 'promotional' ? 80 : 10,
  findings,
  pitch,
  weightedLength: 40,
});
const PROMO = verdict('promotional', [finding('link-in-post', 'info'), finding('sales-cta', 'strong')]);
const FRIENDLY = verdict('conversational', []);
const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });

interface Box {
  name: string;
}

/** A gate whose card is visible unless told otherwise, with a log of what it showed. */
function setup(visible = true) {
  const log: string[] = [];
  const gate = new HoldGate<Box>({
    show: (box, rule) => {
      log.push(`show ${box.name} ${rule}`);
      return visible;
    },
    hide: (box) => log.push(`hide ${box.name}`),
  });
  return { gate, log, a: { name: 'a' }, b: { name: 'b' } };
}

describe('holdingRule', () => {
  it('names the strongest finding of a promotional draft, not the first', () => {
    expect(holdingRule([PROMO], settings())).toBe('sales-cta');
  });
  it('holds a pitch to a stranger even when the verdict is not promotional', () => {
    const pitch = verdict('broadcast', [finding('pitch-to-stranger', 'strong')], true);
    expect(holdingRule([pitch], settings())).toBe('pitch-to-stranger');
  });
  it('lets friendly drafts and turned-off holds through', () => {
    expect(holdingRule([FRIENDLY], settings())).toBeUndefined();
    expect(holdingRule([PROMO], settings({ holdsEnabled: false }))).toBeUndefined();
  });
  it('skips a rule that shrank and holds for the next one that has not', () => {
    const shrunk = settings({ postedAnyway: { 'sales-cta': SHRINK_AFTER } });
    expect(holdingRule([PROMO], shrunk)).toBe('link-in-post');
    const all = settings({ postedAnyway: { 'sales-cta': SHRINK_AFTER, 'link-in-post': SHRINK_AFTER } });
    expect(holdingRule([PROMO], all)).toBeUndefined();
  });
});

describe('countPostedAnyway', () => {
  it('counts only the rule that held, up to the shrink limit', () => {
    let counts: Settings['postedAnyway'] = {};
    for (let i = 0; i < 5; i++) counts = countPostedAnyway(counts, 'sales-cta');
    expect(counts).toEqual({ 'sales-cta': SHRINK_AFTER });
    expect(counts['link-in-post']).toBeUndefined();
  });
});

describe('strongestFirst', () => {
  it('orders strong, warn, info and keeps the order within a severity', () => {
    const list = [
      finding('link-in-post', 'info'),
      finding('discount', 'warn'),
      finding('sales-cta', 'strong'),
      finding('own-domain', 'warn'),
    ];
    expect(strongestFirst(list).map((f) => f.rule)).toEqual([
      'sales-cta',
      'discount',
      'own-domain',
      'link-in-post',
    ]);
  });
});

describe('HoldGate', () => {
  it('holds a promotional send once and shows the card', () => {
    const { gate, log, a } = setup();
    const decision = gate.decide({ composers: [a], verdicts: [PROMO], text: 'buy' }, settings());
    expect(decision).toEqual({ pass: false, composer: a, rule: 'sales-cta' });
    expect(gate.isHeld(a)).toBe(true);
    expect(log).toEqual(['show a sales-cta']);
  });

  it('never holds when the card cannot be seen', () => {
    const { gate, log, a } = setup(false);
    const decision = gate.decide({ composers: [a], verdicts: [PROMO], text: 'buy' }, settings());
    expect(decision).toEqual({ pass: true, reason: 'card-not-visible' });
    expect(gate.isHeld(a)).toBe(false);
    expect(log).toEqual(['show a sales-cta', 'hide a']);
  });

  it('lets a friendly send through untouched', () => {
    const { gate, log, a } = setup();
    expect(gate.decide({ composers: [a], verdicts: [FRIENDLY], text: 'hi' }, settings())).toEqual({
      pass: true,
      reason: 'nothing-to-hold',
    });
    expect(log).toEqual([]);
  });

  it('Post anyway clicks the re-found button once, and that click goes through', () => {
    const { gate, a } = setup();
    gate.decide({ composers: [a], verdicts: [PROMO], text: 'buy' }, settings());
    const decisions: unknown[] = [];
    let clicks = 0;
    const button = {
      click() {
        clicks++;
        // The click reaches the page's listener, which asks the gate again.
        decisions.push(gate.decide({ composers: [a], verdicts: [PROMO], text: 'buy' }, settings()));
      },
    };
    expect(gate.postAnyway(a, () => button)).toBe('clicked');
    expect(clicks).toBe(1);
    expect(decisions).toEqual([{ pass: true, reason: 'released' }]);
    expect(gate.isHeld(a)).toBe(false);
    // The release was used: a later promotional send is checked again.
    expect(gate.decide({ composers: [a], verdicts: [PROMO], text: 'buy' }, settings()).pass).toBe(false);
  });

  it('Post anyway without a button releases the hold: the user’s own next click goes through', () => {
    const { gate, a } = setup();
    gate.decide({ composers: [a], verdicts: [PROMO], text: 'buy' }, settings());
    expect(gate.postAnyway(a, () => null)).toBe('released');
    expect(gate.isHeld(a)).toBe(false);
    expect(gate.decide({ composers: [a], verdicts: [PROMO], text: 'buy' }, settings())).toEqual({
      pass: true,
      reason: 'released',
    });
  });

  it('a second click on the same held text is the user’s answer and goes through', () => {
    const { gate, a } = setup();
    gate.decide({ composers: [a], verdicts: [PROMO], text: 'buy' }, settings());
    const again = gate.decide({ composers: [a], verdicts: [PROMO], text: 'buy' }, settings());
    expect(again).toMatchObject({ pass: true, reason: 'already-held', rule: 'sales-cta' });
    expect(gate.isHeld(a)).toBe(false);
  });

  it('an edited draft is checked afresh', () => {
    const { gate, a } = setup();
    gate.decide({ composers: [a], verdicts: [PROMO], text: 'buy' }, settings());
    expect(gate.decide({ composers: [a], verdicts: [PROMO], text: 'buy now' }, settings()).pass).toBe(false);
    expect(gate.decide({ composers: [a], verdicts: [FRIENDLY], text: 'hello' }, settings()).pass).toBe(true);
    expect(gate.isHeld(a)).toBe(false);
  });

  it('Not now closes the card and the next Post is checked again', () => {
    const { gate, log, a } = setup();
    gate.decide({ composers: [a], verdicts: [PROMO], text: 'buy' }, settings());
    expect(gate.notNow(a)).toBe(true);
    expect(log.at(-1)).toBe('hide a');
    expect(gate.notNow(a)).toBe(false);
    expect(gate.decide({ composers: [a], verdicts: [PROMO], text: 'buy' }, settings()).pass).toBe(false);
  });

  it('holds the thread item that is promotional, not the first', () => {
    const { gate, a, b } = setup();
    const decision = gate.decide(
      { composers: [a, b], verdicts: [FRIENDLY, PROMO], text: 'hi\nbuy' },
      settings(),
    );
    expect(decision).toMatchObject({ pass: false, composer: b });
    expect(gate.isHeld(a)).toBe(false);
    expect(gate.isHeld(b)).toBe(true);
  });

  it('drop ends a hold whose card is gone; Post anyway then has nothing to do', () => {
    const { gate, a } = setup();
    gate.decide({ composers: [a], verdicts: [PROMO], text: 'buy' }, settings());
    gate.drop(a);
    let clicks = 0;
    expect(gate.postAnyway(a, () => ({ click: () => clicks++ }))).toBe('nothing-held');
    expect(clicks).toBe(0);
  });

  it('a release is per composer: another composer’s send is still checked', () => {
    const { gate, a, b } = setup();
    gate.decide({ composers: [a], verdicts: [PROMO], text: 'buy' }, settings());
    gate.postAnyway(a, () => null);
    expect(gate.decide({ composers: [b], verdicts: [PROMO], text: 'buy' }, settings()).pass).toBe(false);
  });
});

describe('mainFirst', () => {
  it('puts the pitch to a stranger first when it fired, then strongest first', () => {
    const v = verdict(
      'promotional',
      [finding('sales-cta', 'strong'), finding('discount', 'warn'), finding('pitch-to-stranger', 'warn')],
      true,
    );
    expect(mainFirst(v).map((f) => f.rule)).toEqual(['pitch-to-stranger', 'sales-cta', 'discount']);
    expect(holdingRule([v], settings())).toBe('pitch-to-stranger');
  });
});
