import type { CapacityOutcome, TeamCheck } from './capacity-check.js';
import { fromMilliFte, type MilliFte } from './milli-fte.js';

/** What a capacity check found, in the terms people act on: the tightest team, its worst day and how far below its floor. */
export interface CapacityFinding {
  outcome: CapacityOutcome;
  /** The team with the least headroom over the period; negative headroom is how far below its floor it falls. */
  tightest: { teamId: string; teamName: string; on: string; headroom: MilliFte; firstBelowFloorOn: string | null } | null;
  teamsBelowFloor: number;
}

export function capacityFinding(outcome: CapacityOutcome, teams: readonly TeamCheck[]): CapacityFinding {
  const tightest = teams.reduce<TeamCheck | undefined>(
    (worst, team) => (worst === undefined || team.minimumHeadroom < worst.minimumHeadroom ? team : worst),
    undefined,
  );
  return {
    outcome,
    tightest: tightest
      ? {
          teamId: tightest.teamId,
          teamName: tightest.teamName,
          on: tightest.minimumOn,
          headroom: tightest.minimumHeadroom,
          firstBelowFloorOn: tightest.breaches[0]?.start ?? null,
        }
      : null,
    teamsBelowFloor: teams.filter((team) => team.breaches.length > 0).length,
  };
}

/** One sentence for the timeline and the next action: which team, which day, how far below (or above) its floor. */
export function describeCapacityFinding(finding: CapacityFinding): string {
  const { tightest } = finding;
  if (!tightest) return 'no teams to check';
  if (tightest.headroom >= 0) return `least headroom ${fromMilliFte(tightest.headroom)} FTE in ${tightest.teamName} on ${tightest.on}`;
  const from =
    tightest.firstBelowFloorOn && tightest.firstBelowFloorOn !== tightest.on ? ` (below it from ${tightest.firstBelowFloorOn})` : '';
  const others = finding.teamsBelowFloor - 1;
  return (
    `${tightest.teamName} falls ${fromMilliFte(-tightest.headroom)} FTE below its retention floor on ${tightest.on}${from}` +
    (others > 0
      ? `; ${others} other team${others === 1 ? '' : 's'} also fall${others === 1 ? 's' : ''} below ${others === 1 ? 'its' : 'their'} floor`
      : '')
  );
}
