import { fte, longDate, shortMonth } from './words.js';
import { addDays, isIsoDate } from './calendar.js';

describe('words for dates and FTE', () => {
  it('writes a date the GOV.UK way', () => {
    expect(longDate('2026-12-30')).toBe('30 December 2026');
    expect(longDate('2018-04-01')).toBe('1 April 2018');
    expect(shortMonth('2018-04-01')).toBe('Apr 2018');
  });

  it('writes FTE with at least one decimal and at most three', () => {
    expect(fte(1)).toBe('1.0');
    expect(fte(1.1)).toBe('1.1');
    expect(fte(0.1 + 0.2)).toBe('0.3');
    expect(fte(35.7)).toBe('35.7');
    expect(fte(-0.4)).toBe('-0.4');
    expect(fte(0.0005)).toBe('0.001');
  });

  it('counts days across a leap year and rejects dates that do not exist', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
});
