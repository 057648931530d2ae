// Booking benchmark (issue 15): `npm run bench:booking` on its own, or as part of `npm run bench`.
// Bookings through the real booking service (one round trip: the `book_secondment` function)
// against plain INSERTs of the same rows, measured alternately in the same run; then every
// person's load on every day is checked against their contract.
import getPort from 'get-port';
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { EmbeddedDatabase } from '#local-stack';
import { runMigrations } from '#persistence';
import { median } from './measure.js';
import { generateNationalData } from './national-data.js';

const WORKERS = 8;
const PER_ROUND = 400;
const ROUNDS = 5;
/** Bookings per second, as a share of plain INSERTs per second, in both scenarios (issue 15). */
const TARGET_RATIO = 0.5;

interface Booking {
  staffMemberId: string;
  partnershipId: string;
  fte: number;
  start: string;
  end: string;
}

/**
 * Booking throughput: the real booking service (row lock, peak-load check, audit event) from
 * the compiled code, against plain INSERTs of the same rows, both with eight concurrent
 * workers; once with every worker on the same four people (contention), once on distinct people.
 */
export async function measureBooking(databaseUrl: string, root: string) {
  const dist = (file: string) => pathToFileURL(path.join(root, 'dist', file)).href;
  const { SecondmentBookingService } = await import(dist('libs/capacity/src/secondment-booking.service.js'));
  const { buildDataSourceOptions } = await import(dist('libs/persistence/src/data-source-options.js'));
  const dataSource: DataSource = await new DataSource(buildDataSourceOptions({ url: databaseUrl, poolMax: WORKERS })).initialize();
  const plain = new pg.Pool({ connectionString: databaseUrl, max: WORKERS });
  const booking = new SecondmentBookingService(dataSource);
  const admin = { id: randomUUID(), name: 'Bench', role: 'admin', councilCode: null, scopes: [] };
  const actor = { principalId: null, name: 'Bench', role: 'admin', councilCode: null };
  try {
    const fresh = await freshPeople(plain, 2 * ROUNDS * PER_ROUND);
    const rows = (people: string[], partnershipOf: Map<string, string>, round: number): Booking[] =>
      Array.from({ length: PER_ROUND }, (_, index) => {
        const staffMemberId = people[index % people.length];
        const day = 1 + ((index * 7 + round * 13) % 27);
        const start = `2027-02-${String(day).padStart(2, '0')}`;
        return { staffMemberId, partnershipId: partnershipOf.get(staffMemberId) as string, fte: 0.001, start, end: start };
      });
    const runCandidate = (work: Booking[]) => runConcurrently(work, (item) => booking.propose(item, admin, actor));
    const runBaseline = (work: Booking[]) =>
      runConcurrently(work, (item) =>
        plain.query(
          `INSERT INTO secondment (staff_member_id, partnership_id, fte, start_date, end_date, status) VALUES ($1, $2, $3, $4, $5, 'proposed')`,
          [item.staffMemberId, item.partnershipId, item.fte, item.start, item.end],
        ),
      );
    const result: Record<string, unknown> = {};
    for (const [scenario, pick] of [
      ['contended (4 people)', (round: number) => fresh.people.slice(round * 4, round * 4 + 4)],
      ['distinct people', (round: number) => fresh.people.slice(round * PER_ROUND, (round + 1) * PER_ROUND)],
    ] as const) {
      const baseline: number[] = [];
      const candidate: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        baseline.push(await runBaseline(rows(pick(round * 2), fresh.partnershipOf, round)));
        candidate.push(await runCandidate(rows(pick(round * 2 + 1), fresh.partnershipOf, round)));
      }
      const baselinePerSecond = PER_ROUND / (median(baseline) / 1000);
      const candidatePerSecond = PER_ROUND / (median(candidate) / 1000);
      const ratio = Math.round((candidatePerSecond / baselinePerSecond) * 100) / 100;
      result[scenario] = {
        plainInsertsPerSecond: Math.round(baselinePerSecond),
        bookingsPerSecond: Math.round(candidatePerSecond),
        ratio,
        target: `ratio ≥ ${TARGET_RATIO}`,
        verdict: ratio >= TARGET_RATIO ? 'PASS' : 'FAIL',
      };
    }
    const violations = await plain.query(`
      SELECT count(*)::int AS n FROM (
        SELECT x.staff_member_id, d.day, sum(x.fte) AS load, max(m.contracted_fte) AS contracted
        FROM secondment x JOIN staff_member m ON m.id = x.staff_member_id
        JOIN LATERAL generate_series(x.start_date, x.end_date, interval '1 day') AS d(day) ON true
        WHERE x.status IN ('proposed', 'approved', 'active') AND x.start_date >= DATE '2027-01-01'
        GROUP BY x.staff_member_id, d.day HAVING sum(x.fte) > max(m.contracted_fte)) AS over`);
    result.invariantViolations = violations.rows[0].n;
    result.invariantVerdict = violations.rows[0].n === 0 ? 'PASS' : 'FAIL';
    return result;
  } finally {
    await dataSource.destroy();
    await plain.end();
  }
}

