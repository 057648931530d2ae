/**
 * A calendar day as `YYYY-MM-DD` (proleptic Gregorian, no time zone). A plain string alias so that
 * dates read from the database and the API flow through unchanged; `isIsoDate` is the check.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar day only: 2020-02-29 is one, 2019-02-29 and 2019-13-01 are not. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function requireIsoDate(value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
}

/**
 * Days since 1970-01-01, by integer arithmetic on the string (H. Hinnant's days-from-civil):
 * no Date, no clock, no time zone, so a replayed workflow always gets the same answer.
 */
function epochDay(date: IsoDate): number {
  requireIsoDate(date);
  const month = Number(date.slice(5, 7));
  const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + Number(date.slice(8, 10)) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function fromEpochDay(days: number): IsoDate {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) throw new RangeError(`a date in year ${year} cannot be written as YYYY-MM-DD`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`days must be a whole number, not ${days}`);
  return fromEpochDay(epochDay(date) + days);
}

/** 0 = Sunday … 6 = Saturday, as `Date#getUTCDay`. 1970-01-01 was a Thursday. */
export function dayOfWeek(date: IsoDate): number {
  return (((epochDay(date) + 4) % 7) + 7) % 7;
}

/** Calendar days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDay(to) - epochDay(from);
}

const DAY_MS = 86_400_000;

/** The calendar day (UTC) on which an instant falls; workflows pass their own clock, so replays agree. */
export function dateOfInstant(epochMs: number): IsoDate {
  if (!Number.isFinite(epochMs)) throw new RangeError(`not an instant: ${epochMs}`);
  return fromEpochDay(Math.floor(epochMs / DAY_MS));
}

/** The instant a calendar day begins (00:00 UTC): when the workflow acts on dates. */
export function startOfDay(date: IsoDate): number {
  return epochDay(date) * DAY_MS;
}

/**
 * The same day of the month `months` later (earlier when negative), kept inside the month:
 * 31 January plus one month is the last day of February. Quarterly reviews count this way.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  requireIsoDate(date);
  if (!Number.isSafeInteger(months)) throw new RangeError(`months must be a whole number, not ${months}`);
  const monthIndex = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  if (year < 0 || year > 9999) throw new RangeError(`a date in year ${year} cannot be written as YYYY-MM-DD`);
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
