import { englandAndWalesCalendar, type HolidayCalendar } from './bank-holidays.js';
import type { IsoDate } from './calendar-date.js';
import { addWorkingDays } from './working-days.js';

/** Most councils allow 5 working days for call-in; some (Reading) allow 10. */
export const DEFAULT_CALL_IN_PERIOD_WORKING_DAYS = 5;
export const MAX_CALL_IN_PERIOD_WORKING_DAYS = 30;

/** Why a call-in period is out of range, or null when it is a whole number of working days from 1 to 30. */
export function callInPeriodProblem(periodWorkingDays: number): string | null {
  return Number.isInteger(periodWorkingDays) && periodWorkingDays >= 1 && periodWorkingDays <= MAX_CALL_IN_PERIOD_WORKING_DAYS
    ? null
    : `a call-in period is 1 to ${MAX_CALL_IN_PERIOD_WORKING_DAYS} working days, not ${periodWorkingDays}`;
}

/**
 * The last day on which scrutiny members may call a decision in: the publication date plus the
 * council's period in working days (docs/domain.md, rule 4; e.g. Gloucestershire, "by the end of day 5").
 */
export function callInDeadline(
  publicationDate: IsoDate,
  periodWorkingDays: number = DEFAULT_CALL_IN_PERIOD_WORKING_DAYS,
  calendar: HolidayCalendar = englandAndWalesCalendar(),
): IsoDate {
  const problem = callInPeriodProblem(periodWorkingDays);
  if (problem) throw new RangeError(problem);
  return addWorkingDays(publicationDate, periodWorkingDays, calendar);
}

/** A decision not called in may be implemented from the next working day after the call-in deadline. */
export function earliestImplementationDate(
  publicationDate: IsoDate,
  periodWorkingDays: number = DEFAULT_CALL_IN_PERIOD_WORKING_DAYS,
  calendar: HolidayCalendar = englandAndWalesCalendar(),
): IsoDate {
  return addWorkingDays(callInDeadline(publicationDate, periodWorkingDays, calendar), 1, calendar);
}
