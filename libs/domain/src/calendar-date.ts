/**
 * A calendar day as `YYYY-MM-DD` (proleptic Gregorian, no time zone). A plain string alias so that
 * dates read from the database and the API flow through unchanged; `isIsoDate` is the check.
 */
export type IsoDate = string;

/**
 * A calendar day as the number of days since 1970-01-01 (negative before it): what date arithmetic
 * works on, so that a range of days is an integer interval and a day's successor is `day + 1`.
 * Converted to and from `IsoDate` by integer arithmetic (H. Hinnant's days-from-civil): no Date, no
 * clock, no time zone, so a replayed workflow always gets the same answer, and no object per day.
 */
export type DayNumber = number;

/** 0000-01-01 and 9999-12-31: the days a four-digit year can write. */
const FIRST_DAY: DayNumber = -719_528;
const LAST_DAY: DayNumber = 2_932_896;

const DAY_MS = 86_400_000;

const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The decimal number in `text[from, to)`, or -1 when any of it is not an ASCII digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Days since 1970-01-01 of a real calendar day, or NaN when `value` is not one. */
function parse(value: unknown): DayNumber {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return NaN;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  const yearFromMarch = month <= 2 ? year - 1 : year;
  const era = Math.floor(yearFromMarch / 400);
  const yearOfEra = yearFromMarch - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** True for a real calendar day only: 2020-02-29 is one, 2019-02-29 and 2019-13-01 are not. */
export function isIsoDate(value: unknown): value is IsoDate {
  return !Number.isNaN(parse(value));
}

/** The day number of `date`; a string that is not a calendar day is refused, never rolled over. */
export function dayNumber(date: IsoDate): DayNumber {
  const day = parse(date);
  if (Number.isNaN(day)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return day;
}

/** The `YYYY-MM-DD` of a day number (years 0000 to 9999). */
export function dateOfDay(day: DayNumber): IsoDate {
  if (!Number.isSafeInteger(day)) throw new RangeError(`not a day number: ${day}`);
  if (day < FIRST_DAY || day > LAST_DAY)
    throw new RangeError(`day ${day} falls outside the years 0000–9999, so it cannot be written as YYYY-MM-DD`);
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year >= 1000 ? year : String(year).padStart(4, '0')}-${TWO_DIGITS[month]}-${TWO_DIGITS[dayOfMonth]}`;
}

/** 0 = Sunday … 6 = Saturday, as `Date#getUTCDay`. 1970-01-01 (day 0) was a Thursday. */
export function dayOfWeekOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`days must be a whole number, not ${days}`);
  return dateOfDay(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday, as `Date#getUTCDay`. */
export function dayOfWeek(date: IsoDate): number {
  return dayOfWeekOf(dayNumber(date));
}

/** Calendar days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The calendar day (UTC) on which an instant falls; workflows pass their own clock, so replays agree. */
export function dateOfInstant(epochMs: number): IsoDate {
  if (!Number.isFinite(epochMs)) throw new RangeError(`not an instant: ${epochMs}`);
  return dateOfDay(Math.floor(epochMs / DAY_MS));
}

/** The instant a calendar day begins (00:00 UTC): when the workflow acts on dates. */
export function startOfDay(date: IsoDate): number {
  return dayNumber(date) * DAY_MS;
}

/**
 * The same day of the month `months` later (earlier when negative), kept inside the month:
 * 31 January plus one month is the last day of February. Quarterly reviews count this way.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  dayNumber(date); // refuses a string that is not a calendar day, as every function here does
  if (!Number.isSafeInteger(months)) throw new RangeError(`months must be a whole number, not ${months}`);
  const monthIndex = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  if (year < 0 || year > 9999) throw new RangeError(`a date in year ${year} cannot be written as YYYY-MM-DD`);
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}
