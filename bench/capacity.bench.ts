// Capacity benchmark (issue: HR secondments and capacity). One command: `npm run bench`.
// Figures are ratios against baselines measured in the same run on the same machine:
//  1. a council's two-year weekly capacity timeline through the API, against the single
//     hand-written SQL aggregate that returns the same numbers over a plain pg connection;
//  2. booking throughput under contention (locked, checked bookings) against plain INSERTs.
import getPort from 'get-port';
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PARTNERSHIP_SEARCH_ATTRIBUTE_FLAGS } from '#workflows';
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { createAdmin } from '#access';
import { EmbeddedDatabase, ensureTemporalBinaries, TemporalDevServer } from '#local-stack';
import { runMigrations } from '#persistence';
import { measureBooking } from './booking.bench.js';
import { interleaved, median, percentile } from './measure.js';
import { generateNationalData } from './national-data.js';
import { WEEKLY_HOME_FTE_SQL } from './timeline-baseline.sql.js';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.join(root, '.test-data', `bench-${process.pid}`);
const PEPPER = 'bench-pepper-that-is-at-least-thirty-two-characters';
const say = (line: string) => console.log(`bench: ${line}`);

async function main(): Promise<void> {
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  const database = new EmbeddedDatabase({
    dataDir: path.join(dataDir, 'postgres'),
    port: await getPort(),
    database: 'accord_bench',
    temporary: true,
  });
  const binaries = await ensureTemporalBinaries({ toolsDir: path.join(root, '.tools') });
  const temporal = new TemporalDevServer({
    cli: binaries.cli,
    dbFile: path.join(dataDir, 'temporal.db'),
    port: await getPort(),
    searchAttributes: PARTNERSHIP_SEARCH_ATTRIBUTE_FLAGS,
  });
  await Promise.all([database.start(), temporal.start()]);
  const client = new pg.Client({ connectionString: database.url });
  let api: ReturnType<typeof spawn> | undefined;
  try {
    await runMigrations({ url: database.url }, { applicationUrl: database.applicationUrl });
    await client.connect();
    say('generating national-scale data…');
    const counts = await generateNationalData(client);
    say(`generated ${JSON.stringify(counts)}`);
    const admin = await createAdmin(database.url, PEPPER, 'Bench administrator');

    const port = await getPort();
    api = spawn(process.execPath, [path.join(root, 'dist', 'apps', 'api', 'src', 'main.js')], {
      env: {
        ...process.env,
        DATABASE_URL: database.applicationUrl,
        TEMPORAL_ADDRESS: temporal.address,
        PORT: String(port),
        API_KEY_PEPPER: PEPPER,
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: '1000000',
        RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
        DATABASE_POOL_MAX: '5',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitFor(`http://127.0.0.1:${port}/ready`);

    const council = (await client.query(`SELECT code FROM council WHERE code LIKE 'E0%' ORDER BY code LIMIT 1 OFFSET 40`)).rows[0]
      .code as string;
    const range = { from: '2024-01-01', to: '2025-12-28' };
    const url = `http://127.0.0.1:${port}/api/v1/councils/${council}/capacity?from=${range.from}&to=${range.to}&granularity=week`;
    const viaApi = async () => {
      const response = await fetch(url, { headers: { authorization: `Bearer ${admin.key}` } });
      if (!response.ok) throw new Error(`API answered ${response.status}`);
      return response.json() as Promise<{ teams: { teamId: string; points: { date: string; homeFte: number }[] }[] }>;
    };
    const viaSql = async () =>
      (await client.query(WEEKLY_HOME_FTE_SQL, [council, range.from, range.to])).rows as { team_id: string; week: string; home: string }[];

    await assertSameNumbers(await viaApi(), await viaSql());
    say('the API and the SQL baseline agree on every team and week');
    const timeline = await interleaved(15, viaSql, viaApi);

    const plans = await explainPlans(client, council);
    say('measuring booking throughput…');
    const booking = await measureBooking(database.url, root);

    const results = {
      data: counts,
      timeline: {
        council,
        weeks: 104,
        baselineMedianMs: round(median(timeline.baseline)),
        apiMedianMs: round(median(timeline.candidate)),
        apiP95Ms: round(percentile(timeline.candidate, 0.95)),
        ratio: round(median(timeline.candidate) / median(timeline.baseline)),
        target: 'ratio ≤ 2',
      },
      booking,
      plans,
    };
    await mkdir(path.join(root, 'reports'), { recursive: true });
    await writeFile(path.join(root, 'reports', 'bench-capacity.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify(results, null, 2));
  } finally {
    api?.kill('SIGTERM');
    await client.end().catch(() => undefined);
    await Promise.allSettled([temporal.stop(), database.remove()]);
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function assertSameNumbers(
  api: { teams: { teamId: string; points: { date: string; homeFte: number }[] }[] },
  sql: { team_id: string; week: string; home: string }[],
) {
  const fromApi = new Map(
    api.teams.flatMap((team) => team.points.map((point) => [`${team.teamId} ${point.date}`, point.homeFte] as const)),
  );
  if (fromApi.size !== sql.length) throw new Error(`the API gave ${fromApi.size} team-weeks, the SQL ${sql.length}`);
  for (const row of sql) {
    const value = fromApi.get(`${row.team_id} ${row.week}`);
    if (value === undefined || Math.abs(value - Number(row.home)) > 1e-9) {
      throw new Error(`team ${row.team_id} week ${row.week}: API ${value}, SQL ${row.home}`);
    }
  }
}

/** Which indexes the hot queries use at this scale (the booking lookup and the capacity read). */
async function explainPlans(client: pg.Client, council: string): Promise<Record<string, string[]>> {
  const person = (await client.query(`SELECT staff_member_id FROM secondment LIMIT 1`)).rows[0].staff_member_id as string;
  const queries: Record<string, [string, unknown[]]> = {
    bookingLookup: [
      `SELECT start_date, end_date, fte FROM secondment WHERE staff_member_id = $1 AND status = ANY($2)
       AND daterange(start_date, end_date, '[]') && daterange($3::date, $4::date, '[]')`,
      [person, ['proposed', 'approved', 'active', 'ended'], '2024-06-01', '2024-12-31'],
    ],
    capacitySecondments: [
      `SELECT s.staff_member_id, s.fte FROM secondment s JOIN staff_member m ON m.id = s.staff_member_id
       WHERE m.team_id = ANY(ARRAY(SELECT id FROM team WHERE council_code = $1)) AND s.status IN ('approved', 'active', 'ended')
       AND daterange(s.start_date, s.end_date, '[]') && daterange($2::date, $3::date, '[]')`,
      [council, '2024-01-01', '2025-12-28'],
    ],
  };
  const plans: Record<string, string[]> = {};
  for (const [name, [sql, parameters]] of Object.entries(queries)) {
    const result = await client.query(`EXPLAIN (ANALYZE, FORMAT TEXT) ${sql}`, parameters);
    plans[name] = result.rows
      .map((row) => row['QUERY PLAN'] as string)
      .filter((line) => /Scan|Execution Time/.test(line))
      .map((line) => line.trim());
  }
  return plans;
}

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await delay(500);
  }
  throw new Error(`${url} did not become ready`);
}

const round = (value: number) => Math.round(value * 100) / 100;

await main();
