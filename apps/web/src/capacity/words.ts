/**
 * Dates and FTE in the words GOV.UK pages use: "30 December 2026", "1.1 FTE". Shared by the
 * capacity, workforce and portfolio pages so a figure reads the same on each.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "2026-12-30" → "30 December 2026": the layout's, so every page writes dates alike. */
export { longDate } from '../layout/dates.js';

/** "2026-12-30" → "Dec 2026", for axis ticks where space is short. */
export function shortMonth(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number);
  return `${MONTHS[month - 1].slice(0, 3)} ${year}`;
}

/** FTE to at most three decimals and at least one, so a contract of 1 reads "1.0" beside "1.1". */
export function fte(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  const text = String(rounded);
  return text.includes('.') ? text : `${text}.0`;
}

/** FTE in thousandths, as the chart computes, to avoid summing binary fractions. */
export function toMilli(value: number): number {
  return Math.round(value * 1000);
}

export function fromMilli(milli: number): number {
  return milli / 1000;
}
