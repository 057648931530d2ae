import type pg from 'pg';

/**
 * A national-scale synthetic data set, generated in PostgreSQL: 152 councils, ten
 * children's services teams each (about 35,000 staff), about 1,000 partnerships and about
 * 100,000 approved or active secondments. Each person's secondments run back to back, so
 * none exceeds their contract (the invariant holds in the generated data too).
 */
export async function generateNationalData(client: pg.Client): Promise<Record<string, number>> {
  await client.query(`
    INSERT INTO council (code, name, type, region, hq_latitude, hq_longitude)
    SELECT 'E0' || lpad(n::text, 7, '0'), 'Synthetic Council ' || n, 'unitary', 'Region ' || (n % 9),
           50.5 + (n % 40) * 0.1, -3.5 + (n % 50) * 0.1
    FROM generate_series(1, 152) AS n`);
  await client.query(`INSERT INTO governance_settings (council_code) SELECT code FROM council ON CONFLICT DO NOTHING`);
  await client.query(`
    INSERT INTO team (council_code, name, establishment_fte, retention_floor)
    SELECT c.code, 'Team ' || t, 25, 0.85 FROM council c CROSS JOIN generate_series(1, 10) AS t WHERE c.code LIKE 'E0%'`);
  await client.query(`
    INSERT INTO staff_member (team_id, display_name, role, contracted_fte, employment_start)
    SELECT team.id, 'Synthetic Staff ' || team.id || '-' || s, 'social_worker', CASE WHEN s % 5 = 0 THEN 0.6 ELSE 1 END, DATE '2015-01-05'
    FROM team CROSS JOIN generate_series(1, 23) AS s`);
  await client.query(`
    INSERT INTO partnership (id, title, lead_council_code, supported_council_code, planned_start, planned_end, workflow_id, stage)
    SELECT id, 'Synthetic partnership ' || n, lead, supported, DATE '2024-01-01', DATE '2026-12-31', 'partnership-' || id, 'draft'
    FROM (
      SELECT gen_random_uuid() AS id, n,
             'E0' || lpad((1 + n % 152)::text, 7, '0') AS lead,
             'E0' || lpad((1 + (n * 7 + 3) % 152)::text, 7, '0') AS supported
      FROM generate_series(1, 1000) AS n) AS p
    WHERE lead <> supported`);
  // Three back-to-back secondments for nearly every person, to a partnership their council leads.
  await client.query(`
    WITH led AS (
      SELECT lead_council_code, array_agg(id ORDER BY id) AS ids FROM partnership GROUP BY lead_council_code
    ), people AS (
      SELECT m.id AS staff_id, m.contracted_fte, led.ids, row_number() OVER () AS n
      FROM staff_member m JOIN team t ON t.id = m.team_id JOIN led ON led.lead_council_code = t.council_code
    )
    INSERT INTO secondment (staff_member_id, partnership_id, fte, start_date, end_date, status)
    SELECT staff_id, ids[1 + (n + k) % array_length(ids, 1)], least(contracted_fte, 0.1 * (1 + (n + k) % 5)),
           DATE '2024-01-01' + (k * 240 + (n % 60))::int, DATE '2024-01-01' + (k * 240 + (n % 60) + 200)::int,
           CASE WHEN k = 0 THEN 'active' ELSE 'approved' END
    FROM people CROSS JOIN generate_series(0, 2) AS k
    WHERE n % 20 <> 0`);
  await client.query('ANALYZE');
  const counts = await client.query(`
    SELECT (SELECT count(*) FROM council)::int AS councils, (SELECT count(*) FROM team)::int AS teams,
           (SELECT count(*) FROM staff_member)::int AS staff, (SELECT count(*) FROM partnership)::int AS partnerships,
           (SELECT count(*) FROM secondment)::int AS secondments`);
  return counts.rows[0];
}
