/**
 * Every action waiting on one principal, in one statement over the mirror tables (never the
 * workflows): $1 the principal's role, $2 their council (null for cross-council roles), $3 today.
 * Each branch answers one kind of action and is cut off by its role test before it reads a row,
 * so a principal pays only for the kinds their role can do. The rules are those of the domain's
 * `nextActionFor`, with the same facts the partnership detail reads: the latest entry into a stage
 * is its round (capacity check, sign-off), the latest decision record decides the call-in. The
 * sign-off's due day needs the working-day calendar, so the row carries what it is counted from.
 */
export const INBOX_SQL = `
WITH open_partnership AS (
  SELECT p.id, p.title, p.stage, p.lead_council_code, p.supported_council_code
  FROM partnership p
  WHERE p.stage IN ('officer_review', 'capacity_check', 'cabinet_decision', 'call_in_window', 'sign_off', 'active', 'under_review')
    AND ($2::text IS NULL OR p.lead_council_code = $2::text OR p.supported_council_code = $2::text)
), led AS (
  SELECT * FROM open_partnership WHERE lead_council_code = $2::text
), item AS (
  SELECT 'endorse' AS kind, p.id AS partnership_id, p.lead_council_code AS acting_for, NULL::date AS due_on,
         NULL::timestamptz AS sign_off_opened_at, NULL::integer AS reminder_working_days, NULL::uuid AS secondment_id
  FROM led p
  WHERE $1::text = 'director' AND p.stage = 'officer_review'
  UNION ALL
  SELECT 'decide_failed_capacity_check', p.id, p.lead_council_code, NULL, NULL, NULL, NULL
  FROM led p
  WHERE $1::text IN ('chief_executive', 'director') AND p.stage = 'capacity_check'
    AND EXISTS (
      SELECT 1 FROM partnership_capacity_check c
      WHERE c.partnership_id = p.id AND c.outcome = 'fail'
        AND c.check_round = (SELECT max(s.sequence) FROM partnership_stage_change s WHERE s.partnership_id = p.id AND s.to_stage = 'capacity_check'))
  UNION ALL
  SELECT 'record_cabinet_decision', p.id, p.lead_council_code, NULL, NULL, NULL, NULL
  FROM led p
  WHERE $1::text = 'democratic_services' AND p.stage = 'cabinet_decision'
  UNION ALL
  SELECT CASE WHEN d.status = 'called_in' THEN 'record_scrutiny_outcome' ELSE 'call_in' END, p.id, p.lead_council_code,
         CASE WHEN d.status = 'called_in' THEN NULL ELSE d.call_in_deadline END, NULL, NULL, NULL
  FROM led p
  CROSS JOIN LATERAL (
    SELECT r.status, r.call_in_deadline FROM decision_record r WHERE r.partnership_id = p.id ORDER BY r.created_at DESC, r.id DESC LIMIT 1
  ) d
  WHERE $1::text = 'scrutiny' AND p.stage = 'call_in_window' AND (d.status = 'called_in' OR d.call_in_deadline >= $3::date)
  UNION ALL
  SELECT 'sign', p.id, $2::text, NULL, opened.recorded_at, g.sign_off_reminder_working_days, NULL
  FROM open_partnership p
  CROSS JOIN LATERAL (
    SELECT s.sequence, s.recorded_at FROM partnership_stage_change s
    WHERE s.partnership_id = p.id AND s.to_stage = 'sign_off' ORDER BY s.sequence DESC LIMIT 1
  ) opened
  LEFT JOIN governance_settings g ON g.council_code = p.lead_council_code
  WHERE $1::text = 'chief_executive' AND p.stage = 'sign_off'
    AND NOT EXISTS (
      SELECT 1 FROM partnership_signature sig
      WHERE sig.partnership_id = p.id AND sig.sign_off_round = opened.sequence AND sig.council_code = $2::text)
  UNION ALL
  SELECT 'record_review', p.id, $2::text,
         (SELECT due.due_on FROM partnership_due_date due
          WHERE due.partnership_id = p.id AND due.status IN ('upcoming', 'reminded', 'due')
            AND (p.stage <> 'under_review' OR due.kind = 'periodic_review')
          ORDER BY due.due_on, due.kind LIMIT 1),
         NULL, NULL, NULL
  FROM open_partnership p
  WHERE $1::text IN ('commissioner', 'chief_executive', 'director')
    AND (p.stage = 'under_review'
      OR (p.stage = 'active' AND EXISTS (
        SELECT 1 FROM partnership_due_date due
        WHERE due.partnership_id = p.id AND due.status = 'due' AND due.kind IN ('periodic_review', 'commissioner_review'))))
  UNION ALL
  SELECT CASE WHEN s.status = 'proposed' THEN 'approve_secondment' ELSE 'start_secondment' END, s.partnership_id, t.council_code,
         s.start_date, NULL, NULL, s.id
  FROM team t
  JOIN staff_member m ON m.team_id = t.id
  JOIN secondment s ON s.staff_member_id = m.id
  WHERE $1::text = 'hr' AND t.council_code = $2::text
    AND (s.status = 'proposed' OR (s.status = 'approved' AND s.start_date <= $3::date))
)
SELECT item.kind, item.partnership_id, p.title, p.stage, p.lead_council_code, lead.name AS lead_council_name,
       p.supported_council_code, supported.name AS supported_council_name, item.acting_for,
       to_char(item.due_on, 'YYYY-MM-DD') AS due_on, item.sign_off_opened_at, item.reminder_working_days,
       item.secondment_id, m.id AS staff_member_id, m.display_name AS staff_member_name, s.fte::text AS fte,
       to_char(s.start_date, 'YYYY-MM-DD') AS secondment_start, to_char(s.end_date, 'YYYY-MM-DD') AS secondment_end
FROM item
JOIN partnership p ON p.id = item.partnership_id
JOIN council lead ON lead.code = p.lead_council_code
JOIN council supported ON supported.code = p.supported_council_code
LEFT JOIN secondment s ON s.id = item.secondment_id
LEFT JOIN staff_member m ON m.id = s.staff_member_id
WHERE p.stage NOT IN ('completed', 'rejected', 'withdrawn')`;

/** One row of {@link INBOX_SQL}, as pg gives it. */
export interface InboxRow {
  kind: string;
  partnership_id: string;
  title: string;
  stage: string;
  lead_council_code: string;
  lead_council_name: string;
  supported_council_code: string;
  supported_council_name: string;
  acting_for: string | null;
  due_on: string | null;
  sign_off_opened_at: Date | null;
  reminder_working_days: number | null;
  secondment_id: string | null;
  staff_member_id: string | null;
  staff_member_name: string | null;
  fte: string | null;
  secondment_start: string | null;
  secondment_end: string | null;
}
