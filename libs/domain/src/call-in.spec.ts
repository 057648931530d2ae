import { englandAndWalesCalendar } from './bank-holidays.js';
import { callInDeadline, callInPeriodProblem, earliestImplementationDate } from './call-in.js';

const calendar = englandAndWalesCalendar();

describe('call-in', () => {
  // Published Thursday 20 December 2018. Working days after it: Fri 21 (1); Sat 22, Sun 23 weekend;
  // Mon 24 (2); Tue 25, Wed 26 bank holidays; Thu 27 (3); Fri 28 (4); Sat 29, Sun 30 weekend; Mon 31 (5).
  // So a 5-day period closes on Monday 31 December; Tue 1 January is a bank holiday, so the decision
  // may be implemented from Wednesday 2 January 2019.
  it('closes a 5-day call-in on 31 December for a decision published on Thursday 20 December 2018', () => {
    expect(callInDeadline('2018-12-20', 5, calendar)).toBe('2018-12-31');
  });

  it('lets that decision be implemented from Wednesday 2 January 2019, after the New Year holiday', () => {
    expect(earliestImplementationDate('2018-12-20', 5, calendar)).toBe('2019-01-02');
  });

  // Continuing: Wed 2 Jan (6), Thu 3 (7), Fri 4 (8), Mon 7 (9), Tue 8 (10).
  it('closes a 10-day call-in from the same publication on Tuesday 8 January 2019', () => {
    expect(callInDeadline('2018-12-20', 10, calendar)).toBe('2019-01-08');
    expect(earliestImplementationDate('2018-12-20', 10, calendar)).toBe('2019-01-09');
  });

  // From Thu 18 Apr 2019: (19, 22 Easter) 23, 24, 25, 26, 29, 30 Apr, 1, 2, 3 May, (6 May holiday) 7 May.
  it('closes a 10-day call-in over Easter 2019 after the early May bank holiday', () => {
    expect(callInDeadline('2019-04-18', 10, calendar)).toBe('2019-05-07');
  });

  it('uses 5 working days and the England and Wales calendar unless told otherwise', () => {
    expect(callInDeadline('2018-12-20')).toBe('2018-12-31');
    expect(earliestImplementationDate('2018-12-20')).toBe('2019-01-02');
  });

  it('refuses a call-in period that is not a whole number from 1 to 30 working days', () => {
    for (const period of [0, -5, 31, 2.5, Number.NaN]) {
      expect(() => callInDeadline('2019-01-02', period, calendar)).toThrow(RangeError);
      expect(callInPeriodProblem(period)).toMatch(/1 to 30 working days/);
    }
    expect(callInPeriodProblem(30)).toBeNull();
  });

  it('refuses a deadline that would fall in a year the calendar does not cover', () => {
    expect(() => callInDeadline('2027-12-24', 5, calendar)).toThrow(/2028/);
  });
});
