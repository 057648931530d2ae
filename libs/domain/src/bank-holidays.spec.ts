import { ENGLAND_AND_WALES_BANK_HOLIDAYS, englandAndWalesCalendar } from './bank-holidays.js';
import { addDays, dateOfDay, dayNumber, dayOfWeek, isIsoDate, type IsoDate } from './calendar-date.js';

/** Easter Sunday in the Gregorian calendar: the Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const isWeekend = (date: IsoDate) => [0, 6].includes(dayOfWeek(date));

/** The first (nth = 1) or last (nth = -1) Monday of a month. */
function monday(year: number, month: number, nth: 1 | -1): IsoDate {
  const pad = String(month).padStart(2, '0');
  if (nth === 1) return addDays(`${year}-${pad}-01`, (8 - dayOfWeek(`${year}-${pad}-01`)) % 7);
  const last = dateOfDay(dayNumber(`${month === 12 ? year + 1 : year}-${String((month % 12) + 1).padStart(2, '0')}-01`) - 1);
  return addDays(last, -((dayOfWeek(last) + 6) % 7));
}

/** Holidays moved or added by royal proclamation in the years the list covers. */
const PROCLAIMED: Record<number, { moved?: Record<IsoDate, IsoDate>; added?: IsoDate[] }> = {
  2020: { moved: { '2020-05-04': '2020-05-08' } }, // early May bank holiday on VE Day's 75th anniversary
  2022: { moved: { '2022-05-30': '2022-06-02' }, added: ['2022-06-03', '2022-09-19'] }, // Platinum Jubilee; the Queen's state funeral
  2023: { added: ['2023-05-08'] }, // the coronation of King Charles III
};

/**
 * The statutory England-and-Wales holidays of a year (Banking and Financial Dealings Act 1971 and
 * the annual proclamations): New Year's Day, Good Friday, Easter Monday, the early May, spring and
 * summer bank holidays, Christmas Day and Boxing Day, a weekend one on the next free weekday.
 */
function statutoryHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const newYear = `${year}-01-01`;
  const days = [
    isWeekend(newYear) ? monday(year, 1, 1) : newYear,
    addDays(easter, -2),
    addDays(easter, 1),
    monday(year, 5, 1),
    monday(year, 5, -1),
    monday(year, 8, -1),
  ];
  for (const christmas of [`${year}-12-25`, `${year}-12-26`]) {
    let observed = christmas;
    while (isWeekend(observed) || days.includes(observed)) observed = addDays(observed, 1);
    days.push(observed);
  }
  const proclaimed = PROCLAIMED[year] ?? {};
  return [...days.map((day) => proclaimed.moved?.[day] ?? day), ...(proclaimed.added ?? [])].sort();
}

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

  it('computes Easter as the churches date it', () => {
    expect(['2000', '2019', '2024', '2038', '2285'].map((year) => easterSunday(Number(year)))).toEqual([
      '2000-04-23',
      '2019-04-21',
      '2024-03-31', // the earliest in the list's years
      '2038-04-25', // the latest possible
      '2285-03-22', // the earliest possible
    ]);
  });

  it('is complete for every year it covers: at least the eight statutory holidays, Easter where Easter falls', () => {
    for (let year = calendar.firstYear; year <= calendar.lastYear; year += 1) {
      const listed = ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((date) => date.startsWith(`${year}-`));
      expect(listed.length).toBeGreaterThanOrEqual(8);
      expect(listed).toContain(addDays(easterSunday(year), -2));
      expect(listed).toContain(addDays(easterSunday(year), 1));
      expect({ year, listed }).toEqual({ year, listed: statutoryHolidays(year) });
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
