import type pg from 'pg';
import { BUCKINGHAMSHIRE_COUNTY, HAMPSHIRE } from './councils.js';

/**
 * The Buckinghamshire intervention (inadequate, November 2017; the Hampshire chief executive as
 * commissioner; report July 2018 recommending services stay in house) and the Hampshire
 * partnership as a draft, ready to walk through the workflow. Its workflow starts on the first
 * action, like any draft whose workflow start was deferred. The real partnership ran about four
 * years from May 2018; the draft runs four years from next month instead, because a partnership
 * whose planned end has passed exits as soon as it is active, and the demo should show one live.
 */
export async function seedDemoStory(client: pg.Client): Promise<{ partnershipId: string; interventionId: string }> {
  const intervention = await client.query<{ id: string }>(
    `INSERT INTO intervention (supported_council_code, trigger_judgement, trigger_judgement_date, statutory_direction_date,
       commissioner_name, review_deadline, report_published_on, recommendation, improvement_adviser_council_code)
     VALUES ($1, 'inadequate', '2017-11-24', '2018-01-12', 'Chief Executive, Hampshire County Council (DfE commissioner)',
       '2018-04-30', '2018-07-19', 'retain_in_house', $2)
     RETURNING id`,
    [BUCKINGHAMSHIRE_COUNTY, HAMPSHIRE],
  );
  const interventionId = intervention.rows[0].id;
  const partnership = await client.query<{ id: string }>(
    `INSERT INTO partnership (id, title, lead_council_code, supported_council_code, planned_start, planned_end, workflow_id,
       intervention_id, kind, scope, funding_kind)
     VALUES (gen_random_uuid(), 'Hampshire improvement partnership with Buckinghamshire children''s services', $1, $2,
       date_trunc('month', current_date + interval '1 month')::date,
       (date_trunc('month', current_date + interval '1 month') + interval '4 years - 1 day')::date, 'pending', $3, 'improvement_partner',
       'Leadership, practice improvement and quality assurance support for Buckinghamshire children''s social care', 'grant_and_recharge')
     RETURNING id`,
    [HAMPSHIRE, BUCKINGHAMSHIRE_COUNTY, interventionId],
  );
  const partnershipId = partnership.rows[0].id;
  await client.query(`UPDATE partnership SET workflow_id = 'partnership-' || id WHERE id = $1`, [partnershipId]);
  const risks = [
    ['travel_distance', 'medium', 'Buckinghamshire is about 80 miles from Winchester by road', 'Hybrid working; travel time budgeted'],
    [
      'staff_pressure',
      'high',
      'Pressure on Hampshire staff while Hampshire delivers its own services',
      'Capacity check against each team’s retention floor',
    ],
    ['savings_programme', 'medium', 'Hampshire must still deliver its T19 savings programme', 'Costs recharged; no T19 budget used'],
    ['own_service_priority', 'high', 'Hampshire children must remain the priority', 'Chief executive may recall seconded staff'],
  ];
  for (const [category, rating, description, mitigation] of risks) {
    await client.query(
      `INSERT INTO risk (partnership_id, category, rating, description, mitigation, owner) VALUES ($1, $2, $3, $4, $5, $6)`,
      [partnershipId, category, rating, description, mitigation, 'Director of Children’s Services, Hampshire'],
    );
  }
  return { partnershipId, interventionId };
}
