import fc from 'fast-check';
import {
  addDays,
  addMonths,
  dateOfDay,
  dateOfInstant,
  dayNumber,
  dayOfWeek,
  dayOfWeekOf,
  daysBetween,
  isIsoDate,
  startOfDay,
} from './calendar-date.js';

describe('calendar dates', () => {
  it('accepts 29 February only in a leap year', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2019-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });

  it('refuses days that do not exist and other spellings of a date', () => {
    expect(isIsoDate('2019-04-31')).toBe(false);
    expect(isIsoDate('2019-13-01')).toBe(false);
    expect(isIsoDate('2019-00-10')).toBe(false);
    expect(isIsoDate('2019-4-1')).toBe(false);
    expect(isIsoDate('01/04/2019')).toBe(false);
    expect(isIsoDate('2019-04-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(20190401)).toBe(false);
  });

  it('steps across month, leap-day and year ends', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2019-02-28', 1)).toBe('2019-03-01');
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(addDays('2018-12-20', 0)).toBe('2018-12-20');
  });

  it('numbers the days of the week from Sunday', () => {
    expect(dayOfWeek('2018-12-20')).toBe(4); // Thursday
    expect(dayOfWeek('2000-01-01')).toBe(6); // Saturday
    expect(dayOfWeek('2019-04-21')).toBe(0); // Easter Sunday
    expect(dayOfWeek('1969-12-31')).toBe(3); // Wednesday, before the epoch
  });

  it('counts calendar days from one date to another, negative going back', () => {
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2019-02-28', '2019-03-01')).toBe(1);
    expect(daysBetween('2018-01-01', '2027-01-01')).toBe(9 * 365 + 2); // 2020 and 2024 are leap years
    expect(daysBetween('2018-04-16', '2018-03-18')).toBe(-29);
  });

  it('refuses a date that is not a calendar day, and a fractional step', () => {
    expect(() => addDays('2019-02-29', 1)).toThrow(RangeError);
    expect(() => dayOfWeek('20 December 2018')).toThrow(RangeError);
    expect(() => addDays('2019-01-01', 0.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });

  describe('properties', () => {
    const utc = fc
      .date({ min: new Date(Date.UTC(1600, 0, 1)), max: new Date(Date.UTC(2400, 11, 31)), noInvalidDate: true })
      .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));
    const iso = (d: Date) => d.toISOString().slice(0, 10);

    it('agrees with UTC Date arithmetic for adding days and the day of the week', () => {
      fc.assert(
        fc.property(utc, fc.integer({ min: -5000, max: 5000 }), (start, n) => {
          expect(addDays(iso(start), n)).toBe(iso(new Date(start.getTime() + n * 86_400_000)));
          expect(dayOfWeek(iso(start))).toBe(start.getUTCDay());
        }),
      );
    });

    it('undoes adding days by counting them', () => {
      fc.assert(
        fc.property(utc, fc.integer({ min: -5000, max: 5000 }), (start, n) => daysBetween(iso(start), addDays(iso(start), n)) === n),
      );
    });
  });
});

describe('instants, days and months', () => {
  it('puts an instant on its UTC calendar day and back at the start of that day', () => {
    expect(dateOfInstant(Date.UTC(2018, 3, 16, 23, 59, 59))).toBe('2018-04-16');
    expect(dateOfInstant(Date.UTC(2018, 3, 17))).toBe('2018-04-17');
    expect(startOfDay('2018-04-16')).toBe(Date.UTC(2018, 3, 16));
    expect(dateOfInstant(-1)).toBe('1969-12-31');
  });

  it('adds calendar months, keeping to the end of a shorter month', () => {
    expect(addMonths('2018-05-01', 3)).toBe('2018-08-01');
    expect(addMonths('2019-11-30', 3)).toBe('2020-02-29');
    expect(addMonths('2018-11-30', 3)).toBe('2019-02-28');
    expect(addMonths('2018-01-31', -2)).toBe('2017-11-30');
    expect(addMonths('2018-12-15', 1)).toBe('2019-01-15');
  });

  it('refuses fractional months and instants that are not numbers', () => {
    expect(() => addMonths('2018-05-01', 0.5)).toThrow(RangeError);
    expect(() => dateOfInstant(Number.NaN)).toThrow(RangeError);
  });

  it('agrees with the platform calendar on every instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        const day = dateOfInstant(ms);
        return day === new Date(ms).toISOString().slice(0, 10) && startOfDay(day) <= ms && ms - startOfDay(day) < 86_400_000;
      }),
    );
  });
});

