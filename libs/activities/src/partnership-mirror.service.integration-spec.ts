import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { buildDataSourceOptions } from '#persistence';
import type { StageChange } from '#workflows';
import { MirrorOutOfStepError, PartnershipMirrorService } from './partnership-mirror.service.js';

describe('mirroring a workflow stage change into PostgreSQL', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let mirror: PartnershipMirrorService;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(buildDataSourceOptions({ url: database.url, poolMax: 4 })).initialize();
    mirror = new PartnershipMirrorService(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  async function draftPartnership(): Promise<string> {
    const id = randomUUID();
    await dataSource.query(
      `INSERT INTO partnership (id, title, lead_council_code, supported_council_code, planned_start, planned_end, workflow_id)
       VALUES ($1, 'Hampshire and Buckinghamshire', 'E10000014', 'E10000002', '2018-05-01', '2022-03-31', $2)`,
      [id, `partnership-${id}`],
    );
    return id;
  }

  function submission(partnershipId: string, sequence = 1): StageChange {
    return {
      partnershipId,
      workflowId: `partnership-${partnershipId}`,
      runId: randomUUID(),
      sequence,
      from: 'draft',
      to: 'officer_review',
    };
  }

  async function stateOf(id: string): Promise<{ stage: string; version: number; changes: number }> {
    const [row] = await dataSource.query(
      `SELECT stage, version, (SELECT count(*)::int FROM partnership_stage_change WHERE partnership_id = $1) AS changes
       FROM partnership WHERE id = $1`,
      [id],
    );
    return row;
  }

  it('writes a stage change once even when the activity is retried', async () => {
    const id = await draftPartnership();
    const change = submission(id);
    await mirror.recordStageChange(change);
    await mirror.recordStageChange(change);
    await expect(stateOf(id)).resolves.toEqual({ stage: 'officer_review', version: 2, changes: 1 });
  });

  it('writes a stage change once when retries race each other', async () => {
    const id = await draftPartnership();
    const change = submission(id);
    await Promise.all(Array.from({ length: 8 }, () => mirror.recordStageChange(change)));
    await expect(stateOf(id)).resolves.toEqual({ stage: 'officer_review', version: 2, changes: 1 });
  });

  it('refuses a change whose starting stage is not the mirrored one, and keeps nothing of it', async () => {
    const id = await draftPartnership();
    await expect(mirror.recordStageChange({ ...submission(id), from: 'sign_off', to: 'active' })).rejects.toBeInstanceOf(
      MirrorOutOfStepError,
    );
    await expect(stateOf(id)).resolves.toEqual({ stage: 'draft', version: 1, changes: 0 });
  });

  it('refuses a stage the database does not know', async () => {
    const id = await draftPartnership();
    await expect(dataSource.query(`UPDATE partnership SET stage = 'approved' WHERE id = $1`, [id])).rejects.toThrow(
      /partnership_stage_known/,
    );
  });
});
