/** Dates, instants and money the way GOV.UK writes them: "16 April 2018", "£450,000". */

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const LONDON_DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
});

/** A calendar date (`2018-04-16`) as "16 April 2018"; the API's dates have no time zone, so none is applied. */
export function formatDate(isoDate: string): string {
  return LONG_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

/** An instant as London time, "16 April 2018 at 2:05pm" (GOV.UK style: lower-case am/pm, no space). */
export function formatDateTime(instant: string): string {
  const parts = LONDON_DATE_TIME.formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const dayPeriod = part('dayPeriod').replace(/\./g, '').replace(/\s/g, '').toLowerCase();
  return `${part('day')} ${part('month')} ${part('year')} at ${part('hour')}:${part('minute')}${dayPeriod}`;
}

/** Whole pence as pounds: £450,000, or £1,234.50 when there are pence. */
export function formatPounds(pence: number): string {
  const pounds = pence / 100;
  return new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: 'GBP',
    minimumFractionDigits: Number.isInteger(pounds) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(pounds);
}

/** Pounds as typed into a form ("450,000", "£450000.50") to whole pence; null when it is not an amount. */
export function parsePounds(typed: string): number | null {
  const cleaned = typed.trim().replace(/^£/, '').replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ''] = cleaned.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** FTE to at most three decimal places, without trailing zeros: 0.8, 1.25. */
export function formatFte(fte: number): string {
  return `${Number(fte.toFixed(3))} FTE`;
}
