import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../../migrations/index.js';
import { SecondmentPlannedEnd1764000610000 } from '../../../migrations/1764000610000-secondment-planned-end.js';
import { stackValue } from '../../../test/support/test-stack.js';
import { buildDataSourceOptions } from './data-source-options.js';

/**
 * A database as it stood before planned ends and signature records, with a secondment ended
 * early and a signed partnership, migrated forward: the backfills recover what can be known.
 */
describe('migrating data written before secondments kept their planned end and signatures had records', () => {
  const name = `accord_backfill_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const url = new URL(stackValue('adminDatabaseUrl'));
  url.pathname = `/${name}`;
  let sql: pg.Client;

  async function admin(statement: string): Promise<void> {
    const client = new pg.Client({ connectionString: stackValue('adminDatabaseUrl') });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  }

  async function migrate(migrations: unknown[]): Promise<void> {
    const dataSource = new DataSource({
      ...buildDataSourceOptions({ url: url.toString() }),
      migrations: migrations as never,
      extra: { max: 1 },
    });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
    }
  }

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    await migrate(MIGRATIONS.slice(0, MIGRATIONS.indexOf(SecondmentPlannedEnd1764000610000)));
    sql = new pg.Client({ connectionString: url.toString() });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await admin(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  });

  it('keeps the planned end of an ended secondment and records past signatures', async () => {
    for (const [code, name] of [
      ['E10000014', 'Hampshire County Council'],
      ['E06000027', 'Torbay Council'],
    ]) {
      await sql.query(`INSERT INTO council (code, name, type, region) VALUES ($1, $2, 'county', 'South East')`, [code, name]);
    }
    const partnership = randomUUID();
    await sql.query(
      `INSERT INTO partnership (id, title, lead_council_code, supported_council_code, planned_start, planned_end, workflow_id, stage)
       VALUES ($1, 'Hampshire support to Torbay', 'E10000014', 'E06000027', '2016-06-01', '2018-06-30', $2, 'completed')`,
      [partnership, `partnership-${partnership}`],
    );
    const team = await sql.query(
      `INSERT INTO team (council_code, name, establishment_fte, retention_floor) VALUES ('E10000014', 'Winchester', 4, 0.85) RETURNING id`,
    );
    const staff = await sql.query(
      `INSERT INTO staff_member (team_id, display_name, role, contracted_fte, employment_start)
       VALUES ($1, 'Synthetic Staff 0002', 'senior_practitioner', 1, '2012-09-01') RETURNING id`,
      [team.rows[0].id],
    );
    // Planned to 30 June 2018, ended early on 31 March 2018: the old code overwrote the end date.
    const ended = await sql.query(
      `INSERT INTO secondment (staff_member_id, partnership_id, fte, start_date, end_date, status)
       VALUES ($1, $2, 0.5, '2017-01-09', '2018-03-31', 'ended') RETURNING id`,
      [staff.rows[0].id, partnership],
    );
    const running = await sql.query(
      `INSERT INTO secondment (staff_member_id, partnership_id, fte, start_date, end_date, status)
       VALUES ($1, $2, 0.5, '2018-04-01', '2018-06-30', 'active') RETURNING id`,
      [staff.rows[0].id, partnership],
    );
    const audit = `INSERT INTO audit_event (actor_principal_id, actor_name, actor_role, action, target_type, target_id, target_council_codes, after, idempotency_key)
                   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;
    await sql.query(audit, [
      null,
      'HR',
      'hr',
      'secondment.proposed',
      'secondment',
      ended.rows[0].id,
      ['E10000014'],
      { end: '2018-06-30' },
      null,
    ]);
    for (const [code, signer, round] of [
      ['E06000027', 'Chief Executive, Torbay', 4],
      ['E10000014', 'Chief Executive, Hampshire', 4],
    ] as const) {
      await sql.query(audit, [
        null,
        signer,
        'chief_executive',
        'partnership.signed',
        'partnership',
        partnership,
        ['E10000014', 'E06000027'],
        { councilCode: code },
        `partnership.signed:${partnership}:${code}:${round}`,
      ]);
    }

    await migrate(MIGRATIONS);

    const secondments = await sql.query(
      `SELECT id, status, end_date::text AS end, planned_end::text AS planned FROM secondment ORDER BY start_date`,
    );
    expect(secondments.rows).toEqual([
      { id: ended.rows[0].id, status: 'ended', end: '2018-03-31', planned: '2018-06-30' },
      { id: running.rows[0].id, status: 'active', end: '2018-06-30', planned: '2018-06-30' },
    ]);
    const signatures = await sql.query(
      `SELECT sign_off_round, council_code, signed_by_name FROM partnership_signature WHERE partnership_id = $1 ORDER BY council_code`,
      [partnership],
    );
    expect(signatures.rows).toEqual([
      { sign_off_round: 4, council_code: 'E06000027', signed_by_name: 'Chief Executive, Torbay' },
      { sign_off_round: 4, council_code: 'E10000014', signed_by_name: 'Chief Executive, Hampshire' },
    ]);
    // New rows that name no planned end (bulk loads, older code) plan to end on their end date.
    const inserted = await sql.query(
      `INSERT INTO secondment (staff_member_id, partnership_id, fte, start_date, end_date, status)
       VALUES ($1, $2, 0.2, '2019-01-07', '2019-02-01', 'approved') RETURNING planned_end::text AS planned`,
      [staff.rows[0].id, partnership],
    );
    expect(inserted.rows).toEqual([{ planned: '2019-02-01' }]);
    await expect(sql.query(`UPDATE secondment SET end_date = '2018-05-31' WHERE id = $1`, [running.rows[0].id])).rejects.toThrow(
      /secondment_ends_as_planned_until_ended/,
    );
  });
});
