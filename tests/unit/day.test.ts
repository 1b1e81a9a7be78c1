import { afterEach, describe, expect, it } from 'vitest';
import { localDate } from '@/lib/relationships/handful';
import { addToSummary, emptySummary } from '@/lib/relationships/summary';
import { utcDate, utcDayNumber } from '@/lib/text/day';

const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'];
const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

// 23:30 UTC on 30 November 2026: already 1 December in Tokyo, still the 30th in Los Angeles.
const AT = Date.UTC(2026, 10, 30, 23, 30);

describe('the two days', () => {
  it('stored keys and derived days are the same in every time zone (a trip re-keys nothing)', () => {
    const seen = ZONES.map((zone) => {
      process.env.TZ = zone;
      const summary = addToSummary(emptySummary(), { kind: 'reply_out', at: AT });
      return { visitDay: utcDate(AT), dayNumber: utcDayNumber(AT), days: summary.days };
    });
    expect(new Set(seen.map((s) => JSON.stringify(s))).size).toBe(1);
    expect(seen[0]).toEqual({ visitDay: '2026-11-30', dayNumber: 20_787, days: [20_787] });
  });

  it('what the user is shown follows their own calendar', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(localDate(AT)).toBe('2026-11-30');
    process.env.TZ = 'Asia/Tokyo';
    expect(localDate(AT)).toBe('2026-12-01');
  });
});
