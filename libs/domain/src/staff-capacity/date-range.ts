import type { IsoDate } from '../calendar-date.js';

/** Inclusive date range, as YYYY-MM-DD strings. */
export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

/** The overlap of two inclusive ranges, or undefined when they do not meet (YYYY-MM-DD sorts as it counts). */
export function intersect(a: DateRange, b: DateRange): DateRange | undefined {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start <= end ? { start, end } : undefined;
}
