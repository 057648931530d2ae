import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays.js';

/** A set of non-working days and the years it is known to cover. */
export interface HolidayCalendar {
  holidays: ReadonlySet<string>;
  firstYear: number;
  lastYear: number;
}

export function englandAndWalesCalendar(): HolidayCalendar {
  return { holidays: new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS), firstYear: 2018, lastYear: 2027 };
}

const DAY_MS = 86_400_000;

/** Pure UTC arithmetic on YYYY-MM-DD strings, so the workflow sandbox gets the same answer on every replay. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Monday to Friday, not a bank holiday. A year the calendar does not cover is refused, not guessed. */
export function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  const year = Number(date.slice(0, 4));
  if (year < calendar.firstYear || year > calendar.lastYear) {
    throw new RangeError(`the holiday calendar covers ${calendar.firstYear}–${calendar.lastYear}, not ${year}`);
  }
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.has(date);
}

/** The n-th working day after `date` (n ≥ 0; n = 0 gives `date` itself). */
export function addWorkingDays(date: string, n: number, calendar: HolidayCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, not ${n}`);
  let day = date;
  for (let counted = 0; counted < n;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) counted += 1;
  }
  return day;
}

/**
 * Last day on which a decision may be called in: publication plus N working days (5 usual,
 * some councils 10). It may be implemented from the next working day.
 */
export function callInDeadline(publicationDate: string, periodWorkingDays: number, calendar: HolidayCalendar): string {
  if (!Number.isInteger(periodWorkingDays) || periodWorkingDays < 1 || periodWorkingDays > 30) {
    throw new RangeError(`a call-in period is 1 to 30 working days, not ${periodWorkingDays}`);
  }
  return addWorkingDays(publicationDate, periodWorkingDays, calendar);
}

export function earliestImplementationDate(publicationDate: string, periodWorkingDays: number, calendar: HolidayCalendar): string {
  return addWorkingDays(callInDeadline(publicationDate, periodWorkingDays, calendar), 1, calendar);
}

/**
 * Key decisions need 28 clear days' notice on the forward plan (SI 2012/2089 reg 9): clear days
 * exclude the day of publication and the day of the meeting. The urgency routes (reg 10, 11)
 * replace it.
 */
export function forwardPlanNoticeSatisfied(notice: {
  firstPublishedOnForwardPlan?: string | null;
  meetingDate: string;
  urgency?: 'general_exception' | 'special_urgency' | null;
}): { satisfied: boolean; clearDays: number | null; required: number } {
  const required = notice.urgency === 'special_urgency' ? 0 : notice.urgency === 'general_exception' ? 5 : 28;
  if (!notice.firstPublishedOnForwardPlan) return { satisfied: required === 0, clearDays: null, required };
  const clearDays = daysBetween(notice.firstPublishedOnForwardPlan, notice.meetingDate) - 1;
  return { satisfied: clearDays >= required, clearDays, required };
}
