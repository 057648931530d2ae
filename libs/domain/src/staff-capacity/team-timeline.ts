import { dateOfDay, dayNumber, type IsoDate } from '../calendar-date.js';
import {
  floorOfTeam,
  teamDayColumns,
  type SecondmentSpan,
  type StaffSpan,
  type TeamDayColumns,
  type TeamFigures,
} from './capacity-columns.js';
import type { DateRange } from './date-range.js';
import type { MilliFte } from './milli-fte.js';

export type CapacityTeam = TeamFigures;

export interface CapacityStaffMember {
  id: string;
  teamId: string;
  contracted: MilliFte;
  employmentStart: string;
  employmentEnd: string | null;
}

/** A secondment that counts against capacity (approved or active, or proposed in a what-if). */
export interface CountedSecondment extends DateRange {
  staffMemberId: string;
  milliFte: MilliFte;
}

export interface TeamDay {
  date: string;
  establishment: MilliFte;
  floor: MilliFte;
  contracted: MilliFte;
  secondedOut: MilliFte;
  home: MilliFte;
  headroom: MilliFte;
  belowFloor: boolean;
}

/** Floor in FTE, rounded up so the floor is never understated: 0.85 × 24.5 = 20.825 FTE. */
export const floorOf: (team: CapacityTeam) => MilliFte = floorOfTeam;

/** The figures of the day at `index` of a team's columns. */
export function teamDayAt(columns: TeamDayColumns, index: number, date: IsoDate): TeamDay {
  const contracted = columns.contracted[index];
  const secondedOut = columns.secondedOut[index];
  const home = contracted - secondedOut;
  return {
    date,
    establishment: columns.team.establishment,
    floor: columns.floor,
    contracted,
    secondedOut,
    home,
    headroom: home - columns.floor,
    belowFloor: home < columns.floor,
  };
}

export function staffSpanOf(member: CapacityStaffMember): StaffSpan {
  return {
    id: member.id,
    teamId: member.teamId,
    contracted: member.contracted,
    employedFrom: dayNumber(member.employmentStart),
    employedTo: member.employmentEnd === null ? null : dayNumber(member.employmentEnd),
  };
}

export function secondmentSpanOf(secondment: CountedSecondment): SecondmentSpan {
  return {
    staffMemberId: secondment.staffMemberId,
    milliFte: secondment.milliFte,
    from: dayNumber(secondment.start),
    to: dayNumber(secondment.end),
  };
}

/**
 * Each day of `range` for one team: contracted FTE of the members employed that day, minus
 * what is seconded out that day, against the retention floor. Every calendar day counts
 * (capacity does not pause at weekends or bank holidays). A day-by-day view of `teamDayColumns`.
 */
export function teamTimeline(
  team: CapacityTeam,
  staff: readonly CapacityStaffMember[],
  secondments: readonly CountedSecondment[],
  range: DateRange,
): TeamDay[] {
  const first = dayNumber(range.start);
  const last = dayNumber(range.end);
  const [columns] = teamDayColumns([team], staff.map(staffSpanOf), secondments.map(secondmentSpanOf), first, last);
  if (!columns) return [];
  const days: TeamDay[] = [];
  for (let index = 0; index < columns.length; index += 1) days.push(teamDayAt(columns, index, dateOfDay(first + index)));
  return days;
}
