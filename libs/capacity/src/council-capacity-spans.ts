import type { EntityManager } from 'typeorm';
import { COUNTED_SECONDMENT_STATUSES, type DayNumber, type SecondmentSpan, type StaffSpan, type TeamFigures } from '#domain';

export interface CouncilCapacitySpans {
  /** In the order a timeline lists them: by name. */
  teams: TeamFigures[];
  staff: StaffSpan[];
  /** Counted secondments of the council's staff that touch the range (ended ones on the days they ran). */
  secondments: SecondmentSpan[];
}

/**
 * One round trip for a council's (or one team's) capacity over `first … last`: each team, joined
 * to its staff employed in the range, joined to their counted secondments touching it. PostgreSQL
 * hands back dates as day numbers (days since 1970-01-01) and FTE as integer thousandths (the
 * columns are numeric(·, 3), so × 1000 is exact), so no row needs a date or decimal parsed.
 */
const COUNCIL_CAPACITY_SQL = `
SELECT t.id AS team_id, t.name AS team_name, (t.establishment_fte * 1000)::int AS establishment,
       (t.retention_floor * 1000)::int AS floor_permille,
       m.id AS staff_id, (m.contracted_fte * 1000)::int AS contracted,
       m.employment_start - DATE '1970-01-01' AS employed_from, m.employment_end - DATE '1970-01-01' AS employed_to,
       (s.fte * 1000)::int AS seconded, s.start_date - DATE '1970-01-01' AS seconded_from, s.end_date - DATE '1970-01-01' AS seconded_to
FROM team t
LEFT JOIN staff_member m
  ON m.team_id = t.id AND m.employment_start <= $3::date AND (m.employment_end IS NULL OR m.employment_end >= $2::date)
LEFT JOIN secondment s
  ON s.staff_member_id = m.id AND s.status = ANY($4)
 AND daterange(s.start_date, s.end_date, '[]') && daterange($2::date, $3::date, '[]')
WHERE t.council_code = $1 AND ($5::uuid IS NULL OR t.id = $5::uuid)
ORDER BY t.name, t.id, m.id`;

interface Row {
  team_id: string;
  team_name: string;
  establishment: number;
  floor_permille: number;
  staff_id: string | null;
  contracted: number | null;
  employed_from: number | null;
  employed_to: number | null;
  seconded: number | null;
  seconded_from: number | null;
  seconded_to: number | null;
}

export async function loadCouncilCapacitySpans(
  manager: EntityManager,
  councilCode: string,
  range: { first: DayNumber; last: DayNumber; start: string; end: string },
  teamId?: string,
): Promise<CouncilCapacitySpans> {
  const rows = (await manager.query(COUNCIL_CAPACITY_SQL, [
    councilCode,
    range.start,
    range.end,
    COUNTED_SECONDMENT_STATUSES,
    teamId ?? null,
  ])) as Row[];
  const teams: TeamFigures[] = [];
  const staff: StaffSpan[] = [];
  const secondments: SecondmentSpan[] = [];
  let lastTeam: string | undefined;
  let lastStaff: string | undefined;
  for (const row of rows) {
    if (row.team_id !== lastTeam) {
      lastTeam = row.team_id;
      teams.push({ id: row.team_id, name: row.team_name, establishment: row.establishment, retentionFloorPermille: row.floor_permille });
    }
    if (row.staff_id === null) continue;
    if (row.staff_id !== lastStaff) {
      lastStaff = row.staff_id;
      staff.push({
        id: row.staff_id,
        teamId: row.team_id,
        contracted: row.contracted ?? 0,
        employedFrom: row.employed_from ?? 0,
        employedTo: row.employed_to,
      });
    }
    if (row.seconded === null) continue;
    secondments.push({ staffMemberId: row.staff_id, milliFte: row.seconded, from: row.seconded_from ?? 0, to: row.seconded_to ?? 0 });
  }
  return { teams, staff, secondments };
}
