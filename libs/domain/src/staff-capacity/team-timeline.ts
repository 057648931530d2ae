import { dateOfDay, dayNumber } from '../calendar-date.js';
import { intersect, type DateRange } from './date-range.js';
import type { MilliFte } from './milli-fte.js';

export interface CapacityTeam {
  id: string;
  name: string;
  establishment: MilliFte;
  /** Share of establishment that must stay on home duties, in thousandths (0.85 is 850). */
  retentionFloorPermille: number;
}

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

/**
 * Floor in FTE, rounded up so the floor is never understated: 0.85 × 24.5 = 20.825 FTE.
 * Integer arithmetic on thousandths: establishment (milli) × permille / 1000, ceiling.
 */
export function floorOf(team: CapacityTeam): MilliFte {
  return Math.ceil((team.establishment * team.retentionFloorPermille) / 1000);
}

/**
 * Each day of `range` for one team: contracted FTE of the members employed that day, minus
 * what is seconded out that day, against the retention floor. Every calendar day counts
 * (capacity does not pause at weekends or bank holidays). Difference arrays keep it
 * O(staff + secondments + days).
 */
export function teamTimeline(
  team: CapacityTeam,
  staff: readonly CapacityStaffMember[],
  secondments: readonly CountedSecondment[],
  range: DateRange,
): TeamDay[] {
  const first = dayNumber(range.start);
  const length = dayNumber(range.end) - first + 1;
  if (length <= 0) return [];
  const contracted = new Array<number>(length + 1).fill(0);
  const seconded = new Array<number>(length + 1).fill(0);
  const add = (deltas: number[], period: DateRange, amount: number): void => {
    deltas[dayNumber(period.start) - first] += amount;
    deltas[dayNumber(period.end) - first + 1] -= amount;
  };
  const employment = new Map<string, DateRange>();
  for (const member of staff) {
    if (member.teamId !== team.id) continue;
    const employed = intersect({ start: member.employmentStart, end: member.employmentEnd ?? range.end }, range);
    if (!employed) continue;
    employment.set(member.id, employed);
    add(contracted, employed, member.contracted);
  }
  for (const secondment of secondments) {
    const employed = employment.get(secondment.staffMemberId);
    // A leaver's secondment stops counting when their employment ends.
    const counted = employed && intersect(secondment, employed);
    if (counted) add(seconded, counted, secondment.milliFte);
  }
  const floor = floorOf(team);
  const days: TeamDay[] = [];
  let contractedToday = 0;
  let secondedToday = 0;
  for (let index = 0; index < length; index += 1) {
    contractedToday += contracted[index];
    secondedToday += seconded[index];
    const home = contractedToday - secondedToday;
    days.push({
      date: dateOfDay(first + index),
      establishment: team.establishment,
      floor,
      contracted: contractedToday,
      secondedOut: secondedToday,
      home,
      headroom: home - floor,
      belowFloor: home < floor,
    });
  }
  return days;
}
