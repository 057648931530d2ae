import type pg from 'pg';
import { PARTNERSHIP_STAGES } from '#domain';

/** The stages in the order a partnership passes them, as the stage ladder below walks them (not its two early ends). */
const LADDER = PARTNERSHIP_STAGES.filter((stage) => stage !== 'rejected' && stage !== 'withdrawn');

/**
 * Spreads the national data set's partnerships (all drafts) across the stages, with the mirror
 * rows each stage has in real life: its stage changes, a capacity check (some failed), a Cabinet
 * decision (some called in, some past the call-in deadline), signatures (some councils signed),
 * due dates (some reviews due or overdue); and leaves HR a realistic backlog of secondments to
 * approve or start rather than every past booking still "approved".
 */
export async function spreadAcrossStages(client: pg.Client): Promise<Record<string, number>> {
  await client.query(
    `WITH numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM partnership WHERE title LIKE 'Synthetic partnership %')
     UPDATE partnership p SET stage = ($1::text[])[1 + numbered.n % 10] FROM numbered WHERE numbered.id = p.id`,
    [LADDER],
  );
  await client.query(
    `INSERT INTO partnership_stage_change (partnership_id, sequence, from_stage, to_stage, workflow_id, run_id, recorded_at)
     SELECT p.id, k, ($1::text[])[k], ($1::text[])[k + 1], p.workflow_id, 'bench', now() - make_interval(days => 60 - k * 5 - (abs(hashtext(p.id::text)) % 5))
     FROM partnership p CROSS JOIN LATERAL generate_series(1, array_position($1::text[], p.stage) - 1) AS k
     WHERE p.title LIKE 'Synthetic partnership %'`,
    [LADDER],
  );
  const reached = (stage: string) => `array_position($1::text[], p.stage) > array_position($1::text[], '${stage}')`;
  await client.query(
    `INSERT INTO partnership_capacity_check (partnership_id, check_round, outcome, period_start, period_end, teams_below_floor, summary)
     SELECT p.id, 2, CASE WHEN p.stage = 'capacity_check' AND abs(hashtext(p.id::text)) % 2 = 0 THEN 'fail' ELSE 'pass' END,
            p.planned_start, p.planned_end,
            CASE WHEN p.stage = 'capacity_check' AND abs(hashtext(p.id::text)) % 2 = 0 THEN 1 ELSE 0 END, 'bench'
     FROM partnership p WHERE p.title LIKE 'Synthetic partnership %' AND (${reached('capacity_check')} OR p.stage = 'capacity_check')`,
    [LADDER],
  );
  await client.query(
    `INSERT INTO decision_record (council_code, partnership_id, title, decision_maker, decision_text, status, is_key_decision,
                                  subject_to_call_in, decision_date, publication_date, call_in_deadline)
     SELECT p.lead_council_code, p.id, p.title, 'cabinet', 'Approved', 
            CASE WHEN p.stage = 'call_in_window' AND abs(hashtext(p.id::text)) % 3 = 0 THEN 'called_in' ELSE 'approved' END,
            false, true, current_date - 3, current_date - 3,
            current_date + CASE WHEN p.stage = 'call_in_window' AND abs(hashtext(p.id::text)) % 3 = 1 THEN -1 ELSE 4 END
     FROM partnership p WHERE p.title LIKE 'Synthetic partnership %' AND (${reached('cabinet_decision')})`,
    [LADDER],
  );
  // Sign-off opened at stage change 5; in sign-off, half the leads have signed; beyond it, both.
  await client.query(
    `INSERT INTO partnership_signature (partnership_id, sign_off_round, council_code, signed_by_name)
     SELECT p.id, 5, council, 'Bench chief executive'
     FROM partnership p CROSS JOIN LATERAL unnest(ARRAY[p.lead_council_code, p.supported_council_code]) WITH ORDINALITY AS c(council, o)
     WHERE p.title LIKE 'Synthetic partnership %'
       AND (${reached('sign_off')} OR (p.stage = 'sign_off' AND o = 1 AND abs(hashtext(p.id::text)) % 2 = 0))`,
    [LADDER],
  );
  await client.query(
    `INSERT INTO partnership_due_date (partnership_id, kind, due_on, label, status)
     SELECT p.id, due.kind, current_date + due.offset_days, due.label,
            CASE WHEN due.offset_days <= 0 THEN 'due' ELSE 'upcoming' END
     FROM partnership p
     CROSS JOIN LATERAL (VALUES
       ('periodic_review', CASE WHEN p.stage = 'under_review' THEN -(abs(hashtext(p.id::text)) % 10) ELSE 20 + abs(hashtext(p.id::text)) % 90 END, 'Periodic review due'),
       ('commissioner_review', CASE WHEN abs(hashtext(p.id::text)) % 4 = 0 THEN -2 ELSE 45 END, 'Commissioner review'),
       ('monitoring_visit', 30, 'Monitoring visit')) AS due(kind, offset_days, label)
     WHERE p.title LIKE 'Synthetic partnership %' AND p.stage IN ('active', 'under_review', 'exiting')`,
  );
  // Bookings whose start has passed are mostly under way by now; a few wait to be started, a few to be approved.
  await client.query(
    `UPDATE secondment SET status = CASE WHEN abs(hashtext(id::text)) % 400 = 0 THEN 'proposed'
                                         WHEN abs(hashtext(id::text)) % 400 = 1 THEN 'approved' ELSE 'active' END
     WHERE status = 'approved' AND start_date <= current_date`,
  );
  await client.query('ANALYZE');
  const stages = await client.query<{ stage: string; count: number }>(
    `SELECT stage, count(*)::int AS count FROM partnership GROUP BY stage ORDER BY stage`,
  );
  return Object.fromEntries(stages.rows.map((row) => [row.stage, row.count]));
}
