import type { HolidayCalendar } from './bank-holidays.js';
import { addDays, dayOfWeek, daysBetween, type IsoDate } from './calendar-date.js';

function requireCovered(date: IsoDate, calendar: HolidayCalendar): void {
  const year = Number(date.slice(0, 4));
  if (year < calendar.firstYear || year > calendar.lastYear) {
    throw new RangeError(`the holiday calendar covers ${calendar.firstYear}–${calendar.lastYear}, not ${year}`);
  }
}

/** Monday to Friday and not a bank holiday. A year the calendar does not cover is refused, not guessed. */
export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar): boolean {
  const weekday = dayOfWeek(date);
  requireCovered(date, calendar);
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.has(date);
}

/**
 * The n-th working day after `date` (n ≥ 0; n = 0 gives `date` itself, working day or not), as
 * statutory periods count: the day something is published is not one of its working days.
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: HolidayCalendar): IsoDate {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`working days to add must be a whole number ≥ 0, not ${n}`);
  let day = addDays(date, 0);
  for (let counted = 0; counted < n;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) counted += 1;
  }
  return day;
}

/** The n-th working day before `date` (n ≥ 0): when to send a reminder n working days ahead of a due date. */
export function subtractWorkingDays(date: IsoDate, n: number, calendar: HolidayCalendar): IsoDate {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`working days to subtract must be a whole number ≥ 0, not ${n}`);
  let day = addDays(date, 0);
  for (let counted = 0; counted < n;) {
    day = addDays(day, -1);
    if (isWorkingDay(day, calendar)) counted += 1;
  }
  return day;
}

/**
 * Working days after `from` up to and including `to`, so that
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n`; negative when `to` is before `from`.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: HolidayCalendar): number {
  const span = daysBetween(from, to);
  if (span < 0) return -workingDaysBetween(to, from, calendar);
  let count = 0;
  for (let offset = 1; offset <= span; offset += 1) {
    if (isWorkingDay(addDays(from, offset), calendar)) count += 1;
  }
  return count;
}
