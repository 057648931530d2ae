import type { DateRange } from './date-range.js';
import type { MilliFte } from './milli-fte.js';
import type { CapacityStaffMember, CapacityTeam, CountedSecondment } from './team-timeline.js';
import { teamTimeline } from './team-timeline.js';
import { breaches, tightestDay } from './timeline-summary.js';

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
  const teams: TeamCheck[] = [];
  for (const team of input.teams) {
    const days = teamTimeline(team, input.staff, input.secondments, input.period);
    const tightest = tightestDay(days);
    if (!tightest) continue;
    teams.push({
      teamId: team.id,
      teamName: team.name,
      minimumHeadroom: tightest.headroom,
      minimumOn: tightest.date,
      breaches: breaches(days),
    });
  }
  const outcome: CapacityOutcome = teams.some((team) => team.breaches.length > 0)
    ? 'fail'
    : teams.some((team) => team.minimumHeadroom < input.warnBelow)
      ? 'warn'
      : 'pass';
  return { outcome, teams };
}
