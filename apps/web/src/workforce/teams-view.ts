import type { components } from '#api-client';
import { fte } from '../capacity/words.js';

type Team = components['schemas']['TeamResponse'];
type TeamCapacity = components['schemas']['TeamCapacityResponse'];

/** Below 0.5 FTE of headroom a capacity check warns (the API's default); the list flags it the same way. */
export const TIGHT_HEADROOM_FTE = 0.5;

export type FloorStatus = 'below' | 'tight' | 'above' | 'unknown';

export interface TeamRow {
  id: string;
  name: string;
  establishment: string;
  floor: string;
  home: string;
  headroom: string;
  /** Headroom in FTE for sorting (MOJ sortable table reads data-sort-value). */
  headroomSort: number;
  status: FloorStatus;
  statusText: string;
  /** The MOJ badge modifier for the status. */
  badge: string;
}

const STATUS: Record<FloorStatus, { text: string; badge: string }> = {
  below: { text: 'Below floor', badge: 'moj-badge--red' },
  tight: { text: 'Near floor', badge: 'moj-badge--purple' },
  above: { text: 'Above floor', badge: 'moj-badge--green' },
  unknown: { text: 'No figures', badge: 'moj-badge--grey' },
};

/**
 * HR's list of teams: each with its home FTE today against its retention floor, read from the
 * API's capacity timeline for today (one day), so the figures are the API's, not recomputed.
 */
export function teamRows(teams: readonly Team[], today: readonly TeamCapacity[]): TeamRow[] {
  const byTeam = new Map(today.map((team) => [team.teamId, team.points[0]]));
  return teams.map((team) => {
    const point = byTeam.get(team.id);
    const status: FloorStatus = !point
      ? 'unknown'
      : point.belowFloor
        ? 'below'
        : point.headroomFte < TIGHT_HEADROOM_FTE
          ? 'tight'
          : 'above';
    return {
      id: team.id,
      name: team.name,
      establishment: fte(team.establishmentFte),
      floor: point ? fte(point.floorFte) : '–',
      home: point ? fte(point.homeFte) : '–',
      headroom: point ? fte(point.headroomFte) : '–',
      headroomSort: point ? point.headroomFte : Number.NEGATIVE_INFINITY,
      status,
      statusText: STATUS[status].text,
      badge: STATUS[status].badge,
    };
  });
}
