import type { IsoDate } from './calendar-date.js';

/**
 * Bank and substitute holidays in England and Wales, 2017–2027. Public data from the UK government's
 * bank-holidays list (https://www.gov.uk/bank-holidays, division england-and-wales); 2017 is there so
 * that clocks started by the inadequate judgements of late 2017 (Buckinghamshire) can be counted.
 */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly IsoDate[] = Object.freeze([
  '2017-01-02',
  '2017-04-14',
  '2017-04-17',
  '2017-05-01',
  '2017-05-29',
  '2017-08-28',
  '2017-12-25',
  '2017-12-26',
  '2018-01-01',
  '2018-03-30',
  '2018-04-02',
  '2018-05-07',
  '2018-05-28',
  '2018-08-27',
  '2018-12-25',
  '2018-12-26',
  '2019-01-01',
  '2019-04-19',
  '2019-04-22',
  '2019-05-06',
  '2019-05-27',
  '2019-08-26',
  '2019-12-25',
  '2019-12-26',
  '2020-01-01',
  '2020-04-10',
  '2020-04-13',
  '2020-05-08',
  '2020-05-25',
  '2020-08-31',
  '2020-12-25',
  '2020-12-28',
  '2021-01-01',
  '2021-04-02',
  '2021-04-05',
  '2021-05-03',
  '2021-05-31',
  '2021-08-30',
  '2021-12-27',
  '2021-12-28',
  '2022-01-03',
  '2022-04-15',
  '2022-04-18',
  '2022-05-02',
  '2022-06-02',
  '2022-06-03',
  '2022-08-29',
  '2022-09-19',
  '2022-12-26',
  '2022-12-27',
  '2023-01-02',
  '2023-04-07',
  '2023-04-10',
  '2023-05-01',
  '2023-05-08',
  '2023-05-29',
  '2023-08-28',
  '2023-12-25',
  '2023-12-26',
  '2024-01-01',
  '2024-03-29',
  '2024-04-01',
  '2024-05-06',
  '2024-05-27',
  '2024-08-26',
  '2024-12-25',
  '2024-12-26',
  '2025-01-01',
  '2025-04-18',
  '2025-04-21',
  '2025-05-05',
  '2025-05-26',
  '2025-08-25',
  '2025-12-25',
  '2025-12-26',
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  '2027-12-27',
  '2027-12-28',
]);

/**
 * The non-working days of a jurisdiction and the years the list is known to be complete for.
 * Outside those years a day cannot be called a working day, so working-day arithmetic refuses it.
 */
export interface HolidayCalendar {
  holidays: ReadonlySet<IsoDate>;
  firstYear: number;
  lastYear: number;
}

export function englandAndWalesCalendar(): HolidayCalendar {
  return { holidays: new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS), firstYear: 2017, lastYear: 2027 };
}

/**
 * For reminders only, never statutory deadlines: the same holidays, but a year the list does not
 * cover counts every weekday as a working day instead of being refused, so a reminder due in a
 * year not yet published is sent on a weekday rather than not at all.
 */
export function weekdaysBeyondCoverage(calendar: HolidayCalendar): HolidayCalendar {
  return { holidays: calendar.holidays, firstYear: 0, lastYear: 9999 };
}