async function runConcurrently<T>(work: T[], act: (item: T) => Promise<unknown>): Promise<number> {
  const queue = [...work];
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await act(item);
    }),
  );
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** People with no secondments in 2027, each with a partnership their council leads. */
async function freshPeople(pool: pg.Pool, count: number): Promise<{ people: string[]; partnershipOf: Map<string, string> }> {
  const rows = await pool.query(
    `SELECT DISTINCT ON (m.id) m.id AS staff_id, p.id AS partnership_id
     FROM staff_member m JOIN team t ON t.id = m.team_id JOIN partnership p ON p.lead_council_code = t.council_code
     ORDER BY m.id, p.id LIMIT $1`,
    [count],
  );
  return {
    people: rows.rows.map((row) => row.staff_id as string),
    partnershipOf: new Map(rows.rows.map((row) => [row.staff_id as string, row.partnership_id as string])),
  };
}

/** On its own: a national-scale database of its own, the booking figures, and reports/bench-booking.{json,md}. */
async function main(): Promise<void> {
  const root = path.resolve(import.meta.dirname, '..');
  const dataDir = path.join(root, '.test-data', `bench-booking-${process.pid}`);
  await rm(dataDir, { recursive: true, force: true });
  const database = new EmbeddedDatabase({ dataDir, port: await getPort(), database: 'accord_bench', temporary: true });
  await database.start();
  try {
    await runMigrations({ url: database.url }, { applicationUrl: database.applicationUrl });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const data = await generateNationalData(client).finally(() => client.end());
    console.log(`bench: generated ${JSON.stringify(data)}`);
    const booking = await measureBooking(database.applicationUrl, root);
    await mkdir(path.join(root, 'reports'), { recursive: true });
    await writeFile(path.join(root, 'reports', 'bench-booking.json'), `${JSON.stringify({ data, booking }, null, 2)}\n`);
    await writeFile(path.join(root, 'reports', 'bench-booking.md'), bookingTable(booking));
    console.log(bookingTable(booking));
  } finally {
    await database.remove();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function bookingTable(booking: Record<string, unknown>): string {
  const rows = Object.entries(booking)
    .filter((entry): entry is [string, Record<string, unknown>] => typeof entry[1] === 'object' && entry[1] !== null)
    .map(([scenario, figures]) =>
      [scenario, figures.plainInsertsPerSecond, figures.bookingsPerSecond, figures.ratio, figures.target, figures.verdict].join(' | '),
    );
  return [
    `# Booking throughput (${WORKERS} workers, ${PER_ROUND} per round, median of ${ROUNDS} rounds)`,
    '',
    '| scenario | plain INSERT/s | bookings/s | ratio | target | verdict |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
    '',
    `Invariant violations after the run (any person over contract on any day): ${String(booking.invariantViolations)} (${String(booking.invariantVerdict)})`,
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
