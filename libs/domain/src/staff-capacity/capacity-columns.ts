import { dateOfDay, dayOfWeekOf, type DayNumber, type IsoDate } from '../calendar-date.js';
import type { MilliFte } from './milli-fte.js';

/**
 * The capacity maths on day numbers: every date is converted once where it enters (the request,
 * a database row) and once per distinct day where it leaves (a response's point), never per day
 * of the computation. The string-dated `teamTimeline` is a view over this.
 */

export interface TeamFigures {
  id: string;
  name: string;
  establishment: MilliFte;
  /** Share of establishment that must stay on home duties, in thousandths (0.85 is 850). */
  retentionFloorPermille: number;
}

/** A member of staff with their employment as day numbers (`employedTo` null while employed). */
export interface StaffSpan {
  id: string;
  teamId: string;
  contracted: MilliFte;
  employedFrom: DayNumber;
  employedTo: DayNumber | null;
}

/** A counted secondment (approved, active, ended up to its end, or proposed in a what-if) as day numbers. */
export interface SecondmentSpan {
  staffMemberId: string;
  milliFte: MilliFte;
  from: DayNumber;
  to: DayNumber;
}

/** One team's figures on each day `first … first + length - 1`, as columns rather than an object per day. */
export interface TeamDayColumns {
  team: TeamFigures;
  first: DayNumber;
  length: number;
  floor: MilliFte;
  contracted: Int32Array;
  secondedOut: Int32Array;
}

/** Inclusive run of day numbers. */
export interface DaySpan {
  from: DayNumber;
  to: DayNumber;
}

/** Floor in FTE, rounded up so the floor is never understated (integer thousandths, ceiling). */
export function floorOfTeam(team: TeamFigures): MilliFte {
  return Math.ceil((team.establishment * team.retentionFloorPermille) / 1000);
}

/**
 * Each team's contracted and seconded-out FTE on every day of `first … last`, all teams in one
 * pass over the staff and one over the secondments (difference arrays, then running sums):
 * O(teams × days + staff + secondments). A secondment counts only while its person is employed
 * in the team; a person in no listed team (a what-if naming someone else's staff) counts nowhere.
 */
export function teamDayColumns(
  teams: readonly TeamFigures[],
  staff: readonly StaffSpan[],
  secondments: readonly SecondmentSpan[],
  first: DayNumber,
  last: DayNumber,
): TeamDayColumns[] {
  const length = last - first + 1;
  if (length <= 0) return [];
  const columns = teams.map((team) => ({
    team,
    first,
    length,
    floor: floorOfTeam(team),
    contracted: new Int32Array(length + 1),
    secondedOut: new Int32Array(length + 1),
  }));
  const indexOfTeam = new Map(teams.map((team, index) => [team.id, index]));
  const employment = new Map<string, { column: TeamDayColumns; from: DayNumber; to: DayNumber }>();
  for (const member of staff) {
    const index = indexOfTeam.get(member.teamId);
    if (index === undefined) continue;
    const from = Math.max(member.employedFrom, first);
    const to = Math.min(member.employedTo ?? last, last);
    if (from > to) continue;
    const column = columns[index];
    employment.set(member.id, { column, from, to });
    column.contracted[from - first] += member.contracted;
    column.contracted[to - first + 1] -= member.contracted;
  }
  for (const secondment of secondments) {
    const employed = employment.get(secondment.staffMemberId);
    if (!employed) continue;
    // A leaver's secondment stops counting when their employment ends.
    const from = Math.max(secondment.from, employed.from);
    const to = Math.min(secondment.to, employed.to);
    if (from > to) continue;
    employed.column.secondedOut[from - first] += secondment.milliFte;
    employed.column.secondedOut[to - first + 1] -= secondment.milliFte;
  }
  for (const column of columns) {
    for (let index = 1; index < length; index += 1) {
      column.contracted[index] += column.contracted[index - 1];
      column.secondedOut[index] += column.secondedOut[index - 1];
    }
  }
  return columns;
}

const MONDAY = 1;

/**
 * The day indexes a weekly view reports: for each week from Monday (a part week at each end),
 * its first day and its worst day (least home FTE, the first such), so a breach on one day is
 * never averaged away.
 */
export function weeklyWorstDays(columns: TeamDayColumns): { start: number; worst: number }[] {
  const weeks: { start: number; worst: number }[] = [];
  let current: { start: number; worst: number; home: number } | undefined;
  for (let index = 0; index < columns.length; index += 1) {
    const home = columns.contracted[index] - columns.secondedOut[index];
    if (!current || dayOfWeekOf(columns.first + index) === MONDAY) {
      current = { start: index, worst: index, home };
      weeks.push(current);
    } else if (home < current.home) {
      current.worst = index;
      current.home = home;
    }
  }
  return weeks.map(({ start, worst }) => ({ start, worst }));
}

/** Consecutive days below the floor, merged into runs of day numbers. */
export function breachSpans(columns: TeamDayColumns): DaySpan[] {
  const spans: DaySpan[] = [];
  let open: DaySpan | undefined;
  for (let index = 0; index < columns.length; index += 1) {
    const day = columns.first + index;
    if (columns.contracted[index] - columns.secondedOut[index] >= columns.floor) open = undefined;
    else if (open) open.to = day;
    else {
      open = { from: day, to: day };
      spans.push(open);
    }
  }
  return spans;
}

/** The index of the day with the least headroom (the first such), or -1 for no days. */
export function tightestDayIndex(columns: TeamDayColumns): number {
  let tightest = -1;
  let least = Infinity;
  for (let index = 0; index < columns.length; index += 1) {
    const home = columns.contracted[index] - columns.secondedOut[index];
    if (home < least) {
      least = home;
      tightest = index;
    }
  }
  return tightest;
}

/**
 * Writes the days of one request's range as `YYYY-MM-DD`, each at most once however many teams
 * report it: a response repeats the same weeks for every team.
 */
export function dateWriter(first: DayNumber, last: DayNumber): (day: DayNumber) => IsoDate {
  const written = new Array<IsoDate | undefined>(Math.max(0, last - first + 1));
  return (day) => {
    const index = day - first;
    if (index < 0 || index >= written.length) return dateOfDay(day);
    return (written[index] ??= dateOfDay(day));
  };
}
