import type { DateRange } from './date-range.js';
import type { MilliFte } from './milli-fte.js';
import { dateOfDay, dayNumber } from '../calendar-date.js';
import { breachSpans, dateWriter, teamDayColumns, tightestDayIndex } from './capacity-columns.js';
import { secondmentSpanOf, staffSpanOf, type CapacityStaffMember, type CapacityTeam, type CountedSecondment } from './team-timeline.js';

export type CapacityOutcome = 'pass' | 'warn' | 'fail';

export interface TeamCheck {
  teamId: string;
  teamName: string;
  minimumHeadroom: MilliFte;
  minimumOn: string;
  breaches: DateRange[];
}

export interface Coordinates {
  latitude: number;
  longitude: number;
}

export interface CapacityRisk {
  category: 'travel_distance' | 'savings_programme';
  detail: string;
}

const EARTH_RADIUS_MILES = 3958.8;

/** Great-circle distance (haversine); Winchester to Aylesbury is about 57 miles as the crow flies. */
export function greatCircleMiles(a: Coordinates, b: Coordinates): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(h));
}

/**
 * The lead council's capacity over a partnership's period with its proposed secondments:
 * fail when any team falls below its retention floor on any day, warn when headroom dips under
 * `warnBelow`, pass otherwise. The same function serves the API and the workflow's activity.
 */
export function checkCapacity(input: {
  teams: readonly CapacityTeam[];
  staff: readonly CapacityStaffMember[];
  secondments: readonly CountedSecondment[];
  period: DateRange;
  warnBelow: MilliFte;
}): { outcome: CapacityOutcome; teams: TeamCheck[] } {
  const first = dayNumber(input.period.start);
  const last = dayNumber(input.period.end);
  const date = dateWriter(first, last);
  const columns = teamDayColumns(input.teams, input.staff.map(staffSpanOf), input.secondments.map(secondmentSpanOf), first, last);
  const teams: TeamCheck[] = columns.map((team) => {
    const tightest = tightestDayIndex(team);
    return {
      teamId: team.team.id,
      teamName: team.team.name,
      minimumHeadroom: team.contracted[tightest] - team.secondedOut[tightest] - team.floor,
      minimumOn: dateOfDay(first + tightest),
      breaches: breachSpans(team).map((span) => ({ start: date(span.from), end: date(span.to) })),
    };
  });
  const outcome: CapacityOutcome = teams.some((team) => team.breaches.length > 0)
    ? 'fail'
    : teams.some((team) => team.minimumHeadroom < input.warnBelow)
      ? 'warn'
      : 'pass';
  return { outcome, teams };
}
