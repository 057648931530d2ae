const DAY_MS = 86_400_000;

/** Inclusive date range, as YYYY-MM-DD strings. */
export interface DateRange {
  start: string;
  end: string;
}

/** Days since 1970-01-01 (UTC), so ranges become integer intervals. */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The overlap of two inclusive ranges, or undefined when they do not meet. */
export function intersect(a: DateRange, b: DateRange): DateRange | undefined {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start <= end ? { start, end } : undefined;
}