/**
 * The reference: the platform's UTC calendar, as the capacity timeline used it before it moved to
 * day numbers (Date.parse and toISOString). It rolls 2019-02-30 over into March, so it is only
 * asked about strings it agrees are calendar days.
 */
const DAY_MS = 86_400_000;
const referenceDayNumber = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const referenceDateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
function referenceIsIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = referenceDayNumber(text);
  return !Number.isNaN(day) && referenceDateOfDay(day) === text;
}
function referenceAddMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(0);
  target.setUTCFullYear(year, month - 1 + months + 1, 0); // the last day of the target month
  target.setUTCDate(Math.min(day, target.getUTCDate()));
  return target.toISOString().slice(0, 10);
}

describe('day numbers', () => {
  const FIRST = dayNumber('0000-01-01');
  const LAST = dayNumber('9999-12-31');
  const anyDay = fc.integer({ min: FIRST, max: LAST });
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  /** Mostly real days, some that are not (month 0 or 13, day 0 or 32, 29 February in a common year). */
  const nearlyDates = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([year, month, day]) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);

  it('numbers days from 1970-01-01, over the whole of the years 0000 to 9999', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect([FIRST, LAST]).toEqual([-719_528, 2_932_896]);
    expect([dateOfDay(FIRST), dateOfDay(LAST)]).toEqual(['0000-01-01', '9999-12-31']);
    expect(dayOfWeekOf(dayNumber('2019-04-22'))).toBe(1); // Easter Monday
  });

  it('refuses what is not a calendar day where Date.parse rolls it over, and days YYYY-MM-DD cannot write', () => {
    expect(referenceDateOfDay(referenceDayNumber('2019-02-30'))).toBe('2019-03-02');
    expect(() => dayNumber('2019-02-30')).toThrow(RangeError);
    expect(() => dayNumber('2019-13-01')).toThrow(RangeError);
    expect(() => dayNumber('2019-1-01')).toThrow(RangeError);
    expect(() => dateOfDay(FIRST - 1)).toThrow(RangeError);
    expect(() => dateOfDay(LAST + 1)).toThrow(RangeError);
    expect(() => dateOfDay(0.5)).toThrow(RangeError);
    expect(() => dateOfDay(Number.NaN)).toThrow(RangeError);
  });

  it('writes every day number as the platform calendar does, and reads it back', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const date = dateOfDay(day);
        return date === referenceDateOfDay(day) && dayNumber(date) === day && dayOfWeekOf(day) === new Date(day * DAY_MS).getUTCDay();
      }),
      { numRuns: 2000 },
    );
  });

  it('tells calendar days from other strings as the platform calendar does, and numbers them alike', () => {
    const noise = fc.string({ unit: fc.constantFrom(...'0123456789-x '), minLength: 8, maxLength: 12 });
    /** A real day with one character replaced, inserted or removed: the near misses a parser gets wrong. */
    const misspelt = fc
      .tuple(anyDay, fc.nat(10), fc.constantFrom(...'0123456789-x/: T１'), fc.constantFrom(0, 1, 2))
      .map(([day, at, character, edit]) => {
        const date = dateOfDay(day);
        return date.slice(0, at) + (edit === 2 ? '' : character) + date.slice(edit === 1 ? at : at + 1);
      });
    fc.assert(
      fc.property(fc.oneof(nearlyDates, noise, misspelt), (text) => {
        const real = referenceIsIsoDate(text);
        return isIsoDate(text) === real && (!real || dayNumber(text) === referenceDayNumber(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('adds months as the platform calendar does, keeping to the end of a shorter month', () => {
    const modernDay = fc.integer({ min: dayNumber('1600-01-01'), max: dayNumber('2400-12-31') });
    fc.assert(
      fc.property(
        modernDay,
        fc.integer({ min: -1200, max: 1200 }),
        (day, months) => addMonths(dateOfDay(day), months) === referenceAddMonths(dateOfDay(day), months),
      ),
      { numRuns: 1000 },
    );
  });
});
