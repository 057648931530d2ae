import { temporal } from '@temporalio/proto';
import pg from 'pg';
import { partnershipWorkflowId } from '#workflows';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { createTestKey, type TestKey } from './support/api-keys.js';
import { killAtOnce, startApiProcess, type ApiProcess } from './support/api-process.js';
import { holdLock, waitUntilBlocked } from './support/held-locks.js';
import { partnershipRequest } from './support/partnership.builder.js';
import { recordedStages } from './support/partnership-rows.js';

const EventType = temporal.api.enums.v1.EventType;
// Any number the application never uses as an advisory lock key.
const HOLD_COMPLETION_LOCK = 7_340_001;

describe('an API replica killed in the middle of a request, and the client retrying with the same Idempotency-Key', () => {
  let accord: AccordTestApp;
  let chief: TestKey;
  // Replicas of the API over one database and task queue: each test kills a process replica
  // mid-request, and the client retries on the surviving in-process one.
  let replicas: ApiProcess[] = [];
  let survivor: string;
  let sql: pg.Client;

  beforeAll(async () => {
    accord = await startAccordTestApp();
    await accord.app.listen(0, '127.0.0.1');
    survivor = await accord.app.getUrl();
    chief = await createTestKey(accord.database.url, { role: 'chief_executive' });
    sql = new pg.Client({ connectionString: accord.database.ownerUrl });
    await sql.connect();
    replicas = await Promise.all(
      [1, 2].map(() => startApiProcess({ DATABASE_URL: accord.database.url, TEMPORAL_TASK_QUEUE: accord.taskQueue })),
    );
  });

  afterAll(async () => {
    await Promise.all(replicas.map(killAtOnce));
    await sql?.end();
    await accord?.close();
  });

  const post = (base: string, path: string, key: string, body: object) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${chief.key}`, 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });

  const claimState = async (key: string) =>
    (await sql.query(`SELECT state FROM idempotency_record WHERE key = $1`, [key])).rows.map((row) => row.state as string);

  async function historyOf(partnershipId: string) {
    const history = await accord.temporal.workflow.getHandle(partnershipWorkflowId(partnershipId)).fetchHistory();
    return history.events ?? [];
  }

  it('creates one partnership with one workflow when the API dies after starting the workflow', async () => {
    const [api] = replicas;
    const body = partnershipRequest({ title: 'Proposed as the API died' });
    // The API's last step, storing the response for the key, waits on a lock the test holds.
    await sql.query(`
      CREATE FUNCTION hold_idempotency_completion() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN PERFORM pg_advisory_xact_lock(${HOLD_COMPLETION_LOCK}); RETURN NEW; END $$;
      CREATE TRIGGER hold_idempotency_completion BEFORE UPDATE ON idempotency_record
        FOR EACH ROW WHEN (NEW.state = 'completed') EXECUTE FUNCTION hold_idempotency_completion()`);
    const holder = await holdLock(accord.database.url, 'SELECT pg_advisory_xact_lock($1)', [HOLD_COMPLETION_LOCK]);
    const lost = post(api.url, '/api/v1/partnerships', 'create-then-crash', body).catch((error: unknown) => error);
    const storing = await waitUntilBlocked(accord.database.url, 'UPDATE idempotency_record');
    const [{ id }] = (await sql.query(`SELECT id FROM partnership WHERE title = $1`, [body.title])).rows as { id: string }[];
    const started = await accord.temporal.workflow.getHandle(partnershipWorkflowId(id)).describe();
    expect(started.status.name).toBe('RUNNING');

    await killAtOnce(api);
    // The killed process's last statement had reached the server; end it as if the kill had come a moment earlier.
    await sql.query('SELECT pg_terminate_backend($1)', [storing]);
    await holder.release();
    await sql.query('DROP TRIGGER hold_idempotency_completion ON idempotency_record; DROP FUNCTION hold_idempotency_completion()');
    await expect(lost).resolves.toHaveProperty('message', 'fetch failed');
    await expect(claimState('create-then-crash')).resolves.toEqual(['in_progress']);

    const retriedAt = Date.now();
    const retry = await post(survivor, '/api/v1/partnerships', 'create-then-crash', body);
    const takeoverMs = Date.now() - retriedAt;
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    await expect(retry.json()).resolves.toMatchObject({ id, stage: 'draft' });
    expect(takeoverMs).toBeLessThan(3_000);

    await expect(claimState('create-then-crash')).resolves.toEqual(['completed']);
    const partnerships = await sql.query(`SELECT count(*)::int AS n FROM partnership WHERE title = $1`, [body.title]);
    expect(partnerships.rows[0].n).toBe(1);
    const created = await sql.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'partnership.created' AND target_id = $1`, [
      id,
    ]);
    expect(created.rows[0].n).toBe(1);
    const runs = [];
    for await (const run of accord.temporal.workflow.list({ query: `WorkflowId = '${partnershipWorkflowId(id)}'` })) runs.push(run.runId);
    expect(runs).toEqual([started.runId]);
  });

  it('moves the stage once when the API dies after the workflow accepted the action', async () => {
    const [, api] = replicas;
    const draft = await post(
      api.url,
      '/api/v1/partnerships',
      'draft-for-crash',
      partnershipRequest({ title: 'Submitted as the API died' }),
    );
    const { id } = (await draft.json()) as { id: string };
    // The partnership row locked: the workflow accepts the submission, then its stage-change activity waits inside its transaction.
    const row = await holdLock(accord.database.url, 'SELECT 1 FROM partnership WHERE id = $1 FOR UPDATE', [id]);
    const lost = post(api.url, `/api/v1/partnerships/${id}/actions/submit`, 'submit-then-crash', {}).catch((error: unknown) => error);
    await waitUntilBlocked(accord.database.url, 'INSERT INTO partnership_stage_change');
    const accepted = (await historyOf(id)).filter((event) => event.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED);
    expect(accepted).toHaveLength(1);

    await killAtOnce(api);
    await row.release();
    await expect(lost).resolves.toHaveProperty('message', 'fetch failed');
    await expect(claimState('submit-then-crash')).resolves.toEqual(['in_progress']);

    const retry = await post(survivor, `/api/v1/partnerships/${id}/actions/submit`, 'submit-then-crash', {});
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    await expect(retry.json()).resolves.toEqual({ partnershipId: id, stage: 'officer_review' });

    await expect(recordedStages(sql, id)).resolves.toEqual(['officer_review']);
    const audited = await sql.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'partnership.stage_changed' AND target_id = $1`,
      [id],
    );
    expect(audited.rows[0].n).toBe(1);
    const events = await historyOf(id);
    expect(events.filter((event) => event.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED)).toHaveLength(1);
    expect(events.filter((event) => event.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED)).toHaveLength(1);
  });
});
