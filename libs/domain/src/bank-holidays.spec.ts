import { ENGLAND_AND_WALES_BANK_HOLIDAYS, englandAndWalesCalendar } from './bank-holidays.js';
import { dayOfWeek, isIsoDate } from './calendar-date.js';

describe('England and Wales bank holidays', () => {
  const calendar = englandAndWalesCalendar();

  it('covers 2017 to 2027, with every holiday inside those years', () => {
    expect([calendar.firstYear, calendar.lastYear]).toEqual([2017, 2027]);
    const years = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map((date) => Number(date.slice(0, 4))));
    expect([...years]).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
  });

  it('lists each holiday once, in date order, as a real weekday', () => {
    const sorted = [...ENGLAND_AND_WALES_BANK_HOLIDAYS].sort();
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).toEqual(sorted);
    expect(new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS).size).toBe(ENGLAND_AND_WALES_BANK_HOLIDAYS.length);
    for (const date of ENGLAND_AND_WALES_BANK_HOLIDAYS) {
      expect(isIsoDate(date)).toBe(true);
      expect([0, 6]).not.toContain(dayOfWeek(date));
    }
  });

  it('includes Easter and Christmas 2019 and the substitute days of 2020 and 2022', () => {
    for (const date of [
      '2019-04-19',
      '2019-04-22',
      '2018-12-25',
      '2018-12-26',
      '2019-01-01',
      '2020-12-28',
      '2022-12-27',
      '2022-09-19',
      '2017-12-26',
    ]) {
      expect(calendar.holidays.has(date)).toBe(true);
    }
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(ENGLAND_AND_WALES_BANK_HOLIDAYS)).toBe(true);
  });
});
