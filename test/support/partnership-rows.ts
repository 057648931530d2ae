import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { IsoDate } from '#domain';
import { BUCKINGHAMSHIRE, HAMPSHIRE } from './api-keys.js';

/**
 * Rows written straight into a test database, for tests that drive the workflow without the
 * API: a draft partnership as the API would save it, its intervention, and a seconded person.
 */
export async function insertDraftPartnership(
  sql: pg.Client,
  fields: { start: IsoDate; end: IsoDate; interventionId?: string; fundingPence?: number },
): Promise<string> {
  const id = randomUUID();
  await sql.query(
    `INSERT INTO partnership (id, title, lead_council_code, supported_council_code, planned_start, planned_end, stage, workflow_id,
       intervention_id, funding_amount_pence)
     VALUES ($1, 'Hampshire support for Buckinghamshire', $2, $3, $4, $5, 'draft', $8, $6, $7)`,
    [
      id,
      HAMPSHIRE,
      BUCKINGHAMSHIRE,
      fields.start,
      fields.end,
      fields.interventionId ?? null,
      fields.fundingPence ?? null,
      `partnership-${id}`,
    ],
  );
  return id;
}

export async function insertIntervention(
  sql: pg.Client,
  fields: { judgement: string; judgedOn: IsoDate; reviewDeadline?: IsoDate },
): Promise<string> {
  const result = await sql.query<{ id: string }>(
    `INSERT INTO intervention (supported_council_code, trigger_judgement, trigger_judgement_date, review_deadline, commissioner_name)
     VALUES ($1, $2, $3, $4, 'DfE commissioner') RETURNING id`,
    [BUCKINGHAMSHIRE, fields.judgement, fields.judgedOn, fields.reviewDeadline ?? null],
  );
  return result.rows[0].id;
}

/** A Hampshire practitioner in a team of their own (half of them stays home, above its floor), seconded with the given status. */
export async function insertSecondment(
  sql: pg.Client,
  partnershipId: string,
  fields: { start: IsoDate; end: IsoDate; status: 'proposed' | 'approved' | 'active' },
): Promise<string> {
  const team = await sql.query<{ id: string }>(
    `INSERT INTO team (council_code, name, establishment_fte, retention_floor) VALUES ($1, $2, 1, 0.4) RETURNING id`,
    [HAMPSHIRE, `Team ${randomUUID()}`],
  );
  const staff = await sql.query<{ id: string }>(
    `INSERT INTO staff_member (team_id, display_name, role, contracted_fte, employment_start)
     VALUES ($1, 'Synthetic Practitioner', 'senior_practitioner', 1, '2010-01-04') RETURNING id`,
    [team.rows[0].id],
  );
  const secondment = await sql.query<{ id: string }>(
    `INSERT INTO secondment (staff_member_id, partnership_id, fte, start_date, end_date, status)
     VALUES ($1, $2, 0.5, $3, $4, $5) RETURNING id`,
    [staff.rows[0].id, partnershipId, fields.start, fields.end, fields.status],
  );
  return secondment.rows[0].id;
}

/** The stages the mirror recorded for a partnership, in order. */
export async function recordedStages(sql: pg.Client, partnershipId: string): Promise<string[]> {
  const { rows } = await sql.query<{ to_stage: string }>(
    `SELECT to_stage FROM partnership_stage_change WHERE partnership_id = $1 ORDER BY sequence`,
    [partnershipId],
  );
  return rows.map((row) => row.to_stage);
}
