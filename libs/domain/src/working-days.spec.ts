import fc from 'fast-check';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS, englandAndWalesCalendar, weekdaysBeyondCoverage } from './bank-holidays.js';
import { addWorkingDays, isWorkingDay, subtractWorkingDays, workingDaysBetween } from './working-days.js';

const calendar = englandAndWalesCalendar();

describe('working days in England and Wales', () => {
  it('excludes Good Friday and Easter Monday 2019 and the weekend between', () => {
    expect(isWorkingDay('2019-04-18', calendar)).toBe(true); // Thursday
    expect(isWorkingDay('2019-04-19', calendar)).toBe(false); // Good Friday
    expect(isWorkingDay('2019-04-20', calendar)).toBe(false); // Saturday
    expect(isWorkingDay('2019-04-21', calendar)).toBe(false); // Easter Sunday
    expect(isWorkingDay('2019-04-22', calendar)).toBe(false); // Easter Monday
    expect(isWorkingDay('2019-04-23', calendar)).toBe(true);
  });

  it('goes from Maundy Thursday 2019 to the Tuesday after Easter in one working day', () => {
    expect(addWorkingDays('2019-04-18', 1, calendar)).toBe('2019-04-23');
  });

  it('steps over Christmas and New Year 2018–19', () => {
    // After Fri 28 Dec: Mon 31 Dec, (Tue 1 Jan holiday), Wed 2 Jan.
    expect(addWorkingDays('2018-12-28', 1, calendar)).toBe('2018-12-31');
    expect(addWorkingDays('2018-12-28', 2, calendar)).toBe('2019-01-02');
    expect(addWorkingDays('2018-12-24', 1, calendar)).toBe('2018-12-27');
  });

  it('moves from a Friday to the Monday', () => {
    expect(addWorkingDays('2019-04-26', 1, calendar)).toBe('2019-04-29');
  });

  it('leaves the date alone when adding no working days, even at a weekend', () => {
    expect(addWorkingDays('2019-04-20', 0, calendar)).toBe('2019-04-20');
    expect(addWorkingDays('2019-04-20', 1, calendar)).toBe('2019-04-23');
  });

  it('counts the working days after one date up to and including another', () => {
    expect(workingDaysBetween('2018-12-20', '2019-01-02', calendar)).toBe(6); // 21, 24, 27, 28, 31 Dec, 2 Jan
    expect(workingDaysBetween('2019-04-18', '2019-04-22', calendar)).toBe(0);
    expect(workingDaysBetween('2019-04-18', '2019-04-18', calendar)).toBe(0);
    expect(workingDaysBetween('2019-01-02', '2018-12-20', calendar)).toBe(-6);
  });

  it('refuses to guess about a year the calendar does not cover, naming it', () => {
    expect(() => addWorkingDays('2027-12-30', 5, calendar)).toThrow(/2028/);
    expect(() => addWorkingDays('2027-12-30', 5, calendar)).toThrow(RangeError);
    expect(() => isWorkingDay('2016-12-29', calendar)).toThrow(/2016/);
    expect(() => workingDaysBetween('2016-12-20', '2017-01-05', calendar)).toThrow(/2016/);
  });

  it('refuses a negative or fractional number of working days and a date that does not exist', () => {
    expect(() => addWorkingDays('2019-01-02', -1, calendar)).toThrow(RangeError);
    expect(() => addWorkingDays('2019-01-02', 1.5, calendar)).toThrow(RangeError);
    expect(() => addWorkingDays('2019-02-29', 1, calendar)).toThrow(RangeError);
    expect(() => isWorkingDay('2019-02-29', calendar)).toThrow(RangeError);
  });

  it('goes back over Easter 2019 to find the working day five before the Friday after it', () => {
    // Before Fri 26 Apr: Thu 25, Wed 24, Tue 23, (Mon 22 and Fri 19 holidays) Thu 18, Wed 17.
    expect(subtractWorkingDays('2019-04-26', 5, calendar)).toBe('2019-04-17');
    expect(subtractWorkingDays('2019-04-26', 0, calendar)).toBe('2019-04-26');
  });

  it('counts weekdays only past the published holidays, for reminders', () => {
    expect(() => subtractWorkingDays('2028-01-10', 5, calendar)).toThrow(/2028/);
    expect(subtractWorkingDays('2028-01-10', 5, weekdaysBeyondCoverage(calendar))).toBe('2028-01-03');
    expect(subtractWorkingDays('2027-12-31', 3, weekdaysBeyondCoverage(calendar))).toBe('2027-12-24'); // 27 and 28 Dec 2027 are holidays
  });

  describe('properties', () => {
    const holidays = new Set<string>(ENGLAND_AND_WALES_BANK_HOLIDAYS);
    const date = fc
      .date({ min: new Date(Date.UTC(2018, 0, 1)), max: new Date(Date.UTC(2026, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const steps = fc.integer({ min: 0, max: 40 });

    /** Day by day with the platform's UTC calendar, independent of the code under test. */
    function naiveAddWorkingDays(start: string, n: number): string {
      let time = Date.parse(`${start}T00:00:00Z`);
      let counted = 0;
      while (counted < n) {
        time += 86_400_000;
        const day = new Date(time);
        const iso = day.toISOString().slice(0, 10);
        if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6 && !holidays.has(iso)) counted += 1;
      }
      return new Date(time).toISOString().slice(0, 10);
    }

    it('always lands on a working day', () => {
      fc.assert(
        fc.property(date, fc.integer({ min: 1, max: 40 }), (start, n) => isWorkingDay(addWorkingDays(start, n, calendar), calendar)),
      );
    });

    it('counts back the working days it added', () => {
      fc.assert(fc.property(date, steps, (start, n) => workingDaysBetween(start, addWorkingDays(start, n, calendar), calendar) === n));
    });

    it('lands later the more working days are added', () => {
      fc.assert(
        fc.property(date, steps, steps, (start, a, b) => {
          fc.pre(a !== b);
          const [fewer, more] = a < b ? [a, b] : [b, a];
          return addWorkingDays(start, fewer, calendar) < addWorkingDays(start, more, calendar);
        }),
      );
    });

    it('adds up: a then b working days is a + b working days', () => {
      fc.assert(
        fc.property(
          date,
          steps,
          steps,
          (start, a, b) => addWorkingDays(addWorkingDays(start, a, calendar), b, calendar) === addWorkingDays(start, a + b, calendar),
        ),
      );
    });

    it('goes back to where it started: n working days before n working days after', () => {
      fc.assert(
        fc.property(date, fc.integer({ min: 1, max: 40 }), (start, n) => {
          fc.pre(isWorkingDay(start, calendar));
          return subtractWorkingDays(addWorkingDays(start, n, calendar), n, calendar) === start;
        }),
      );
    });

    it('agrees with a day-by-day count', () => {
      fc.assert(fc.property(date, steps, (start, n) => addWorkingDays(start, n, calendar) === naiveAddWorkingDays(start, n)));
    });

    it('counts the same working days in either direction, with the sign reversed', () => {
      fc.assert(
        fc.property(date, date, (a, b) => workingDaysBetween(a, b, calendar) === -workingDaysBetween(b, a, calendar)),
        { numRuns: 30 },
      );
    });
  });
});
