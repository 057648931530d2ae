import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { median } from './measure.js';

const WORKERS = 8;
const PER_ROUND = 400;

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
    const fresh = await freshPeople(plain, 8 * PER_ROUND);
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
      for (let round = 0; round < 3; round += 1) {
        baseline.push(await runBaseline(rows(pick(round * 2), fresh.partnershipOf, round)));
        candidate.push(await runCandidate(rows(pick(round * 2 + 1), fresh.partnershipOf, round)));
      }
      const baselinePerSecond = PER_ROUND / (median(baseline) / 1000);
      const candidatePerSecond = PER_ROUND / (median(candidate) / 1000);
      result[scenario] = {
        plainInsertsPerSecond: Math.round(baselinePerSecond),
        bookingsPerSecond: Math.round(candidatePerSecond),
        ratio: Math.round((candidatePerSecond / baselinePerSecond) * 100) / 100,
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
    result.target = 'ratio ≥ 0.4 on distinct people; zero invariant violations';
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
