import fc from 'fast-check';
import { addDays, addMonths, dateOfInstant, dayOfWeek, daysBetween, isIsoDate, startOfDay } from './calendar-date.js';

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
