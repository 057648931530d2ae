import type pg from 'pg';

/**
 * The baseline for the capacity timeline: the fastest plain code we could write that answers
 * `GET /api/v1/councils/:code/capacity` with byte-identical JSON. One query (days as integers,
 * FTE as integer thousandths), difference arrays and running sums in typed arrays, one
 * `JSON.stringify`. No framework, no validation beyond what the numbers need, no domain types.
 * Deliberately independent of libs/: it checks the API's answer as well as timing it.
 */
const SQL = `
SELECT t.id AS team_id, t.name AS team_name, (t.establishment_fte * 1000)::int AS establishment,
       (t.retention_floor * 1000)::int AS floor_permille,
       m.id AS staff_id, (m.contracted_fte * 1000)::int AS contracted,
       m.employment_start - $2::date AS employed_from, m.employment_end - $2::date AS employed_to,
       (s.fte * 1000)::int AS seconded, s.start_date - $2::date AS seconded_from, s.end_date - $2::date AS seconded_to
FROM team t
LEFT JOIN staff_member m
  ON m.team_id = t.id AND m.employment_start <= $3::date AND (m.employment_end IS NULL OR m.employment_end >= $2::date)
LEFT JOIN secondment s
  ON s.staff_member_id = m.id AND s.status IN ('approved', 'active', 'ended')
 AND daterange(s.start_date, s.end_date, '[]') && daterange($2::date, $3::date, '[]')
WHERE t.council_code = $1
ORDER BY t.name, t.id, m.id`;

interface Row {
  team_id: string;
  team_name: string;
  establishment: number;
  floor_permille: number;
  staff_id: string | null;
  contracted: number;
  employed_from: number;
  employed_to: number | null;
  seconded: number | null;
  seconded_from: number;
  seconded_to: number;
}

type Queryable = Pick<pg.Pool | pg.Client, 'query'>;

const DAY_MS = 86_400_000;

export async function handWrittenTimeline(
  db: Queryable,
  council: string,
  from: string,
  to: string,
  granularity: 'day' | 'week',
): Promise<string> {
  const { rows } = await db.query<Row>(SQL, [council, from, to]);
  const firstMs = Date.parse(from);
  const length = (Date.parse(to) - firstMs) / DAY_MS + 1;
  // Each date written once, when first needed, and shared by every team.
  const dates: string[] = new Array<string>(length);
  const date = (day: number) => (dates[day] ??= new Date(firstMs + day * DAY_MS).toISOString().slice(0, 10));
  // 1970-01-01 was a Thursday; 0 = Sunday, 1 = Monday.
  const firstWeekday = (((firstMs / DAY_MS + 4) % 7) + 7) % 7;

  const teams: object[] = [];
  let index = 0;
  while (index < rows.length) {
    const team = rows[index];
    const contracted = new Int32Array(length + 1);
    const seconded = new Int32Array(length + 1);
    let staffId: string | null = null;
    let employedFrom = 0;
    let employedTo = 0;
    for (; index < rows.length && rows[index].team_id === team.team_id; index += 1) {
      const row = rows[index];
      if (row.staff_id === null) continue;
      if (row.staff_id !== staffId) {
        staffId = row.staff_id;
        employedFrom = Math.max(0, row.employed_from);
        employedTo = row.employed_to === null ? length - 1 : Math.min(length - 1, row.employed_to);
        contracted[employedFrom] += row.contracted;
        contracted[employedTo + 1] -= row.contracted;
      }
      if (row.seconded === null) continue;
      const start = Math.max(employedFrom, row.seconded_from);
      const end = Math.min(employedTo, row.seconded_to);
      if (start > end) continue;
      seconded[start] += row.seconded;
      seconded[end + 1] -= row.seconded;
    }
    const establishment = team.establishment;
    const floor = Math.ceil((establishment * team.floor_permille) / 1000);
    const points: object[] = [];
    const breaches: { start: string; end: string }[] = [];
    let open: { start: string; end: string } | null = null;
    let c = 0;
    let s = 0;
    let weekStart = 0;
    let worstHome = Infinity;
    let worstC = 0;
    let worstS = 0;
    for (let day = 0; day < length; day += 1) {
      c += contracted[day];
      s += seconded[day];
      const home = c - s;
      if (home < floor) {
        if (open) open.end = date(day);
        else breaches.push((open = { start: date(day), end: date(day) }));
      } else open = null;
      if (granularity === 'day') {
        points.push(pointOf(date(day), establishment, floor, c, s));
        continue;
      }
      if (day > 0 && (firstWeekday + day) % 7 === 1) {
        points.push(pointOf(date(weekStart), establishment, floor, worstC, worstS));
        weekStart = day;
        worstHome = Infinity;
      }
      if (home < worstHome) {
        worstHome = home;
        worstC = c;
        worstS = s;
      }
    }
    if (granularity === 'week') points.push(pointOf(date(weekStart), establishment, floor, worstC, worstS));
    teams.push({ teamId: team.team_id, teamName: team.team_name, breaches, points });
  }
  return JSON.stringify({ councilCode: council, from, to, granularity, teams });
}

function pointOf(date: string, establishment: number, floor: number, contracted: number, seconded: number) {
  const home = contracted - seconded;
  return {
    date,
    establishmentFte: establishment / 1000,
    floorFte: floor / 1000,
    contractedFte: contracted / 1000,
    secondedOutFte: seconded / 1000,
    homeFte: home / 1000,
    headroomFte: (home - floor) / 1000,
    belowFloor: home < floor,
  };
}
