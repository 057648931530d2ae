import pg from 'pg';
import request from 'supertest';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { BUCKINGHAMSHIRE, createTestKey, type TestKey } from './support/api-keys.js';
import type { WatchedProcess } from './support/child-process.js';
import { cabinetDecision } from './support/decision.builder.js';
import { eventually } from './support/eventually.js';
import { holdLock, waitUntilBlocked } from './support/held-locks.js';
import { livePeriod, partnershipRequest } from './support/partnership.builder.js';
import { insertSecondment, recordedStages } from './support/partnership-rows.js';
import { act as actOn, waitForStage } from './support/partnership-walk.js';
import { startWorkerProcess } from './support/worker-process.js';

describe('a worker killed in the middle of a partnership', () => {
  let accord: AccordTestApp;
  let worker: WatchedProcess | undefined;
  const keys = {} as Record<'chief' | 'director' | 'clerk' | 'bucks' | 'hr', TestKey>;

  beforeAll(async () => {
    accord = await startAccordTestApp({}, { worker: false });
    keys.chief = await createTestKey(accord.database.url, { role: 'chief_executive' });
    keys.director = await createTestKey(accord.database.url, { role: 'director' });
    keys.clerk = await createTestKey(accord.database.url, { role: 'democratic_services' });
    keys.bucks = await createTestKey(accord.database.url, { role: 'chief_executive', councilCode: BUCKINGHAMSHIRE });
    keys.hr = await createTestKey(accord.database.url, { role: 'hr' });
  });

  afterAll(async () => {
    worker?.child.kill('SIGKILL');
    await accord?.close();
  });

  const startWorker = () => startWorkerProcess({ DATABASE_URL: accord.database.url, TEMPORAL_TASK_QUEUE: accord.taskQueue });

  /**
   * Kills the worker while one of its activities is provably inside its transaction: `lockingSql`
   * holds a row the activity needs, and the activity's session is seen waiting on it in
   * `statementStart`. The lock is let go once the worker is dead, and a new worker started.
   */
  async function killWorkerInside(lockingSql: string, parameters: unknown[], statementStart: string): Promise<void> {
    const held = await holdLock(accord.database.url, lockingSql, parameters);
    try {
      await waitUntilBlocked(accord.database.url, statementStart);
      worker!.child.kill('SIGKILL');
      await worker!.exited;
    } finally {
      await held.release();
    }
    worker = await startWorker();
  }

  const act = (who: TestKey, id: string, action: string, body: object = {}) => actOn(accord.app.getHttpServer(), who, id, action, body);

  // A killed worker's activity is retried after its start-to-close timeout (10 s).
  const untilStage = (id: string, stage: string) => waitForStage(accord.app.getHttpServer(), keys.chief, id, stage, 30_000);

  it('completes after restarts, with every stage change, audit event, decision and secondment written once', async () => {
    worker = await startWorker();
    const period = livePeriod();
    const created = await request(accord.app.getHttpServer())
      .post('/api/v1/partnerships')
      .auth(keys.chief.key, { type: 'bearer' })
      .send(partnershipRequest(period))
      .expect(201);
    const id = created.body.id as string;
    const sql = new pg.Client({ connectionString: accord.database.url });
    await sql.connect();
    const secondmentId = await insertSecondment(sql, id, { start: period.plannedStart, end: period.plannedEnd, status: 'approved' });
    await sql.end();
    await act(keys.chief, id, 'submit').expect(200);

    // Killed while the endorsement's stage change is being written: the Update is accepted and its
    // first activity waits, inside its transaction, on the partnership row the test holds.
    const pending = act(keys.director, id, 'endorse').then((response) => response);
    await killWorkerInside('SELECT 1 FROM partnership WHERE id = $1 FOR UPDATE', [id], 'INSERT INTO partnership_stage_change');
    const endorsed = await pending;
    expect(endorsed.status).toBe(200);

    const { councilCode: _council, ...decision } = cabinetDecision();
    await untilStage(id, 'cabinet_decision');
    await act(keys.clerk, id, 'cabinet-decision', decision).expect(200);
    // Killed between actions, with nothing in flight.
    worker!.child.kill('SIGKILL');
    await worker!.exited;
    worker = await startWorker();
    await act(keys.bucks, id, 'sign').expect(200);
    await expect(
      act(keys.chief, id, 'sign')
        .expect(200)
        .then((r) => r.body.stage),
    ).resolves.toBe('active');
    const started = async () =>
      (await request(accord.app.getHttpServer()).get(`/api/v1/secondments/${secondmentId}`).auth(keys.hr.key, { type: 'bearer' })).body
        .status;
    await eventually(started, (status) => status === 'active', 'the secondment to start with the partnership');
    // Killed again while the exit ends the secondments: that activity waits, inside its
    // transaction, on the secondment row the test holds.
    const exitPending = act(keys.chief, id, 'request-exit', {
      trigger: 'long_term_solution',
      reason: 'A long-term solution is in place',
    }).then((response) => response);
    await killWorkerInside('SELECT 1 FROM secondment WHERE id = $1 FOR UPDATE', [secondmentId], "UPDATE secondment SET status = 'ended'");
    expect((await exitPending).status).toBe(200);
    await untilStage(id, 'completed');

    const client = new pg.Client({ connectionString: accord.database.url });
    await client.connect();
    try {
      await expect(recordedStages(client, id)).resolves.toEqual([
        'officer_review',
        'capacity_check',
        'cabinet_decision',
        'sign_off',
        'active',
        'exiting',
        'completed',
      ]);
      const audit = await client.query(
        `SELECT action, count(*)::int AS n FROM audit_event WHERE target_id = $1 GROUP BY action ORDER BY action`,
        [id],
      );
      expect(audit.rows).toEqual([
        { action: 'partnership.capacity_checked', n: 1 },
        { action: 'partnership.created', n: 1 },
        { action: 'partnership.secondments_ended', n: 1 },
        { action: 'partnership.secondments_in_step', n: 1 },
        { action: 'partnership.signed', n: 2 },
        { action: 'partnership.stage_changed', n: 7 },
      ]);
      const secondments = await client.query(`SELECT id, status, version FROM secondment WHERE partnership_id = $1`, [id]);
      // Inserted at version 1, started once (2) and ended once (3).
      expect(secondments.rows).toEqual([{ id: secondmentId, status: 'ended', version: 3 }]);
      const decisions = await client.query(`SELECT count(*)::int AS n FROM decision_record WHERE partnership_id = $1`, [id]);
      expect(decisions.rows[0].n).toBe(1);
      const records = await client.query(
        `SELECT (SELECT count(*)::int FROM partnership_signature WHERE partnership_id = $1) AS signatures,
                (SELECT count(*)::int FROM partnership_capacity_check WHERE partnership_id = $1) AS checks`,
        [id],
      );
      expect(records.rows).toEqual([{ signatures: 2, checks: 1 }]);
    } finally {
      await client.end();
    }
  });
});
