import { dayNumber, dayOfWeekOf } from '../calendar-date.js';
import type { DateRange } from './date-range.js';
import type { TeamDay } from './team-timeline.js';

const MONDAY = 1;

export interface TeamWeek {
  /** Monday of the ISO week (or the range's first day for a part week). */
  weekStart: string;
  /** The day of the week with the least home FTE, and its figures. */
  worst: TeamDay;
}

/** Weeks from Monday; each reports its worst day, so a breach on one day is never averaged away. */
export function byWeek(days: readonly TeamDay[]): TeamWeek[] {
  const weeks: TeamWeek[] = [];
  for (const day of days) {
    const current = weeks.at(-1);
    if (!current || dayOfWeekOf(dayNumber(day.date)) === MONDAY) weeks.push({ weekStart: day.date, worst: day });
    else if (day.home < current.worst.home) current.worst = day;
  }
  return weeks;
}

/** Consecutive days below the floor, merged into ranges. */
export function breaches(days: readonly TeamDay[]): DateRange[] {
  const ranges: DateRange[] = [];
  for (const day of days) {
    if (!day.belowFloor) continue;
    const last = ranges.at(-1);
    if (last && dayNumber(day.date) === dayNumber(last.end) + 1) last.end = day.date;
    else ranges.push({ start: day.date, end: day.date });
  }
  return ranges;
}

/** The day with the least headroom (the first such day). */
export function tightestDay(days: readonly TeamDay[]): TeamDay | undefined {
  return days.reduce<TeamDay | undefined>((worst, day) => (worst === undefined || day.headroom < worst.headroom ? day : worst), undefined);
}
