import { addDays } from '../capacity/calendar.js';

/** The API answers weekly figures for at most three years at a time (else 422 `range_too_long`). */
const WINDOW_YEARS = 3;

/**
 * Consecutive periods of at most three years covering from..to, so a portfolio reaching back to
 * 2013 can be read in a few requests. Each window's weeks start on its own first day.
 */
export function portfolioWindows(from: string, to: string): { from: string; to: string }[] {
  const windows: { from: string; to: string }[] = [];
  for (let start = from; start <= to;) {
    const [year, month, day] = start.split('-');
    const limit = addDays(`${Number(year) + WINDOW_YEARS}-${month}-${month === '02' && day === '29' ? '28' : day}`, -1);
    const end = limit < to ? limit : to;
    windows.push({ from: start, to: end });
    start = addDays(end, 1);
  }
  return windows;
}
