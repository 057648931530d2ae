/**
 * The baseline: one hand-written SQL aggregate that returns, for each team of a council and
 * each week (Monday start), the lowest home FTE of the week: contracted FTE of the staff
 * employed that day minus their approved, active or ended secondments that day (an ended one's
 * end date is the day it actually ended).
 */
export const WEEKLY_HOME_FTE_SQL = `
WITH days AS (SELECT d::date AS day FROM generate_series($2::date, $3::date, interval '1 day') AS d),
teams AS (SELECT id FROM team WHERE council_code = $1),
contracted AS (
  SELECT t.id AS team_id, d.day, coalesce(sum(s.contracted_fte), 0) AS contracted
  FROM teams t CROSS JOIN days d
  LEFT JOIN staff_member s ON s.team_id = t.id AND s.employment_start <= d.day AND (s.employment_end IS NULL OR s.employment_end >= d.day)
  GROUP BY t.id, d.day),
seconded AS (
  SELECT m.team_id, d.day, sum(x.fte) AS seconded
  FROM secondment x
  JOIN staff_member m ON m.id = x.staff_member_id
  JOIN teams t ON t.id = m.team_id
  JOIN days d ON d.day BETWEEN x.start_date AND x.end_date
             AND d.day >= m.employment_start AND (m.employment_end IS NULL OR d.day <= m.employment_end)
  WHERE x.status IN ('approved', 'active', 'ended')
  GROUP BY m.team_id, d.day)
SELECT c.team_id, date_trunc('week', c.day)::date::text AS week, min(c.contracted - coalesce(s.seconded, 0))::text AS home
FROM contracted c LEFT JOIN seconded s USING (team_id, day)
GROUP BY c.team_id, week
ORDER BY c.team_id, week`;
