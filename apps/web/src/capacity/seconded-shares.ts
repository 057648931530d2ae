import type { components } from '#api-client';
import { addDays } from './calendar.js';
import { toMilli } from './words.js';

type TeamCapacity = components['schemas']['TeamCapacityResponse'];

/** One person's time lent to a partnership (or proposed in a what-if) from a team, in thousandths of FTE. */
export interface SecondedLoad {
  teamId: string;
  /** The partnership's id, or PROPOSED for a what-if secondment not yet booked. */
  partnershipId: string;
  milliFte: number;
  start: string;
  end: string;
}

export const PROPOSED = 'proposed';
export const OTHER = 'other';

/** Secondments the API counts against a team on their days (docs/domain.md): approved, active, ended. */
export const COUNTED_STATUSES: readonly string[] = ['approved', 'active', 'ended'];

/** The seconded-out FTE of one team at each point of its timeline, split by partnership. */
export interface SecondedShares {
  /** Partnership id (or PROPOSED, OTHER) → thousandths of FTE at each point, in point order. */
  byPartnership: Map<string, number[]>;
}

/**
 * Splits each point's seconded-out FTE, as the API counted it, among the partnerships the
 * team's staff are lent to. The API's figure stays the total: a week point is the week's worst
 * day, so the split is read on the day of the week whose loads add up to the API's figure (the
 * busiest day if none does), and whatever the loads cannot explain is shown as OTHER rather than
 * dropped. Only presentation is decided here; the counting rules stay in the API.
 */
export function secondedShares(team: TeamCapacity, to: string, loads: readonly SecondedLoad[]): SecondedShares {
  const mine = loads.filter((load) => load.teamId === team.teamId);
  const keys = [...new Set(mine.map((load) => load.partnershipId))];
  const byPartnership = new Map<string, number[]>(keys.map((key) => [key, []]));
  const other: number[] = [];
  team.points.forEach((point, index) => {
    const lastDay = index + 1 < team.points.length ? addDays(team.points[index + 1].date, -1) : to;
    const target = toMilli(point.secondedOutFte);
    const split = splitOnMatchingDay(point.date, lastDay, mine, target);
    let explained = 0;
    for (const key of keys) {
      const share = Math.min(split.get(key) ?? 0, target - explained);
      byPartnership.get(key)?.push(share);
      explained += share;
    }
    other.push(target - explained);
  });
  if (other.some((value) => value > 0)) byPartnership.set(OTHER, other);
  return { byPartnership };
}

function splitOnMatchingDay(first: string, last: string, loads: readonly SecondedLoad[], target: number): Map<string, number> {
  let busiest = new Map<string, number>();
  let busiestTotal = -1;
  for (let day = first; day <= last; day = addDays(day, 1)) {
    const split = new Map<string, number>();
    let total = 0;
    for (const load of loads) {
      if (load.start <= day && day <= load.end) {
        split.set(load.partnershipId, (split.get(load.partnershipId) ?? 0) + load.milliFte);
        total += load.milliFte;
      }
    }
    if (total === target) return split;
    if (total > busiestTotal) [busiest, busiestTotal] = [split, total];
  }
  return busiest;
}
