import type pg from 'pg';
import { HAMPSHIRE } from './councils.js';

/** Hampshire children's services teams for the demo; names are plainly illustrative, staff plainly synthetic. */
const DEMO_TEAMS = [
  { name: 'Children in Care, Winchester', establishmentFte: 42, retentionFloor: 0.85 },
  { name: 'Assessment and Intervention, Basingstoke', establishmentFte: 48, retentionFloor: 0.85 },
  { name: 'Assessment and Intervention, Portsmouth Fringe', establishmentFte: 40, retentionFloor: 0.85 },
  { name: 'Child Protection, Southampton Fringe', establishmentFte: 38, retentionFloor: 0.9 },
  { name: 'Disabled Children, Eastleigh', establishmentFte: 24, retentionFloor: 0.85 },
  { name: 'Fostering and Adoption, Havant', establishmentFte: 30, retentionFloor: 0.8 },
  { name: 'Leaving Care, Andover', establishmentFte: 22, retentionFloor: 0.8 },
  { name: 'Quality Assurance and Improvement', establishmentFte: 18, retentionFloor: 0.75 },
] as const;

/** One team in ten posts is part-time; roles follow a typical team's shape. */
function staffFor(teamIndex: number, count: number) {
  return Array.from({ length: count }, (_, index) => {
    const number = teamIndex * 100 + index + 1;
    const role =
      index === 0
        ? 'team_manager'
        : index % 6 === 1
          ? 'senior_practitioner'
          : index === 2 && teamIndex === 7
            ? 'service_manager'
            : 'social_worker';
    const contractedFte = index % 10 === 3 ? 0.6 : index % 10 === 7 ? 0.8 : 1;
    const startYear = 2008 + ((number * 7) % 10);
    return {
      displayName: `Synthetic Staff ${String(number).padStart(4, '0')}`,
      role,
      contractedFte,
      employmentStart: `${startYear}-09-01`,
    };
  });
}

/** Inserts the demo teams and their staff; returns how many staff it added. */
export async function seedDemoWorkforce(client: pg.Client): Promise<number> {
  let staff = 0;
  for (const [teamIndex, team] of DEMO_TEAMS.entries()) {
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO team (council_code, name, establishment_fte, retention_floor) VALUES ($1, $2, $3, $4) RETURNING id`,
      [HAMPSHIRE, team.name, team.establishmentFte, team.retentionFloor],
    );
    // Teams run slightly under establishment, as real ones do: about 92% filled.
    const members = staffFor(teamIndex, Math.round(team.establishmentFte * 0.92));
    for (const member of members) {
      await client.query(
        `INSERT INTO staff_member (team_id, display_name, role, contracted_fte, employment_start) VALUES ($1, $2, $3, $4, $5)`,
        [inserted.rows[0].id, member.displayName, member.role, member.contractedFte, member.employmentStart],
      );
    }
    staff += members.length;
  }
  return staff;
}
