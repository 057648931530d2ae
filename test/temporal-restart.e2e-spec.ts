import { Client, Connection } from '@temporalio/client';
import getPort from 'get-port';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import request from 'supertest';
import { ensureTemporalBinaries, TemporalDevServer } from '#local-stack';
import { PARTNERSHIP_SEARCH_ATTRIBUTE_FLAGS } from '#workflows';
import { startAccordTestApp, type AccordTestApp } from './support/accord-test-app.js';
import { BUCKINGHAMSHIRE, createTestKey, type TestKey } from './support/api-keys.js';
import { projectRoot, type WatchedProcess } from './support/child-process.js';
import { cabinetDecision } from './support/decision.builder.js';
import { eventually } from './support/eventually.js';
import { livePeriod, partnershipRequest } from './support/partnership.builder.js';
import { recordedStages } from './support/partnership-rows.js';
import { act as actOn, stageOf as stageOfPartnership, waitForStage } from './support/partnership-walk.js';
import { startWorkerProcess } from './support/worker-process.js';

describe('the Temporal server killed and restarted in the middle of a partnership', () => {
  const dataDir = path.join(projectRoot, '.test-data', `temporal-restart-${process.pid}`);
  let temporal: TemporalDevServer;
  let accord: AccordTestApp;
  let worker: WatchedProcess | undefined;
  let client: Client;
  const keys = {} as Record<'chief' | 'director' | 'clerk' | 'bucks', TestKey>;

  beforeAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
    const binaries = await ensureTemporalBinaries({ toolsDir: path.join(projectRoot, '.tools') });
    // The test's own server: the shared one serves the other test files.
    temporal = new TemporalDevServer({
      cli: binaries.cli,
      dbFile: path.join(dataDir, 'temporal.db'),
      port: await getPort(),
      searchAttributes: PARTNERSHIP_SEARCH_ATTRIBUTE_FLAGS,
    });
    await temporal.start();
    accord = await startAccordTestApp({ TEMPORAL_ADDRESS: temporal.address }, { worker: false });
    worker = await startWorkerProcess({
      DATABASE_URL: accord.database.url,
      TEMPORAL_TASK_QUEUE: accord.taskQueue,
      TEMPORAL_ADDRESS: temporal.address,
    });
    client = new Client({ connection: await Connection.connect({ address: temporal.address }) });
    keys.chief = await createTestKey(accord.database.url, { role: 'chief_executive' });
    keys.director = await createTestKey(accord.database.url, { role: 'director' });
    keys.clerk = await createTestKey(accord.database.url, { role: 'democratic_services' });
    keys.bucks = await createTestKey(accord.database.url, { role: 'chief_executive', councilCode: BUCKINGHAMSHIRE });
  });

  afterAll(async () => {
    worker?.child.kill('SIGKILL');
    await worker?.exited;
    await client?.connection.close();
    await accord?.close();
    await temporal?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const act = (who: TestKey, id: string, action: string, body: object = {}) => actOn(accord.app.getHttpServer(), who, id, action, body);
  const stageOf = (id: string) => stageOfPartnership(accord.app.getHttpServer(), keys.chief, id);
  const untilStage = (id: string, stage: string) => waitForStage(accord.app.getHttpServer(), keys.chief, id, stage, 20_000);

  it('answers actions 503 workflow_unavailable while it is down, then the partnership goes on from where it was', async () => {
    const created = await request(accord.app.getHttpServer())
      .post('/api/v1/partnerships')
      .auth(keys.chief.key, { type: 'bearer' })
      .send(partnershipRequest(livePeriod()))
      .expect(201);
    const id = created.body.id as string;
    await act(keys.chief, id, 'submit').expect(200);
    const { runId } = await client.workflow.getHandle(created.body.workflowId).describe();

    await temporal.kill();
    const askedAt = Date.now();
    const refused = await act(keys.director, id, 'endorse');
    const refusedAfterMs = Date.now() - askedAt;
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ status: 503, code: 'workflow_unavailable' });
    expect(refused.headers['retry-after']).toBe('5');
    expect(refusedAfterMs).toBeLessThan(8_000);
    expect(await stageOf(id)).toBe('officer_review');
    const ready = await request(accord.app.getHttpServer()).get('/ready').expect(503);
    expect(ready.body.checks.temporal.status).toBe('down');

    await temporal.start();
    const backAt = Date.now();
    const endorsed = await eventually(
      () => act(keys.director, id, 'endorse'),
      (answer) => answer.status !== 503,
      'the endorsement to be served once Temporal is back',
      { everyMs: 250 },
    );
    const servedAgainAfterMs = Date.now() - backAt;
    expect(endorsed.status).toBe(200);
    expect(servedAgainAfterMs).toBeLessThan(10_000);

    await untilStage(id, 'cabinet_decision');
    const { councilCode: _council, ...decision } = cabinetDecision();
    await act(keys.clerk, id, 'cabinet-decision', decision).expect(200);
    await act(keys.bucks, id, 'sign').expect(200);
    const signed = await act(keys.chief, id, 'sign').expect(200);
    expect(signed.body.stage).toBe('active');

    const after = await client.workflow.getHandle(created.body.workflowId).describe();
    expect(after.runId).toBe(runId);
    const sql = new pg.Client({ connectionString: accord.database.url });
    await sql.connect();
    try {
      await expect(recordedStages(sql, id)).resolves.toEqual([
        'officer_review',
        'capacity_check',
        'cabinet_decision',
        'sign_off',
        'active',
      ]);
    } finally {
      await sql.end();
    }
    expect(worker!.child.exitCode).toBeNull();
  });
});
