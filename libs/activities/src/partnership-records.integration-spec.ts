import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { CapacityService } from '#capacity';
import { DecisionRecordsService } from '#decisions';
import { buildDataSourceOptions } from '#persistence';
import { ApprovalActivities } from './approval.activities.js';
import { SignOffActivities } from './sign-off.activities.js';

/** Activities run at least once: each record below is written once, with its audit event, however often it is retried. */
describe('the records the workflow’s activities keep', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let approval: ApprovalActivities;
  let signOff: SignOffActivities;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(buildDataSourceOptions({ url: database.url, poolMax: 4 })).initialize();
    approval = new ApprovalActivities(dataSource, new CapacityService(dataSource), new DecisionRecordsService(dataSource));
    signOff = new SignOffActivities(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  async function partnershipIn(stage: string, entries: string[]): Promise<string> {
    const id = randomUUID();
    await dataSource.query(
      `INSERT INTO partnership (id, title, lead_council_code, supported_council_code, planned_start, planned_end, workflow_id, stage)
       VALUES ($1, 'Hampshire and Buckinghamshire', 'E10000014', 'E10000002', '2030-01-01', '2030-01-31', $2, $3)`,
      [id, `partnership-${id}`, stage],
    );
    for (const [index, to] of entries.entries()) {
      await dataSource.query(
        `INSERT INTO partnership_stage_change (partnership_id, sequence, from_stage, to_stage, workflow_id, run_id) VALUES ($1, $2, 'x', $3, 'w', 'r')`,
        [id, index + 1, to],
      );
    }
    return id;
  }

  const count = async (sql: string, id: string): Promise<number> => (await dataSource.query(sql, [id]))[0].n;

  it('records a signature and its audit event once per council and round', async () => {
    const id = await partnershipIn('sign_off', ['officer_review', 'capacity_check', 'cabinet_decision', 'sign_off']);
    const actor = { principalId: null, name: 'Chief Executive, Buckinghamshire', role: 'chief_executive', councilCode: 'E10000002' };
    await Promise.all([1, 2, 3].map(() => signOff.recordSignature({ partnershipId: id, councilCode: 'E10000002', actor, round: 4 })));
    const rows = await dataSource.query(
      `SELECT sign_off_round, council_code, signed_by_name, signed_by_role FROM partnership_signature WHERE partnership_id = $1`,
      [id],
    );
    expect(rows).toEqual([
      {
        sign_off_round: 4,
        council_code: 'E10000002',
        signed_by_name: 'Chief Executive, Buckinghamshire',
        signed_by_role: 'chief_executive',
      },
    ]);
    await expect(
      count(`SELECT count(*)::int AS n FROM audit_event WHERE target_id = $1::text AND action = 'partnership.signed'`, id),
    ).resolves.toBe(1);
  });

  it('records a capacity check once per entry into the check, and answers a retry with what it recorded', async () => {
    const id = await partnershipIn('capacity_check', ['officer_review', 'capacity_check']);
    // Hampshire has no teams in this database yet: nothing to fall below a floor.
    const first = await approval.checkCapacity(id);
    expect(first).toEqual({ outcome: 'pass', summary: expect.stringMatching(/^no teams to check/) });
    // The staff change between the attempts: the retry still answers the recorded outcome.
    const team = await dataSource.query(
      `INSERT INTO team (council_code, name, establishment_fte, retention_floor) VALUES ('E10000014', $1, 10, 1) RETURNING id`,
      [`Empty team ${id}`],
    );
    expect(team).toHaveLength(1);
    const again = await Promise.all([approval.checkCapacity(id), approval.checkCapacity(id)]);
    expect(again).toEqual([first, first]);
    await expect(
      count(`SELECT count(*)::int AS n FROM audit_event WHERE target_id = $1::text AND action = 'partnership.capacity_checked'`, id),
    ).resolves.toBe(1);
    await expect(count(`SELECT count(*)::int AS n FROM partnership_capacity_check WHERE partnership_id = $1`, id)).resolves.toBe(1);
    // Sent back and endorsed again: a new round, checked afresh, and now the empty team (0 of a 10.0 FTE floor) fails it.
    await dataSource.query(
      `INSERT INTO partnership_stage_change (partnership_id, sequence, from_stage, to_stage, workflow_id, run_id)
       VALUES ($1, 3, 'capacity_check', 'draft', 'w', 'r'), ($1, 4, 'draft', 'officer_review', 'w', 'r'), ($1, 5, 'officer_review', 'capacity_check', 'w', 'r')`,
      [id],
    );
    const second = await approval.checkCapacity(id);
    expect(second.outcome).toBe('fail');
    expect(second.summary).toMatch(new RegExp(`^Empty team ${id} falls 10 FTE below its retention floor on 2030-01-01`));
    const rounds = await dataSource.query(
      `SELECT check_round, outcome, tightest_headroom_fte::text AS headroom FROM partnership_capacity_check WHERE partnership_id = $1 ORDER BY check_round`,
      [id],
    );
    expect(rounds).toEqual([
      { check_round: 2, outcome: 'pass', headroom: null },
      { check_round: 5, outcome: 'fail', headroom: '-10.000' },
    ]);
  });
});
