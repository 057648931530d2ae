const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A calendar date (YYYY-MM-DD) as GOV.UK writes it: 16 April 2018. */
export function longDate(isoDate: string): string {
  return LONG_DATE.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A calendar date for a table, where GOV.UK style shortens the month: 16 Apr 2018. */
export function shortDate(isoDate: string): string {
  return SHORT_DATE.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)).replace('Sept', 'Sep');
}
