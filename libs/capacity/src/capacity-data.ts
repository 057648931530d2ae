import type { EntityManager } from 'typeorm';
import {
  COUNTED_SECONDMENT_STATUSES,
  toMilliFte,
  type CapacityStaffMember,
  type CapacityTeam,
  type CountedSecondment,
  type DateRange,
} from '#domain';

export interface CouncilCapacityData {
  teams: CapacityTeam[];
  staff: CapacityStaffMember[];
  /** Counted secondments of the council's staff that touch the range (ended ones on the days they ran). */
  secondments: CountedSecondment[];
}

/**
 * Reads what the capacity maths needs for one council (or one of its teams) over a range:
 * three indexed queries, dates and numerics as text so nothing passes through floats or
 * time zones on the way.
 */
export async function loadCouncilCapacity(
  manager: EntityManager,
  councilCode: string,
  range: DateRange,
  teamId?: string,
): Promise<CouncilCapacityData> {
  const teams = (await manager.query(
    `SELECT id, name, establishment_fte::text AS establishment, retention_floor::text AS floor
     FROM team WHERE council_code = $1 AND ($2::uuid IS NULL OR id = $2) ORDER BY name`,
    [councilCode, teamId ?? null],
  )) as { id: string; name: string; establishment: string; floor: string }[];
  const teamIds = teams.map((team) => team.id);
  const staff = (await manager.query(
    `SELECT id, team_id, contracted_fte::text AS contracted, employment_start::text AS start, employment_end::text AS "end"
     FROM staff_member WHERE team_id = ANY($1) AND employment_start <= $3 AND (employment_end IS NULL OR employment_end >= $2)`,
    [teamIds, range.start, range.end],
  )) as { id: string; team_id: string; contracted: string; start: string; end: string | null }[];
  const secondments = (await manager.query(
    `SELECT s.staff_member_id, s.fte::text AS fte, s.start_date::text AS start, s.end_date::text AS "end"
     FROM secondment s JOIN staff_member m ON m.id = s.staff_member_id
     WHERE m.team_id = ANY($1) AND s.status = ANY($4)
       AND daterange(s.start_date, s.end_date, '[]') && daterange($2::date, $3::date, '[]')`,
    [teamIds, range.start, range.end, COUNTED_SECONDMENT_STATUSES],
  )) as { staff_member_id: string; fte: string; start: string; end: string }[];
  return {
    teams: teams.map((team) => ({
      id: team.id,
      name: team.name,
      establishment: toMilliFte(team.establishment),
      retentionFloorPermille: toMilliFte(team.floor),
    })),
    staff: staff.map((member) => ({
      id: member.id,
      teamId: member.team_id,
      contracted: toMilliFte(member.contracted),
      employmentStart: member.start,
      employmentEnd: member.end,
    })),
    secondments: secondments.map((row) => ({
      staffMemberId: row.staff_member_id,
      milliFte: toMilliFte(row.fte),
      start: row.start,
      end: row.end,
    })),
  };
}
