import type pg from 'pg';
import { HAMPSHIRE } from './councils.js';

/**
 * Hampshire children's services teams for the demo; names are plainly illustrative, staff plainly
 * synthetic. Each team's headcount is chosen so that, before any partnership, every team is at or
 * above its retention floor (headroom in brackets: contracted FTE less the floor, see `staffFor`),
 * and one team is deliberately tight:
 * - Children in Care, Winchester (2.9): lends three practitioners at 0.5 FTE to Torbay from January
 *   2017 to June 2018 (1.4 left), and the same three are proposed for Buckinghamshire;
 * - Disabled Children, Eastleigh (0.4) is the tight one: under the 0.5 FTE at which a capacity check
 *   warns, so every check warns on it, and lending anyone from it for more than 0.4 FTE fails.
 */
export const DEMO_TEAMS = [
  { name: 'Children in Care, Winchester', establishmentFte: 42, retentionFloor: 0.85, headcount: 41 },
  { name: 'Assessment and Intervention, Basingstoke', establishmentFte: 48, retentionFloor: 0.85, headcount: 45 },
  { name: 'Assessment and Intervention, Portsmouth Fringe', establishmentFte: 40, retentionFloor: 0.85, headcount: 38 },
  { name: 'Child Protection, Southampton Fringe', establishmentFte: 38, retentionFloor: 0.9, headcount: 38 },
  { name: 'Disabled Children, Eastleigh', establishmentFte: 24, retentionFloor: 0.85, headcount: 22 },
  { name: 'Fostering and Adoption, Havant', establishmentFte: 30, retentionFloor: 0.8, headcount: 28 },
  { name: 'Leaving Care, Andover', establishmentFte: 22, retentionFloor: 0.8, headcount: 20 },
  { name: 'Quality Assurance and Improvement', establishmentFte: 18, retentionFloor: 0.75, headcount: 17 },
] as const;

export const TORBAY_LENDING_TEAM = DEMO_TEAMS[0].name;
export const TIGHT_TEAM = DEMO_TEAMS[4].name;

/**
 * A team's synthetic staff. In every ten posts one is at 0.6 FTE and one at 0.8 (9.4 FTE a ten);
 * roles follow a typical team's shape. Everyone joined between 2003 and 2012, so the teams stand
 * as they are from the oldest partnership of the story (the Isle of Wight, 2013) on.
 */
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
    const startYear = 2003 + ((number * 7) % 10);
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
    // Teams run a little under establishment, as real ones do.
    const members = staffFor(teamIndex, team.headcount);
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
