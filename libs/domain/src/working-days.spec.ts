import fc from 'fast-check';
import {
  addDays,
  addWorkingDays,
  callInDeadline,
  earliestImplementationDate,
  englandAndWalesCalendar,
  forwardPlanNoticeSatisfied,
  isWorkingDay,
} from './working-days.js';

const calendar = englandAndWalesCalendar();

describe('working days in England and Wales', () => {
  it('skips weekends and bank holidays', () => {
    expect(isWorkingDay('2019-04-19', calendar)).toBe(false); // Good Friday
    expect(isWorkingDay('2019-04-22', calendar)).toBe(false); // Easter Monday
    expect(isWorkingDay('2019-04-20', calendar)).toBe(false); // Saturday
    expect(isWorkingDay('2019-04-23', calendar)).toBe(true);
  });

  it('closes call-in on 31 December for a decision published on Thursday 20 December 2018, effective 2 January', () => {
    // Working days after 20 Dec: Fri 21, (Sat, Sun, Tue 25 and Wed 26 bank holidays), Mon 24, Thu 27, Fri 28, Mon 31, (Tue 1 Jan), Wed 2 Jan.
    // 21, 24, 27, 28, 31 are the five: the deadline is 31 December.
    expect(callInDeadline('2018-12-20', 5, calendar)).toBe('2018-12-31');
    expect(earliestImplementationDate('2018-12-20', 5, calendar)).toBe('2019-01-02');
  });

  it('gives a 10-day period over Easter 2019', () => {
    // From Thu 18 Apr: (19, 22 holidays) 23, 24, 25, 26, 29, 30, 1 May, 2, 3, (6 May holiday) 7.
    expect(callInDeadline('2019-04-18', 10, calendar)).toBe('2019-05-07');
  });

  it('refuses a call-in period outside 1 to 30 working days, and a year the calendar does not cover', () => {
    expect(() => callInDeadline('2019-01-01', 0, calendar)).toThrow(RangeError);
    expect(() => addWorkingDays('2027-12-30', 5, calendar)).toThrow(/2028/);
  });

  it('requires 28 clear days on the forward plan for a key decision', () => {
    // Published 18 March 2018; Cabinet on 16 April: clear days are 19 March to 15 April = 28.
    expect(forwardPlanNoticeSatisfied({ firstPublishedOnForwardPlan: '2018-03-18', meetingDate: '2018-04-16' })).toEqual({
      satisfied: true,
      clearDays: 28,
      required: 28,
    });
    expect(forwardPlanNoticeSatisfied({ firstPublishedOnForwardPlan: '2018-03-19', meetingDate: '2018-04-16' }).satisfied).toBe(false);
    expect(forwardPlanNoticeSatisfied({ meetingDate: '2018-04-16' }).satisfied).toBe(false);
  });

  it('accepts the urgency routes in place of 28 days', () => {
    expect(
      forwardPlanNoticeSatisfied({ firstPublishedOnForwardPlan: '2018-04-10', meetingDate: '2018-04-16', urgency: 'general_exception' })
        .satisfied,
    ).toBe(true);
    expect(forwardPlanNoticeSatisfied({ meetingDate: '2018-04-16', urgency: 'special_urgency' }).satisfied).toBe(true);
  });

  describe('properties', () => {
    const day = fc.integer({ min: 0, max: 365 * 8 }).map((offset) => addDays('2018-01-01', offset));
    const steps = fc.integer({ min: 0, max: 40 });

    function naive(start: string, n: number): string {
      let current = start;
      let counted = 0;
      while (counted < n) {
        current = addDays(current, 1);
        const weekday = new Date(`${current}T00:00:00Z`).getUTCDay();
        if (weekday !== 0 && weekday !== 6 && !calendar.holidays.has(current)) counted += 1;
      }
      return current;
    }

    it('lands on a working day and agrees with a day-by-day count', () => {
      fc.assert(
        fc.property(day, fc.integer({ min: 1, max: 40 }), (start, n) => {
          const result = addWorkingDays(start, n, calendar);
          return isWorkingDay(result, calendar) && result === naive(start, n);
        }),
      );
    });

    it('adds up: a then b working days is a + b working days', () => {
      fc.assert(
        fc.property(
          day,
          steps,
          steps,
          (start, a, b) => addWorkingDays(addWorkingDays(start, a, calendar), b, calendar) === addWorkingDays(start, a + b, calendar),
        ),
      );
    });
  });
});
